package io.iislint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What iislint says when memory runs out: never a smaller heap than the one it had, never a heap for what none can hold. */
class MemoryAdviceTest {
    private static final long MB = 1024 * 1024;

    @Test
    void theSuggestedHeapIsAlwaysLargerThanTheCurrentOne() {
        assertThat(io.iislint.engine.Memory.advice("for this run", 24 * MB))
                .isEqualTo("not enough memory for this run (the JVM's heap limit is 24 MB; raise it, for example with"
                        + " JAVA_OPTS=-Xmx2g for the launcher or java -Xmx2g -jar)");
        assertThat(io.iislint.engine.Memory.advice("for this run", 6028 * MB))
                .contains("heap limit is 6028 MB;")
                .contains("JAVA_OPTS=-Xmx12g ")
                .contains("java -Xmx12g -jar");
        assertThat(io.iislint.engine.Memory.advice("for this run", 2048 * MB)).contains("-Xmx4g ");
        assertThat(io.iislint.engine.Memory.advice("for this run", 1536 * MB)).contains("-Xmx3g ");
        assertThat(io.iislint.engine.Memory.advice("for this run", 1025 * MB)).contains("-Xmx3g ");
    }

    /**
     * A file over 2 GB cannot be read by any JVM (an array holds at most 2^31 - 1 bytes), whatever its heap and
     * --max-file-size: it is refused as too large, without advice to raise the heap. The file is sparse: it takes
     * no room on the disk.
     */
    @Test
    void aFileNoHeapCanHoldIsTooLargeNotShortOfMemory(@TempDir Path dir) throws IOException {
        Path huge = dir.resolve("applicationHost.config");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(3L * 1024 * MB);
        }
        String expected = huge
                + ":1:1: error: file is 3221225472 bytes, more than the 2 GiB a Java program can read as one piece\n";
        Cli check = Cli.run("check", "--no-config", "--max-file-size", "4000000000", huge.toString());
        assertThat(check.exit()).isEqualTo(2);
        assertThat(check.err()).isEqualTo(expected);
        Cli audit = Cli.run("audit", huge.toString());
        assertThat(audit.exit()).isEqualTo(2);
        assertThat(audit.err())
                .isEqualTo(
                        huge
                                + ":1:1: error: file is 3221225472 bytes, larger than the limit of 67108864 bytes (raise it with --max-file-size)\n");

        Path baseline = Files.move(huge, dir.resolve("baseline.json"));
        Files.copy(Path.of("samples/site/web.config"), dir.resolve("web.config"));
        Cli withBaseline = Cli.run(
                "check",
                "--no-config",
                "--baseline",
                baseline.toString(),
                dir.resolve("web.config").toString());
        assertThat(withBaseline.exit()).isEqualTo(2);
        assertThat(withBaseline.err())
                .isEqualTo(
                        baseline
                                + ":1:1: error: file is 3221225472 bytes, more than the 2 GiB a Java program can read as one piece\n");
    }
}
