package io.iislint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report that cannot be written whole to standard output (a full disk, {@code > /dev/full}, a reader that went
 * away) is one error line and exit 2, never a truncated report with exit 0 or 1. {@code System.out} and
 * {@code PrintWriter} swallow write errors, so this needs a real process.
 */
@EnabledOnOs(OS.LINUX)
class StandardOutputTest {
    private static final String RISKY =
            Path.of("samples/risky/applicationHost.config").toAbsolutePath().toString();

    @TempDir
    Path dir;

    private record Run(int exit, String err) {}

    private Run toDevFull(String... args) throws Exception {
        File err = dir.resolve("err.txt").toFile();
        Process p = Subprocess.start(
                Subprocess.builder(Subprocess.command(args), dir, Map.of()), new File("/dev/full"), err);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), Files.readString(err.toPath(), StandardCharsets.UTF_8));
    }

    @Test
    void aFullDiskIsOneErrorLineAndExitCode2() throws Exception {
        String full =
                "iislint: error: cannot write to standard output: No space left on device (the output is incomplete)\n";
        for (List<String> args : List.of(
                List.of("check", "--no-config", "--exit-zero", "-f", "sarif", RISKY),
                List.of("check", "--no-config", "-f", "sarif", RISKY),
                List.of(
                        "check",
                        "--no-config",
                        Path.of("samples/hardened/applicationHost.config")
                                .toAbsolutePath()
                                .toString()),
                List.of("rules"),
                List.of(
                        "baseline",
                        "create",
                        "--no-config",
                        "-o",
                        dir.resolve("b.json").toString(),
                        RISKY))) {
            Run r = toDevFull(args.toArray(String[]::new));
            assertThat(r.exit()).as(args.toString()).isEqualTo(2);
            assertThat(r.err()).as(args.toString()).isEqualTo(full);
        }
    }

    @Test
    void aReaderThatStoppedReadingIsOneErrorLineAndExitCode2() throws Exception {
        File err = dir.resolve("err.txt").toFile();
        Process p = Subprocess.builder(Subprocess.command("check", "--no-config", "-f", "json", RISKY), dir, Map.of())
                .redirectError(err)
                .start();
        p.getInputStream().close(); // the reader goes away before a byte is read: every write fails (EPIPE)
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(2);
        assertThat(Files.readString(err.toPath()))
                .isEqualTo("iislint: error: cannot write to standard output: Broken pipe (the output is incomplete)\n");
    }

    @Test
    void aReportThatWasWrittenIsExitCodeAsUsual() throws Exception {
        File out = dir.resolve("out.txt").toFile();
        File err = dir.resolve("err.txt").toFile();
        Process p = Subprocess.start(
                Subprocess.builder(Subprocess.command("check", "--no-config", "-f", "sarif", RISKY), dir, Map.of()),
                out,
                err);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(1);
        assertThat(Files.readString(err.toPath())).isEmpty();
        assertThat(Files.readString(out.toPath())).startsWith("{").endsWith("}\n");
    }
}
