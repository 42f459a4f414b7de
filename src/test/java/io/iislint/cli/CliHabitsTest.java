package io.iislint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The habits users bring from ruff and ESLint: --statistics, --quiet, standard input. */
class CliHabitsTest {
    private static final String RISKY = "samples/risky/applicationHost.config";
    private static final String SITE = "samples/site/web.config";

    @Test
    void statisticsCountsTheFindingsOfEachRuleMostFirstThenTheSummary() {
        Cli r = Cli.run("--statistics", RISKY);
        assertThat(r.exit()).isEqualTo(1);
        List<String> lines = r.out().lines().toList();
        assertThat(lines.subList(0, 4))
                .containsExactly(
                        "6  IIS-502   info    pool-request-limit-unset",
                        "6  IIS-503   info    pool-memory-limit-unset",
                        "2  IIS-104   warning pool-account-shared",
                        "2  IIS-105   warning anonymous-user-fixed");
        assertThat(lines).contains("1  IIS-101   error   pool-identity-localsystem");
        assertThat(lines.get(lines.size() - 1))
                .isEqualTo("67 findings (15 errors, 23 warnings, 29 info) in 1 file; 2 suppressed; no policy file.");
        // one line per rule that found something, and the counts add up to the summary's
        assertThat(lines).hasSize(51 + 1);
        assertThat(lines.subList(0, 51).stream()
                        .mapToInt(l -> Integer.parseInt(l.trim().split(" +")[0]))
                        .sum())
                .isEqualTo(67);
    }

    @Test
    void statisticsAlignsCountsOfSeveralDigits(@TempDir Path dir) throws IOException {
        StringBuilder pools = new StringBuilder("<configuration><system.applicationHost><applicationPools>\n");
        for (int i = 0; i < 12; i++)
            pools.append("<add name=\"P").append(i).append("\"><processModel identityType=\"LocalSystem\"/></add>\n");
        pools.append("</applicationPools></system.applicationHost></configuration>\n");
        Path config = dir.resolve("applicationHost.config");
        Files.writeString(config, pools.toString());
        Cli r = Cli.run("--no-config", "--select", "IIS-101,IIS-103", "--statistics", config.toString());
        assertThat(r.out())
                .isEqualTo("12  IIS-101  error   pool-identity-localsystem\n"
                        + "12 findings (12 errors, 0 warnings, 0 info) in 1 file; no policy file.\n");
        Cli none = Cli.run("--statistics", "samples/hardened/applicationHost.config");
        assertThat(none.out()).isEqualTo("No findings in 1 file; no policy file.\n");
    }

    @Test
    void statisticsAlignsIdsOfSeveralLengthsAndListsThemInCatalogOrder(@TempDir Path dir) throws IOException {
        Path config = dir.resolve("applicationHost.config");
        Files.writeString(config, """
                <configuration><system.applicationHost>
                <applicationPools><add name="Shop" queueLength="50" /></applicationPools>
                <sites><site name="Shop" id="1">
                  <application path="/" applicationPool="Shop"><virtualDirectory path="/" physicalPath="D:\\shop" /></application>
                  <bindings><binding protocol="http" bindingInformation="*:80:shop.example" /></bindings>
                </site></sites>
                </system.applicationHost></configuration>
                """);
        Cli r = Cli.run("--no-config", "--select", "IIS-1308,IIS-604", "--statistics", config.toString());
        assertThat(r.out())
                .isEqualTo("1  IIS-604   warning queue-length-low\n"
                        + "1  IIS-1308  info    site-without-https\n"
                        + "2 findings (0 errors, 1 warning, 1 info) in 1 file; no policy file.\n");
    }

    @Test
    void quietShowsOnlyTheErrorFindingsAndTheSummary() {
        Cli full = Cli.run(RISKY);
        Cli quiet = Cli.run("-q", RISKY);
        assertThat(quiet.exit()).isEqualTo(full.exit()).isEqualTo(1);
        List<String> findings =
                quiet.out().lines().filter(l -> !l.startsWith(" ")).toList();
        assertThat(findings).hasSize(15 + 1);
        assertThat(findings.subList(0, 15))
                .allMatch(l -> l.matches("samples/risky/applicationHost\\.config:\\d+:\\d+: error IIS-\\d{3,4} .*"));
        assertThat(quiet.out())
                .endsWith("67 findings (15 errors, 23 warnings, 29 info) in 1 file; 2 suppressed; no policy file.\n");
        // every line of the quiet report is a line of the full one, in the same order
        assertThat(full.out().lines().toList())
                .containsSubsequence(quiet.out().lines().toList());
        Cli site = Cli.run("--quiet", SITE);
        assertThat(site.out()).isEqualTo("3 findings (0 errors, 2 warnings, 1 info) in 1 file; no policy file.\n");
        assertThat(site.exit()).isEqualTo(1);
    }

    @Test
    void statisticsAndQuietChangeTheTextReportOnly() throws IOException {
        assertThat(Cli.run("--quiet", "--statistics", RISKY).err())
                .startsWith("iislint: error: --statistics and --quiet contradict each other");
        Cli noText = Cli.run("--statistics", "-f", "json", RISKY);
        assertThat(noText.exit()).isEqualTo(2);
        assertThat(noText.err())
                .startsWith(
                        "iislint: error: --statistics changes the text report, and none is written: add --format text");
        assertThat(Cli.run("-q", "-f", "sarif", RISKY).exit()).isEqualTo(2);
        // with another report in a file, the text report on standard output is the one that changes
        Path sarif = Files.createTempFile("iislint", ".sarif");
        try {
            Cli both = Cli.run("--statistics", "-f", "sarif:" + sarif, "-f", "text", RISKY);
            assertThat(both.out()).startsWith("6  IIS-502   info    pool-request-limit-unset\n");
            assertThat(Files.readString(sarif))
                    .isEqualTo(Cli.run("-f", "sarif", RISKY).out());
        } finally {
            Files.deleteIfExists(sarif);
        }
    }

