package io.iislint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Under the POSIX locale ({@code LC_ALL=C}, no {@code LANG}, as in many containers) a JVM reads file names and
 * arguments as ASCII: a non-ASCII path cannot be opened or even named. iislint then runs itself again under
 * C.UTF-8, so names, values and baselines work as under any UTF-8 locale, and standard output is UTF-8 whatever the
 * locale, byte for byte what {@code -o} writes. Where that cannot work, it is one clear line and exit 2.
 * <p>
 * Every command runs from a shell script written as UTF-8 bytes, so the test does not depend on the locale of the
 * JVM running it (which could not pass a non-ASCII argument either, under the POSIX locale).
 */
@EnabledOnOs(OS.LINUX)
class PosixLocaleTest {
    private static final String CONFIG =
            "<configuration><system.applicationHost><applicationPools><add name=\"Sh\u00f6p\">"
                    + "<processModel identityType=\"LocalSystem\"/></add></applicationPools></system.applicationHost></configuration>\n";

    @TempDir
    Path dir;

    @SuppressWarnings("ArrayRecordComponent") // a run's result is read, never compared or hashed
    private record Run(int exit, String out, String err, byte[] outBytes) {}

    /** Made by the shell too: a JVM under the POSIX locale (this one, perhaps) cannot name srv/wëb01. */
    @BeforeEach
    void server() throws Exception {
        sh(
                POSIX,
                "mkdir -p srv/w\u00ebb01 \u00e9t\u00e9 && cat > srv/w\u00ebb01/applicationHost.config <<'EOF'\n"
                        + CONFIG + "EOF");
    }

    /** Runs {@code commands} with sh in the test folder, with no locale variables but {@code locale}; "iislint" is Main. */
    private Run sh(Map<String, String> locale, String commands) throws Exception {
        String java = String.join(
                " ", Subprocess.command().stream().map(PosixLocaleTest::quoted).toList());
        Path script = dir.resolve("run.sh");
        Files.write(
                script, ("iislint() { " + java + " \"$@\"; }\n" + commands + "\n").getBytes(StandardCharsets.UTF_8));
        ProcessBuilder b = new ProcessBuilder("/bin/sh", script.toString()).directory(dir.toFile());
        b.environment().keySet().removeIf(k -> k.equals("LANG") || k.startsWith("LC_") || k.startsWith("IISLINT"));
        b.environment().putAll(locale);
        Path out = dir.resolve("out.bin");
        Path err = dir.resolve("err.bin");
        Process p = b.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        byte[] bytes = Files.readAllBytes(out);
        Run r = new Run(
                p.exitValue(),
                new String(bytes, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8),
                bytes);
        Files.delete(out);
        Files.delete(err);
        return r;
    }

    private static String quoted(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    private static final Map<String, String> POSIX = Map.of("LC_ALL", "C");

    @Test
    void namesValuesAndBaselinesWorkUnderThePosixLocale() throws Exception {
        assertThat(sh(Map.of("LC_ALL", "C.UTF-8"), "iislint baseline create --no-config srv")
                        .out())
                .isEqualTo("Wrote 4 findings to .iislint-baseline.json.\n");
        for (Map<String, String> locale :
                List.of(POSIX, Map.<String, String>of(), Map.of("LANG", "en_US.UTF-8", "LC_ALL", "POSIX"))) {
            Run check = sh(locale, "iislint check --no-config --baseline .iislint-baseline.json srv");
            assertThat(check.err()).as(locale.toString()).isEmpty();
            assertThat(check.out())
                    .as(locale.toString())
                    .isEqualTo("No findings in 1 file; 4 in the baseline; no policy file.\n");
            assertThat(check.exit()).isZero();
        }

        Run named = sh(POSIX, "iislint check --no-config --select IIS-101 srv/w\u00ebb01/applicationHost.config");
        assertThat(named.exit()).isEqualTo(1);
        assertThat(named.err()).isEmpty();
        assertThat(named.out())
                .startsWith("srv/w\u00ebb01/applicationHost.config:1:89: error IIS-101 application pool 'Sh\u00f6p': ");

        Run sarif = sh(POSIX, "iislint check --no-config -f sarif srv");
        assertThat(sarif.exit()).isEqualTo(1);
        assertThat(sarif.err()).isEmpty();
        JsonNode run = new ObjectMapper().readTree(sarif.outBytes()).at("/runs/0");
        assertThat(run.at("/results/0/locations/0/physicalLocation/artifactLocation/uri")
                        .asText())
                .isEqualTo("srv/w%C3%ABb01/applicationHost.config");

        // standard output is UTF-8 whatever the locale: byte for byte the report -o writes
        Run json = sh(POSIX, "iislint check --no-config -f json srv");
        assertThat(json.out())
                .contains("\"name\": \"Sh\u00f6p\"")
                .contains("\"path\": \"srv/w\u00ebb01/applicationHost.config\"");
        sh(POSIX, "iislint check --no-config -f json -o report.json srv");
        assertThat(json.outBytes()).isEqualTo(Files.readAllBytes(dir.resolve("report.json")));

        assertThat(sh(POSIX, "iislint baseline prune --no-config srv").out())
                .isEqualTo("Removed 0 stale entries from .iislint-baseline.json; 4 remain.\n");
    }

    /** Exit codes and standard error pass through the second run unchanged. */
    @Test
    void theRunUnderUtf8GivesItsExitCodeAndErrors() throws Exception {
        Run missing = sh(POSIX, "iislint check --no-config srv/w\u00ebb02/applicationHost.config");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err())
                .isEqualTo("srv/w\u00ebb02/applicationHost.config:1:1: error: no such file or directory\n");
        Run usage = sh(POSIX, "iislint check --bogus srv");
        assertThat(usage.exit()).isEqualTo(2);
        assertThat(usage.err()).startsWith("iislint: error: Unknown option: '--bogus'\n");
        Run help = sh(POSIX, "iislint --version");
        assertThat(help.exit()).isZero();
    }

