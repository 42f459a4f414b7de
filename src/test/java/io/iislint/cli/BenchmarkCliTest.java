package io.iislint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.iislint.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code iislint benchmark} as a user runs it: each format byte for byte, roll-ups, exit codes, hostile names. */
class BenchmarkCliTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final String RISKY = "samples/risky/applicationHost.config";
    private static final String HOSTILE = "src/test/resources/benchmark/hostile.config";

    @ParameterizedTest(name = "benchmark {0} -f {1} {2}")
    @CsvSource({
        "cis, text, samples/risky/applicationHost.config, risky.cis.txt, 1",
        "cis, markdown, samples/risky/applicationHost.config, risky.cis.md, 1",
        "cis, json, samples/risky/applicationHost.config, risky.cis.json, 1",
        "cis, csv, samples/risky/applicationHost.config, risky.cis.csv, 1",
        "stig, text, samples/risky/applicationHost.config, risky.stig.txt, 1",
        "stig, text, samples/hardened/applicationHost.config, hardened.stig.txt, 0",
        "cis, text, samples/hardened/applicationHost.config, hardened.cis.txt, 0",
        "stig, markdown, samples/server, server.stig.md, 1"
    })
    void theSamplesViewsMatchTheirGoldenFiles(String benchmark, String format, String path, String golden, int exit)
            throws IOException {
        Cli r = Cli.run("benchmark", benchmark, "-f", format, "--no-config", path);
        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isEqualTo(exit);
        Golden.assertMatches(GOLDEN.resolve(golden), r.out());
    }

    @Test
    void aControlFailsWithItsFindingsAndTheirLinesAndEachSiteGetsItsOwnRollUp() throws IOException {
        JsonNode json = json(Cli.run("benchmark", "cis", "-f", "json", "--no-config", RISKY));
        JsonNode cis = json.get("benchmarks").get(0);
        assertThat(cis.get("counts").get("controls").asInt()).isEqualTo(55);
        JsonNode pools = control(cis, "1.4");
        assertThat(pools.get("result").asText()).isEqualTo("fail");
        assertThat(pools.get("findings").get(0).get("rule").asText()).isEqualTo("IIS-101");
        assertThat(pools.get("findings").get(0).get("line").asInt()).isEqualTo(14);
        assertThat(control(cis, "7.2").get("result").asText()).isEqualTo("not checkable from files");
        assertThat(control(cis, "7.2").get("why").asText()).startsWith("registry: ");
        assertThat(control(cis, "1.1").get("result").asText()).isEqualTo("pass"); // IIS-1316: content on D:
        // IIS-1215 (off by default) runs for its control: the sample writes no URL authorization, nothing allows all
        assertThat(control(cis, "2.1").get("result").asText()).isEqualTo("pass");
        assertThat(texts(control(cis, "2.1").get("rules"))).containsExactly("IIS-1215");
        JsonNode server = json.get("servers").get(0);
        assertThat(server.get("file").asText()).isEqualTo(RISKY);
        assertThat(texts(server.get("benchmarks").get(0).get("fail")))
                .containsExactly("1.3", "1.4", "1.5", "1.6", "4.8", "4.9", "4.10", "5.1");
        JsonNode shop = server.get("sites").get(0);
        assertThat(shop.get("name").asText()).isEqualTo("Shop");
        // the pool Shop runs in is LocalSystem's (IIS-101); directory browsing is on for the whole server
        assertThat(texts(shop.get("benchmarks").get(0).get("fail"))).containsExactly("1.4", "1.6");
        // and its logs are on the system drive by siteDefaults (IIS-1306)
        assertThat(texts(shop.get("benchmarks").get(0).get("failAtServerLevel")))
                .containsExactly("1.3", "4.8", "4.9", "4.10", "5.1");
        JsonNode archive = server.get("sites").get(3);
        assertThat(archive.get("name").asText()).isEqualTo("Archive");
        assertThat(texts(archive.get("benchmarks").get(0).get("fail"))).isEmpty();
    }

    @Test
    void formsAspAndSessionStateControlsApplyOnlyWhereTheInputsUseThem(@TempDir Path dir) throws IOException {
        Path plain = dir.resolve("plain/web.config");
        Files.createDirectories(plain.getParent());
        Files.writeString(
                plain,
                "<configuration>\n  <system.web>\n    <authentication mode=\"Windows\" />\n"
                        + "    <sessionState mode=\"Off\" />\n  </system.web>\n</configuration>\n");
        JsonNode cis = json(Cli.run("benchmark", "cis", "-f", "json", "--no-config", plain.toString()))
                .get("benchmarks")
                .get(0);
        assertThat(control(cis, "2.3").get("result").asText()).isEqualTo("not applicable");
        assertThat(control(cis, "2.3").get("why").asText()).isEqualTo("no forms authentication among the inputs");
        assertThat(control(cis, "3.6").get("why").asText())
                .isEqualTo("ASP.NET session state is off (mode Off) wherever the inputs set it");
        JsonNode stig = json(Cli.run("benchmark", "stig", "-f", "json", "--no-config", plain.toString()))
                .get("benchmarks")
                .get(1);
        assertThat(control(stig, "SV-218769").get("why").asText()).startsWith("no classic ASP among the inputs");

        Path used = dir.resolve("used/web.config");
        Files.createDirectories(used.getParent());
        Files.writeString(
                used,
                "<configuration>\n  <system.web>\n    <authentication mode=\"Forms\"><forms requireSSL=\"false\" /></authentication>\n"
                        + "  </system.web>\n  <system.webServer>\n    <handlers>\n"
                        + "      <add name=\"ASPClassic\" path=\"*.asp\" verb=\"GET,HEAD,POST\" modules=\"IsapiModule\""
                        + " scriptProcessor=\"%windir%\\system32\\inetsrv\\asp.dll\" />\n    </handlers>\n"
                        + "  </system.webServer>\n</configuration>\n");
        cis = json(Cli.run("benchmark", "cis", "-f", "json", "--no-config", used.toString()))
                .get("benchmarks")
                .get(0);
        assertThat(control(cis, "2.3").get("result").asText()).isEqualTo("fail");
        assertThat(control(cis, "3.6").get("result").asText()).isEqualTo("pass");
        stig = json(Cli.run("benchmark", "stig", "-f", "json", "--no-config", used.toString()))
                .get("benchmarks")
                .get(1);
        assertThat(control(stig, "SV-218769").get("result").asText()).isEqualTo("pass");
    }

    @Test
    void exitCodesFollowCheckFailOnExitZeroAndInputsThatCannotBeLinted(@TempDir Path dir) throws IOException {
        // risky: errors and warnings fail controls; a web.config whose only failing control's finding is a warning
        assertThat(Cli.run("benchmark", "cis", "--no-config", RISKY).exit()).isEqualTo(1);
        assertThat(Cli.run("benchmark", "cis", "--no-config", "--exit-zero", RISKY)
                        .exit())
                .isZero();
        Path web = dir.resolve("web.config");
        Files.writeString(
                web,
                "<configuration><system.webServer><directoryBrowse enabled=\"true\" /></system.webServer></configuration>");
        assertThat(Cli.run("benchmark", "cis", "--no-config", web.toString()).exit())
                .isEqualTo(1);
        Cli errorsOnly = Cli.run("benchmark", "cis", "--no-config", "--fail-on", "error", web.toString());
        assertThat(errorsOnly.exit()).isZero();
        assertThat(errorsOnly.out()).contains("1.3   L1   fail");
        Cli missing = Cli.run("benchmark", "cis", "--no-config", "--exit-zero", web.toString(), "missing.config");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("missing.config");
        assertThat(missing.out()).endsWith("not judged: missing.config could not be linted\n");
    }

    @Test
    void usageErrorsAreOneLineAndExitCode2() {
        Cli unknown = Cli.run("benchmark", "owasp", RISKY);
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err())
                .startsWith("iislint: error: unknown benchmark 'owasp': use cis, stig, stig-server, stig-site\n");
        Cli format = Cli.run("benchmark", "cis", "-f", "sarif", RISKY);
        assertThat(format.exit()).isEqualTo(2);
        assertThat(format.err())
                .startsWith(
                        "iislint: error: Invalid value for option '--format': 'sarif' (expected text, markdown, json, csv)\n");
        // the benchmark chooses the rules: a selection would leave controls unjudged and passed
        Cli select = Cli.run("benchmark", "cis", "--select", "IIS-101", RISKY);
        assertThat(select.exit()).isEqualTo(2);
        assertThat(select.err()).startsWith("iislint: error: Unknown option: '--select'");
        assertThat(Cli.run("benchmark", "cis").exit()).isEqualTo(2);
    }

    @Test
    void aStigLimitThatIsNotTheRulesDefaultIsSetByTheViewUnlessTheUserSetsIt(@TempDir Path dir) throws IOException {
        Path web = dir.resolve("web.config");
        Files.writeString(
                web, "<configuration><system.web><sessionState timeout=\"18\" /></system.web></configuration>");
        JsonNode json = json(Cli.run("benchmark", "stig-site", "-f", "json", "--no-config", web.toString()));
        assertThat(control(json.get("benchmarks").get(0), "SV-218763")
                        .get("result")
                        .asText())
                .isEqualTo("fail");
        JsonNode relaxed = json(Cli.run(
                "benchmark", "stig-site", "-f", "json", "--no-config", "-P", "IIS-1108.maxMinutes=20", web.toString()));
        assertThat(control(relaxed.get("benchmarks").get(0), "SV-218763")
                        .get("result")
                        .asText())
                .isEqualTo("pass");
    }

    @Test
    void namesFromTheFileCannotBecomeSpreadsheetFormulasOrMarkdown(@TempDir Path dir) throws IOException {
        Cli csv = Cli.run("benchmark", "cis", "-f", "csv", "--no-config", HOSTILE);
        assertThat(csv.exit()).isEqualTo(1);
        List<List<String>> rows = Csv.parse(csv.out());
        assertThat(rows.get(0)).hasSize(12);
        for (List<String> row : rows) {
            assertThat(row).hasSize(12);
            for (String cell : row)
                assertThat(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@");
        }
        List<String> sites = rows.stream().map(r -> r.get(7)).distinct().toList();
        assertThat(sites).containsExactly("site", "", "'=cmd|' /c calc'!A1", "'@x|\"y\",*z*\\u{a}next");
        assertThat(csv.out()).doesNotContain("\n\"=").doesNotContain("\n=").doesNotContain("\nnext");
        Cli md = Cli.run("benchmark", "cis", "-f", "markdown", "--no-config", HOSTILE);
        assertThat(md.out())
                .contains("| =cmd\\|' /c calc'!A1 |")
                .contains("'@x\\|\"y\",\\*z\\*\\\\u{a}next'")
                .doesNotContain("\\u{5c}");
        // every row of every table has as many cells as its header: no name added a column
        for (String line : md.out().split("\n")) {
            if (line.startsWith("| 1.5 |"))
                assertThat(line.split("(?<!\\\\)\\|")).hasSize(7);
        }
    }

    private static JsonNode json(Cli r) throws IOException {
        return new ObjectMapper().readTree(r.out());
    }

    private static JsonNode control(JsonNode benchmark, String id) {
        for (JsonNode c : benchmark.get("controls")) if (c.get("id").asText().equals(id)) return c;
        throw new AssertionError("no control " + id);
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null) for (JsonNode n : array) out.add(n.asText());
        return out;
    }

    /** RFC 4180 as a spreadsheet reads it: quoted cells, doubled quotes, CRLF between rows. */
    private static final class Csv {
        static List<List<String>> parse(String text) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            int i = 0;
            while (i < text.length()) {
                if (text.charAt(i) != '"') throw new AssertionError("unquoted cell at " + i);
                i++;
                while (true) {
                    char c = text.charAt(i++);
                    if (c == '"' && i < text.length() && text.charAt(i) == '"') {
                        cell.append('"');
                        i++;
                    } else if (c == '"') break;
                    else cell.append(c);
                }
                row.add(cell.toString());
                cell.setLength(0);
                if (text.startsWith("\r\n", i)) {
                    rows.add(row);
                    row = new ArrayList<>();
                    i += 2;
                } else if (text.charAt(i) == ',') i++;
                else throw new AssertionError("bad separator at " + i);
            }
            return rows;
        }
    }
}