    /** In-process, with standard input replaced (the tests run one at a time). */
    private static Cli withStdin(byte[] in, String... args) {
        InputStream saved = System.in;
        System.setIn(new ByteArrayInputStream(in));
        try {
            return Cli.run(args);
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void standardInputIsLintedUnderTheNameGivenAsAFileIsInEveryFormat() throws IOException {
        byte[] site = Files.readAllBytes(Path.of(SITE));
        for (String format : List.of("text", "json", "sarif", "junit", "checkstyle", "github", "gitlab", "azure")) {
            Cli file = Cli.run("-f", format, SITE);
            Cli stdin = withStdin(site, "-f", format, "-", "--stdin-filename", SITE);
            assertThat(stdin.exit()).as(format).isEqualTo(file.exit()).isEqualTo(1);
            assertThat(stdin.out()).as(format).isEqualTo(file.out());
            assertThat(stdin.err()).as(format).isEmpty();
        }
        Cli unnamed = withStdin(site, "check", "-");
        assertThat(unnamed.out()).startsWith("-:17:13: info IIS-301 handler 'PHP83'");
    }

    @Test
    void theKindOfStandardInputComesFromItsNameOrItsContent() {
        byte[] ini = "[Types]\nphp=PHP\n\n[PHP]\nExePath=C:\\php\\php-cgi.exe\nStderrMode=ReturnStderrIn500\n"
                .getBytes(StandardCharsets.UTF_8);
        for (String[] args : List.of(
                new String[] {"--select", "IIS-306", "-"},
                new String[] {"--select", "IIS-306", "-", "--stdin-filename", "web01/fcgiext.ini"})) {
            Cli r = withStdin(ini, args);
            assertThat(r.err()).isEmpty();
            assertThat(r.out()).contains(":6:1: warning IIS-306 fastCgi application 'C:\\php\\php-cgi.exe'");
        }
        // a name that says XML is read as XML, whatever the content
        Cli named = withStdin(ini, "-", "--stdin-filename", "applicationHost.config");
        assertThat(named.exit()).isEqualTo(2);
        assertThat(named.err()).startsWith("applicationHost.config:1:1: error: not well-formed XML");
    }

    @Test
    void badStandardInputIsOneErrorLineAndExitCode2() {
        Cli garbage = withStdin("not xml at all".getBytes(StandardCharsets.UTF_8), "-");
        assertThat(garbage.exit()).isEqualTo(2);
        assertThat(garbage.err().lines().toList()).hasSize(1);
        assertThat(garbage.err()).startsWith("-:1:1: error: not well-formed XML: Unexpected character 'n'");
        Cli empty = withStdin(new byte[0], "-", "--stdin-filename", "web.config");
        assertThat(empty.exit()).isEqualTo(2);
        assertThat(empty.err()).isEqualTo("web.config:1:1: error: empty file\n");
        Cli large = withStdin(new byte[2048], "-", "--max-file-size", "1024");
        assertThat(large.exit()).isEqualTo(2);
        assertThat(large.err())
                .isEqualTo("-:1:1: error: larger than the limit of 1024 bytes (raise it with --max-file-size)\n");
    }

    @Test
    void standardInputIsTheOnlyPathAndStdinFilenameNeedsIt() {
        Cli mixed = withStdin(new byte[0], "-", SITE);
        assertThat(mixed.exit()).isEqualTo(2);
        assertThat(mixed.err()).startsWith("iislint: error: - (standard input) must be the only PATH");
        Cli orphan = Cli.run("--stdin-filename", "web.config", SITE);
        assertThat(orphan.exit()).isEqualTo(2);
        assertThat(orphan.err())
                .startsWith("iislint: error: --stdin-filename names standard input: give - as the PATH");
    }

    @Test
    void aRealPipeIntoTheProcessIsLinted(@TempDir Path dir) throws Exception {
        File out = dir.resolve("out").toFile();
        File err = dir.resolve("err").toFile();
        Process p = Subprocess.builder(
                        Subprocess.command("check", "--no-config", "-", "--stdin-filename", "site/web.config"),
                        Path.of("").toAbsolutePath(),
                        Map.of())
                .redirectInput(Path.of(SITE).toFile())
                .redirectOutput(out)
                .redirectError(err)
                .start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(1);
        assertThat(Files.readString(err.toPath())).isEmpty();
        assertThat(Files.readString(out.toPath()))
                .startsWith("site/web.config:17:13: info IIS-301 handler 'PHP83'")
                .endsWith("3 findings (0 errors, 2 warnings, 1 info) in 1 file; no policy file.\n");
    }

    /** README's examples of these options are what they print. */
    @Test
    void readmeShowsTheirRealOutput() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String statistics = Cli.run("--statistics", RISKY).out();
        List<String> lines = statistics.lines().toList();
        assertThat(readme)
                .contains(String.join("\n", lines.subList(0, 8)) + "\n…\n"
                        + String.join("\n", lines.subList(lines.size() - 2, lines.size())))
                .contains("```\n" + Cli.run("--quiet", SITE).out() + "```")
                .contains(
                        "```\ncat samples/site/web.config | iislint check - --stdin-filename site/web.config --select IIS-804\n"
                                + withStdin(
                                                Files.readAllBytes(Path.of(SITE)),
                                                "-",
                                                "--stdin-filename",
                                                "site/web.config",
                                                "--select",
                                                "IIS-804")
                                        .out()
                                + "```");
    }
}
