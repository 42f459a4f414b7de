package io.iislint.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.iislint.xml.XmlComment;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Records whose equals and hashCode are written out (for start-up): they keep a record's meaning. */
class RecordEqualityTest {

    private final Random random = new Random(5);

    private String file() {
        return List.of("a.config", "b.config", "A.config").get(random.nextInt(3));
    }

    private Location location() {
        return new Location(file(), 1 + random.nextInt(3), 1 + random.nextInt(3));
    }

    private Optional<XmlComment.LineRange> range() {
        return random.nextBoolean()
                ? Optional.empty()
                : Optional.of(new XmlComment.LineRange(random.nextInt(3), random.nextInt(3)));
    }

    @Test
    void equalExactlyWhenEveryComponentIsEqualAndThenSameHash() {
        for (int n = 0; n < 2_000; n++) {
            Location a = location(), b = location();
            boolean same = a.file().equals(b.file()) && a.line() == b.line() && a.column() == b.column();
            assertThat(a.equals(b)).as("%s vs %s", a, b).isEqualTo(same);
            if (same) assertThat(a.hashCode()).isEqualTo(b.hashCode());

            XmlComment c = new XmlComment(random.nextBoolean() ? "x" : "y", location(), range());
            XmlComment d = new XmlComment(random.nextBoolean() ? "x" : "y", location(), range());
            boolean sameComment = c.text().equals(d.text())
                    && c.location().equals(d.location())
                    && c.nextElement().equals(d.nextElement());
            assertThat(c.equals(d)).as("%s vs %s", c, d).isEqualTo(sameComment);
            if (sameComment) assertThat(c.hashCode()).isEqualTo(d.hashCode());
        }
        assertThat(new Location("a", 1, 2)).isNotEqualTo("a:1:2").isNotEqualTo(null);
        assertThat(new XmlComment.LineRange(1, 2))
                .isEqualTo(new XmlComment.LineRange(1, 2))
                .isNotEqualTo(new XmlComment.LineRange(2, 1));
    }
}
