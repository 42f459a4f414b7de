package io.iislint.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CatalogSnapshotTest {

    private static final byte[] XML = read();
    private static final long CRC = CatalogSnapshot.crc(XML);

    private static byte[] read() {
        try {
            return Files.readAllBytes(Path.of("rules/catalog.xml"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<RuleInfo> rules(Catalog c) {
        return new ArrayList<>(c.all());
    }

    private static byte[] snapshot(Catalog c, long crc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CatalogSnapshot.write(c, crc, out);
        return out.toByteArray();
    }

    @Test
    void aSnapshotReadsBackAsTheCatalogTheXmlGives() throws IOException {
        Catalog parsed = Catalog.parse(XML);
        Catalog back = CatalogSnapshot.read(snapshot(parsed, CRC), CRC).orElseThrow();
        assertThat(rules(back)).isEqualTo(rules(parsed)).hasSize(parsed.all().size());
        assertThat(rules(Catalog.load())).isEqualTo(rules(parsed));
        // the audit's readiness checks travel in the snapshot too, their target with them
        assertThat(new ArrayList<>(back.checks()))
                .isEqualTo(new ArrayList<>(parsed.checks()))
                .isNotEmpty()
                .allMatch(RuleInfo::isReadinessCheck);
        assertThat(new ArrayList<>(Catalog.load().checks())).isEqualTo(new ArrayList<>(parsed.checks()));
    }

    @Test
    void theBuildPackagedASnapshotOfTheRepositorysCatalog() throws IOException {
        byte[] packaged;
        try (InputStream in = CatalogSnapshot.class.getResourceAsStream(CatalogSnapshot.RESOURCE)) {
            assertThat(in)
                    .as("mvn process-classes writes " + CatalogSnapshot.RESOURCE)
                    .isNotNull();
            packaged = in.readAllBytes();
        }
        assertThat(CatalogSnapshot.read(packaged, CRC))
                .as("the snapshot matches rules/catalog.xml")
                .isPresent();
    }

    @Test
    void aSnapshotOfOtherXmlOrDamagedIsIgnored() throws IOException {
        byte[] good = snapshot(Catalog.parse(XML), CRC);
        assertThat(CatalogSnapshot.read(good, CRC + 1))
                .as("made from other XML")
                .isEmpty();
        assertThat(CatalogSnapshot.read(new byte[0], CRC)).isEmpty();
        for (int cut = 1; cut < good.length; cut += 97) {
            assertThat(CatalogSnapshot.read(Arrays.copyOf(good, cut), CRC))
                    .as("cut at %d", cut)
                    .isEmpty();
        }
        assertThat(CatalogSnapshot.read(Arrays.copyOf(good, good.length + 1), CRC))
                .as("trailing byte")
                .isEmpty();
        Random random = new Random(11);
        for (int n = 0; n < 200; n++) {
            byte[] damaged = good.clone();
            // the header stays right, so that the damage is read: a count, a length, a severity, a string's bytes
            int at = 16 + random.nextInt(damaged.length - 16);
            damaged[at] = (byte) random.nextInt(256);
            var read = CatalogSnapshot.read(damaged, CRC); // never throws: empty, or a catalog (a changed letter)
            if (read.isPresent()) assertThat(read.get().all()).isNotEmpty();
        }
    }
}