    /**
     * Where no UTF-8 locale can be had (the second run's locale did not take, here pretended with the variable the
     * second run gets), a name iislint cannot read is one clear line and exit 2, never an internal error.
     */
    @Test
    void withoutAUtf8LocaleANameThatCannotBeReadIsOneClearLine() throws Exception {
        Map<String, String> stuck = new LinkedHashMap<>(POSIX);
        stuck.put("IISLINT_RELAUNCHED", "none");
        String advice =
                " under this locale (ANSI_X3.4-1968): run iislint under a UTF-8 locale, for example LC_ALL=C.UTF-8\n";

        Run named = sh(stuck, "iislint check --no-config srv/w\u00ebb01/applicationHost.config");
        assertThat(named.exit()).isEqualTo(2);
        assertThat(named.err())
                .isEqualTo("iislint: error: 'srv/w??b01/applicationHost.config' cannot be read" + advice);
        assertThat(named.out()).isEmpty();

        // as the second run gets them: the arguments' bytes, escaped, from its parent (the shell here)
        Run decoded =
                sh(stuck, "IISLINT_RELAUNCHED=$$ iislint check --no-config srv/w%C3%ABb01/applicationHost.config");
        assertThat(decoded.exit()).isEqualTo(2);
        assertThat(decoded.err())
                .isEqualTo("iislint: error: 'srv/w\u00ebb01/applicationHost.config' cannot be read" + advice);

        Run walked = sh(stuck, "iislint check --no-config -f sarif srv");
        assertThat(walked.exit()).isEqualTo(2);
        assertThat(walked.err())
                .isEqualTo("srv/w??b01/applicationHost.config:1:1: error: this file's name cannot be read" + advice);
        assertThat(new ObjectMapper()
                        .readTree(walked.outBytes())
                        .at("/runs/0/results")
                        .size())
                .isZero();

        Run cwd = sh(stuck, "cd \u00e9t\u00e9 && iislint check --no-config ../srv");
        assertThat(cwd.exit()).isEqualTo(2);
        assertThat(cwd.err()).isEqualTo("iislint: error: the current folder's name cannot be read" + advice);
    }

    /** The launcher runs the JVM under C.UTF-8 when the locale's character set is not UTF-8, and leaves a UTF-8 locale alone. */
    @Test
    void theLauncherChoosesAUtf8Locale() throws Exception {
        Path fake = dir.resolve("java");
        Files.writeString(fake, "#!/bin/sh\necho \"LC_ALL=${LC_ALL-unset}\"\n");
        fake.toFile().setExecutable(true);
        String launcher = Path.of("src/main/dist/iislint").toAbsolutePath().toString();
        Map<String, Optional<String>> cases = new LinkedHashMap<>();
        cases.put("LC_ALL=C", Optional.of("C.UTF-8"));
        cases.put("", Optional.of("C.UTF-8"));
        cases.put("LANG=de_DE.ISO-8859-1", Optional.of("C.UTF-8"));
        cases.put("LANG=en_US.UTF-8", Optional.empty());
        cases.put("LANG=en_US.utf8", Optional.empty());
        cases.put("LC_CTYPE=C.UTF-8 LANG=C", Optional.empty());
        cases.put("LC_ALL=POSIX LANG=en_US.UTF-8", Optional.of("C.UTF-8"));
        cases.put("LC_ALL=fr_FR.UTF-8@euro", Optional.of("fr_FR.UTF-8@euro"));
        for (Map.Entry<String, Optional<String>> c : cases.entrySet()) {
            Run r = sh(
                    Map.of(),
                    "JAVA=" + quoted(fake.toString()) + " " + (c.getKey().isEmpty() ? "" : "env " + c.getKey() + " ")
                            + "/bin/sh " + quoted(launcher) + " --version");
            assertThat(r.out())
                    .as(c.getKey())
                    .isEqualTo("LC_ALL=" + c.getValue().orElse("unset") + "\n");
        }
    }
}
