package io.iislint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A run cancelled while it writes its report (CI cancelling a job sends SIGTERM; Ctrl-C is SIGINT) leaves no
 * partial temporary file beside it, and the report it was replacing as it was. The process is stopped (SIGSTOP)
 * the moment its temporary file appears, so the signal surely arrives mid-write, then signalled and let go.
 */
@EnabledOnOs(OS.LINUX)
class CancelledRunTest {
    @TempDir
    Path dir;

    private Path config;
    private Path out;

    @BeforeEach
    void largeReport() throws IOException {
        // 30,000 pools that run as LocalSystem: a JSON report of about 90 MB, which takes a while to write
        StringBuilder xml = new StringBuilder("<configuration><system.applicationHost><applicationPools>");
        for (int i = 0; i < 30_000; i++)
            xml.append("<add name=\"P").append(i).append("\"><processModel identityType=\"LocalSystem\"/></add>");
        config = Files.writeString(
                dir.resolve("applicationHost.config"),
                xml.append("</applicationPools></system.applicationHost></configuration>\n"));
        out = Files.createDirectory(dir.resolve("out"));
        Files.writeString(out.resolve("report.json"), "the previous report\n");
    }

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(out)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static void signal(long pid, String signal) throws Exception {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).start();
        assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(kill.exitValue()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"TERM", "INT"})
    void aCancelledRunLeavesNoTemporaryFile(String signal) throws Exception {
        cancel(signal, Map.of("LC_ALL", "C.UTF-8"));
    }

    /**
     * Under the POSIX locale iislint runs itself again under UTF-8 (PosixLocaleTest): the signal reaches the first
     * JVM, which passes it on, and the second one, which writes the report, cleans up as it stops.
     */
    @ParameterizedTest
    @ValueSource(strings = {"TERM", "INT"})
    void aCancelledRunUnderThePosixLocaleLeavesNoTemporaryFileNorProcess(String signal) throws Exception {
        cancel(signal, Map.of("LC_ALL", "C"));
    }

    private void cancel(String signal, Map<String, String> env) throws Exception {
        List<String> command = Subprocess.command(
                "check",
                "--no-config",
                "-f",
                "json",
                "-o",
                out.resolve("report.json").toString(),
                config.toString());
        Process p = Subprocess.start(
                Subprocess.builder(command, dir, env),
                dir.resolve("stdout.txt").toFile(),
                dir.resolve("stderr.txt").toFile());
        long writer;
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (names().size() < 2 && p.isAlive() && System.nanoTime() < deadline) Thread.sleep(1);
            Matcher temp =
                    Pattern.compile("\\.report\\.json\\.iislint-(\\d+)\\.tmp").matcher(String.join("\n", names()));
            assertThat(temp.find())
                    .as("the run was caught while it wrote its report: " + names())
                    .isTrue();
            writer = Long.parseLong(temp.group(1));
            signal(writer, "STOP");
            assertThat(names())
                    .as("the run was stopped while it wrote its report")
                    .hasSize(2);
            if (env.get("LC_ALL").equals("C.UTF-8")) assertThat(writer).isEqualTo(p.pid());
            else assertThat(p.descendants().map(ProcessHandle::pid)).contains(writer);
            signal(p.pid(), signal);
            signal(writer, "CONT");
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
        assertThat(p.exitValue()).isEqualTo(signal.equals("TERM") ? 143 : 130);
        assertThat(ProcessHandle.of(writer).map(ProcessHandle::isAlive))
                .as("the process that wrote the report")
                .isNotEqualTo(Optional.of(true));
        assertThat(names()).containsExactly("report.json");
        assertThat(Files.readString(out.resolve("report.json"))).isEqualTo("the previous report\n");
    }
}
