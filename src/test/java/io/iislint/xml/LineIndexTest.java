package io.iislint.xml;

import static org.assertj.core.api.Assertions.assertThat;

import io.iislint.source.Location;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LineIndexTest {

    private static LineIndex index(String text) {
        return new LineIndex(text.toCharArray(), text.length());
    }

    @Test
    void everyKindOfLineEndStartsANewLine() {
        String text = "a\nbc\r\nd\re\n\r\nf\r";
        LineIndex index = index(text);
        assertThat(index.at("f", text.indexOf('a'))).isEqualTo(new Location("f", 1, 1));
        assertThat(index.at("f", text.indexOf('c'))).isEqualTo(new Location("f", 2, 2));
        assertThat(index.at("f", text.indexOf('d'))).isEqualTo(new Location("f", 3, 1));
        assertThat(index.at("f", text.indexOf('e'))).isEqualTo(new Location("f", 4, 1));
        assertThat(index.at("f", text.indexOf('f'))).isEqualTo(new Location("f", 6, 1));
        assertThat(index.at("f", text.length())).isEqualTo(new Location("f", 7, 1)); // after the final lone CR
    }

    @Test
    void offsetsOutsideTheTextAreClamped() {
        LineIndex index = index("ab\ncd");
        assertThat(index.at("f", -5)).isEqualTo(new Location("f", 1, 1));
        assertThat(index.at("f", 99)).isEqualTo(new Location("f", 2, 3));
        assertThat(index("").at("f", 0)).isEqualTo(new Location("f", 1, 1));
    }

    /** Random mixes of LF, CR, CRLF and non-Latin-1 text agree with a plain character-by-character count. */
    @Test
    void agreesWithACharacterByCharacterCount() {
        Random random = new Random(5);
        char[] alphabet = {'\n', '\r', 'x', '\u00fc', '\u4e2d', ' '};
        for (int round = 0; round < 300; round++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) sb.append(alphabet[random.nextInt(alphabet.length)]);
            String text = sb.toString();
            LineIndex index = index(text);
            Location[] expected = new Location[text.length() + 1];
            int line = 1;
            int column = 1;
            for (int off = 0; off <= text.length(); off++) {
                expected[off] = new Location("f", line, column);
                if (off == text.length()) break;
                char c = text.charAt(off);
                boolean ends = c == '\n' || (c == '\r' && (off + 1 == text.length() || text.charAt(off + 1) != '\n'));
                if (ends) {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
            String shown = text.replace("\r", "\\r").replace("\n", "\\n");
            for (int off = 0; off <= text.length(); off++) { // in order, as the reader asks
                assertThat(index.at("f", off)).as("offset %d of %s", off, shown).isEqualTo(expected[off]);
            }
            for (int k = 0; k < 20; k++) { // and in any order
                int off = random.nextInt(text.length() + 1);
                assertThat(index.at("f", off)).as("offset %d of %s", off, shown).isEqualTo(expected[off]);
            }
        }
    }
}
