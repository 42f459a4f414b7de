package io.iislint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reports and baselines are written whole or not at all, through links, keeping the file's permissions. */
class OutputFileTest {
    @TempDir
    Path dir;

    private String[] names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toArray(String[]::new);
        }
    }

    @Test
    void aFailurePartWayLeavesTheFileAsItWasAndNothingBesideIt() throws IOException {
        Path baseline = Files.writeString(dir.resolve("baseline.json"), "the old baseline\n");

        var failed = OutputFile.write(baseline, w -> {
            w.write("half of the new one".repeat(10_000)); // more than the writer's buffer: some reaches the disk
            throw new IOException("No space left on device");
        });

        assertThat(failed).contains("No space left on device");
        assertThat(Files.readString(baseline)).isEqualTo("the old baseline\n");
        assertThat(names()).containsExactly("baseline.json");
    }

    @Test
    void aNewFileGetsTheTextInUtf8() throws IOException {
        Path report = dir.resolve("report.txt");

        assertThat(OutputFile.write(report, w -> w.write("caf\u00e9 \ud83d\ude00\n")))
                .isEmpty();

        assertThat(Files.readAllBytes(report)).isEqualTo("caf\u00e9 \ud83d\ude00\n".getBytes(StandardCharsets.UTF_8));
        assertThat(names()).containsExactly("report.txt");
    }

    @Test
    void aLinkStaysALinkAndTheFileItNamesKeepsItsPermissions() throws IOException {
        Path real = Files.writeString(dir.resolve("real.sarif"), "old");
        Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-r-----"));
        Path link = Files.createSymbolicLink(dir.resolve("link.sarif"), real.getFileName());

        assertThat(OutputFile.write(link, w -> w.write("new"))).isEmpty();

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(real)))
                .isEqualTo("rw-r-----");
        assertThat(names()).containsExactly("link.sarif", "real.sarif");
    }

    @Test
    void whyAFileCannotBeWrittenIsSaidInWords() throws IOException {
        Path missing = dir.resolve("no/such/dir/report.json");
        assertThat(OutputFile.write(missing, w -> w.write("x"))).contains("no such directory: " + missing.getParent());
        assertThat(OutputFile.write(dir, w -> w.write("x"))).contains("is a directory");
        Path full = Path.of("/dev/full");
        if (Files.exists(full)) { // Linux, as in CI: a device is written directly, and says why it failed
            assertThat(OutputFile.write(full, w -> w.write("x".repeat(100_000))))
                    .contains("No space left on device");
        }
        assertThat(names()).isEmpty();
    }
}
