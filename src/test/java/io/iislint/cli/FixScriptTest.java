package io.iislint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.iislint.Golden;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --format powershell} and {@code --format appcmd}: the fix scripts. Names from a hostile configuration are
 * read back with {@link ScriptTokens}, as PowerShell and cmd.exe would read them, to show that each stays data inside
 * its quotes. The PowerShell scripts this test writes to {@code target/fix-scripts} are also parsed by a real
 * PowerShell grammar in CI ({@code .ci/ps-parse.mjs}).
 */
class FixScriptTest {
    @TempDir
    Path dir;

    /** Where the scripts go for CI's PowerShell parser, beside the goldens it parses too. */
    static final Path FOR_PARSER = Path.of("target/fix-scripts");

    /** Words a hostile name tries to run; none may be a word of the script outside strings and comments. */
    private static final List<String> INJECTED = List.of("calc", "whoami", "stop-computer", "shutdown", "evil");

    static final List<String> HOSTILE = List.of(
            "y\" & calc & \"",
            "z\u2018; Stop-Computer; echo \u2018",
            "a & calc & b | whoami",
            "%PATH%calc%",
            "$(calc) `whoami`",
            "x'; calc; '",
            "n\ncalc",
            "r\r\nshutdown /s",
            "c^& calc",
            "p)(calc",
            "q\u2019\"",
            "back\\",
            "sp ace\\",
            "Caf\u00e9 \u2011 evil",
            "Hi!evil");

    private static String xml(String s) {
        return s.replace("&", "&amp;")
                .replace("\"", "&quot;")
                .replace("<", "&lt;")
                .replace("\n", "&#10;")
                .replace("\r", "&#13;");
    }

    private Path hostileServer() throws IOException {
        StringBuilder pools = new StringBuilder();
        StringBuilder sites = new StringBuilder();
        int id = 1;
        for (String n : HOSTILE) {
            pools.append("<add name=\"")
                    .append(xml(n))
                    .append("\"><processModel identityType=\"LocalSystem\"/></add>\n");
            sites.append("<site name=\"")
                    .append(xml(n))
                    .append("\" id=\"")
                    .append(id++)
                    .append("\"><application path=\"/\" applicationPool=\"")
                    .append(xml(n))
                    .append("\"><virtualDirectory path=\"/\" physicalPath=\"C:\\s\"/></application>")
                    .append("<bindings><binding protocol=\"http\" bindingInformation=\"*:80:h")
                    .append(id)
                    .append("\"/></bindings></site>\n");
        }
        StringBuilder handlers = new StringBuilder();
        int k = 0;
        for (String n : HOSTILE) {
            handlers.append("<add name=\"")
                    .append(xml(n))
                    .append("\" path=\"*.p")
                    .append(k++)
                    .append("\" verb=\"*\" modules=\"FastCgiModule\" scriptProcessor=\"C:\\php\\php-cgi.exe\"")
                    .append(" resourceType=\"File\"/>\n");
        }
        Path p = dir.resolve("hostile/applicationHost.config");
        Files.createDirectories(p.getParent());
        Files.writeString(
                p,
                "<?xml version=\"1.1\"?>\n<configuration><system.applicationHost><applicationPools>\n" + pools
                        + "</applicationPools><sites>\n" + sites + "</sites></system.applicationHost>\n"
                        + "<system.webServer><fastCgi><application fullPath=\"C:\\php\\php-cgi.exe\"/></fastCgi>"
                        + "<handlers>\n" + handlers + "</handlers></system.webServer></configuration>\n",
                StandardCharsets.UTF_8);
        return p;
    }

    private Path hostileMetabase() throws IOException {
        StringBuilder pools = new StringBuilder();
        for (String n : HOSTILE) {
            pools.append("<IIsApplicationPool Location=\"/LM/W3SVC/AppPools/")
                    .append(xml(n))
                    .append("\" AppPoolIdentityType=\"0\"></IIsApplicationPool>\n");
        }
        Path p = dir.resolve("hostile6/MetaBase.xml");
        Files.createDirectories(p.getParent());
        Files.writeString(
                p,
                "<?xml version=\"1.1\"?>\n<configuration xmlns=\"urn:microsoft-catalog:XML_Metabase_V64_0\"><MBProperty>\n"
                        + pools + "</MBProperty></configuration>\n",
                StandardCharsets.UTF_8);
        return p;
    }

    private static void forParser(String name, String script) throws IOException {
        Files.createDirectories(FOR_PARSER);
        Files.writeString(FOR_PARSER.resolve(name), script, StandardCharsets.UTF_8);
    }

    @Test
    void hostileNamesStayDataInThePowerShellScript() throws IOException {
        for (Path config : List.of(hostileServer(), hostileMetabase())) {
            Cli r = Cli.run("check", "--no-config", "-f", "powershell", config.toString());
            assertThat(r.err()).isEmpty();
            assertThat(r.out()).startsWith("\uFEFF# iislint ");
            forParser("hostile-" + config.getParent().getFileName() + ".ps1", r.out());
            List<ScriptTokens.Token> tokens = ScriptTokens.powerShell(r.out().substring(1));
            Set<String> strings = new TreeSet<>();
            for (ScriptTokens.Token t : tokens) {
                switch (t.kind()) {
                    case WORD -> assertThat(INJECTED).doesNotContain(t.text().toLowerCase(java.util.Locale.ROOT));
                    case DOUBLE ->
                        assertThat(t.expands())
                                .as("a double-quoted string that would run code: %s", t.text())
                                .isFalse();
                    case SINGLE -> strings.add(t.text());
                    default -> {}
                }
            }
            // every line is a comment, blank, or one of the script's own shapes: no line comes from a name
            for (String line : r.out().substring(1).split("\n", -1))
                assertThat(line).doesNotContain("\r");
            boolean iis6 = config.getFileName().toString().equals("MetaBase.xml");
            int carried = 0;
            for (String n : HOSTILE) {
                if (n.indexOf('\n') >= 0 || n.indexOf('\r') >= 0) {
                    // a control character: no command carries it; the comments show it escaped
                    assertThat(r.out()).doesNotContain(n);
                    continue;
                }
                if (iis6) {
                    if (n.isEmpty() || n.indexOf('"') >= 0 || n.indexOf('%') >= 0 || n.indexOf('!') >= 0) continue;
                    if (n.endsWith("\\")) continue; // the metabase reader reads a key without its last backslash
                    assertThat(strings).contains("W3SVC/AppPools/" + n + "/AppPoolIdentityType");
                } else {
                    assertThat(strings).contains("IIS:\\AppPools\\" + n);
                }
                carried++;
            }
            assertThat(carried).isEqualTo(iis6 ? 7 : 13);
        }
    }

    @Test
    void hostileNamesStayDataInTheCmdScript() throws IOException {
        for (Path config : List.of(hostileServer(), hostileMetabase())) {
            Cli r = Cli.run("check", "--no-config", "-f", "appcmd", config.toString());
            assertThat(r.err()).isEmpty();
            List<List<String>> steps = cmdSteps(r.out());
            boolean iis6 = config.getFileName().toString().equals("MetaBase.xml");
            Set<String> args = new TreeSet<>();
            for (List<String> step : steps) {
                for (String a : step) {
                    assertThat(INJECTED).doesNotContain(a.toLowerCase(java.util.Locale.ROOT));
                    args.add(a);
                }
            }
            int carried = 0;
            for (String n : HOSTILE) {
                boolean cmdCarries = n.chars().allMatch(c -> c >= 0x20 && c < 0x80)
                        && n.indexOf('"') < 0
                        && n.indexOf('%') < 0
                        && n.indexOf('!') < 0;
                if (!cmdCarries) {
                    assertThat(args).noneMatch(a -> a.contains(n));
                    continue;
                }
                if (iis6 && n.endsWith("\\")) continue;
                if (iis6) assertThat(args).contains("W3SVC/AppPools/" + n + "/AppPoolIdentityType");
                else assertThat(args).contains("/apppool.name:" + n);
                carried++;
            }
            assertThat(carried).isEqualTo(iis6 ? 5 : 7);
        }
    }

    /**
     * Reads a .cmd script as cmd.exe would, failing on any line that is not a comment, one of the script's own lines
     * or a step ({@code COMMAND || exit /b 1}); returns each step's arguments.
     */
    static List<List<String>> cmdSteps(String script) {
        for (int i = 0; i < script.length(); i++)
            assertThat((int) script.charAt(i)).as("ASCII only").isLessThan(0x80);
        assertThat(script).endsWith("\r\n");
        String[] lines = script.substring(0, script.length() - 2).split("\r\n", -1);
        List<List<String>> steps = new ArrayList<>();
        boolean setlocal = false;
        for (String line : lines) {
            assertThat(line).doesNotContain("\r").doesNotContain("\n");
            if (line.startsWith("rem ") || line.equals("rem")) {
                ScriptTokens.percent(line, Set.of()); // its percent signs are all doubled
                assertThat(line).doesNotEndWith("^");
                continue;
            }
            if (line.equals("setlocal EnableExtensions DisableDelayedExpansion")) setlocal = true;
            List<ScriptTokens.CmdCommand> cmds = ScriptTokens.cmdLine(
                    line, Set.of("APPCMD", "CSCRIPT", "ADSUTIL", "IISEXT", "windir", "SystemRoot", "SystemDrive"));
            String first = cmds.get(0).text();
            if (first.startsWith("\"<APPCMD>\" add backup") || first.contains("iisback.vbs")) {
                assertThat(cmds).extracting(ScriptTokens.CmdCommand::operator).containsExactly("||", "");
                continue;
            }
            if (first.startsWith("\"<APPCMD>\"") || first.startsWith("\"<CSCRIPT>\"")) {
                assertThat(setlocal).isTrue();
                assertThat(cmds).extracting(ScriptTokens.CmdCommand::operator).containsExactly("||", "");
                assertThat(cmds.get(1).text()).isEqualTo("exit /b 1");
                steps.add(cmds.get(0).args());
                continue;
            }
            assertThat(line)
                    .matches("@echo off|setlocal .*|set \"[A-Z]+=[^\"]*\"|if not exist \"%APPCMD%\" \\(|"
                            + "    echo iislint: [^&|<>()^]*|    exit /b 1|\\)|echo \\[\\d+/\\d+\\] IIS-\\d{3,4}|"
                            + "echo iislint: all \\d+ steps done\\.|exit /b 0|");
        }
        assertThat(setlocal).isTrue();
        return steps;
    }

    /** PowerShell's tokens of a script: no expanding string, no backtick outside a string, no block comment. */
    static List<ScriptTokens.Token> powerShellTokens(String script) {
        assertThat(script).startsWith("\uFEFF");
        List<ScriptTokens.Token> tokens = ScriptTokens.powerShell(script.substring(1));
        for (ScriptTokens.Token t : tokens)
            assertThat(t.kind() == ScriptTokens.Kind.DOUBLE && t.expands())
                    .as("a double-quoted string that would run code: %s", t.text())
                    .isFalse();
        return tokens;
    }

    /**
     * Real third-party configurations (read in place from ../shared/corpus, never copied): both scripts of each
     * read as the shells would; the PowerShell ones go to CI's parser too.
     */
    @Test
    void theScriptsOfEveryCorpusFileReadAsTheShellsWould() throws IOException {
        Path corpus = Path.of("../shared/corpus");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(corpus), "the corpus is in ../shared in CI");
        List<Path> files;
        try (var walk = Files.walk(corpus)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(40);
        int n = 0, steps = 0;
        for (Path f : files) {
            Cli ps = Cli.run("check", "--no-config", "-f", "powershell", f.toString());
            assertThat(ps.exit()).as(f.toString()).isBetween(0, 2);
            powerShellTokens(ps.out());
            forParser("corpus-" + n + ".ps1", ps.out());
            n++;
            Cli cmd = Cli.run("check", "--no-config", "-f", "appcmd", f.toString());
            steps += cmdSteps(cmd.out()).size();
        }
        assertThat(steps).isGreaterThan(100);
    }

    /** The readers catch what they are there for: a test of the tests. */
    @Test
    void theShellReadersRejectWhatWouldEscape() {
        String head = "@echo off\r\nsetlocal EnableExtensions DisableDelayedExpansion\r\n";
        for (String bad : List.of(
                "\"%APPCMD%\" set apppool /apppool.name:\"a\" & calc || exit /b 1",
                "\"%APPCMD%\" set apppool /apppool.name:\"a || exit /b 1",
                "\"%APPCMD%\" set apppool /apppool.name:\"%PATH%\" || exit /b 1",
                "rem 50% done",
                "calc")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> cmdSteps(head + bad + "\r\n"))
                    .as(bad)
                    .isInstanceOf(AssertionError.class);
        }
        assertThat(cmdSteps(head + "\"%APPCMD%\" set apppool /apppool.name:\"a & calc\" || exit /b 1\r\n"))
                .containsExactly(List.of("<APPCMD>", "set", "apppool", "/apppool.name:a & calc"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> powerShellTokens("\uFEFFSet-Item -Path \"x$(calc)\""))
                .isInstanceOf(AssertionError.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> powerShellTokens("\uFEFFSet-Item `calc"))
                .isInstanceOf(AssertionError.class);
        assertThat(ScriptTokens.powerShell("Set-Item 'z\u2018; calc; \u2018'"))
                .extracting(ScriptTokens.Token::text)
                .contains("calc");
        assertThat(ScriptTokens.powerShell("Set-Item 'z\u2018\u2018; calc; \u2018\u2018'"))
                .extracting(ScriptTokens.Token::text)
                .containsExactly("Set-Item", "z\u2018; calc; \u2018");
    }

    /** A run with an input it could not lint still writes the script (exit code 2), and says what is missing. */
    @Test
    void anInputThatCouldNotBeLintedIsNamedAtTheTop() throws IOException {
        Path broken = dir.resolve("broken/applicationHost.config");
        Files.createDirectories(broken.getParent());
        Files.writeString(broken, "<configuration>");
        for (String format : List.of("powershell", "appcmd")) {
            Cli r = Cli.run(
                    "check", "--no-config", "-f", format, "samples/risky/applicationHost.config", broken.toString());
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.out()).contains("  NOT LINTED (its fixes are missing here): " + broken);
        }
    }

    @Test
    void aNewLineInANameCannotEndAComment() throws IOException {
        Cli ps = Cli.run(
                "check", "--no-config", "-f", "powershell", hostileServer().toString());
        assertThat(ps.out()).contains("n\\u{a}calc").doesNotContain("\ncalc");
        assertThat(ps.out().lines().filter(l -> l.trim().equals("calc") || l.startsWith("calc")))
                .isEmpty();
        Cli cmd =
                Cli.run("check", "--no-config", "-f", "appcmd", hostileServer().toString());
        assertThat(cmd.out()).contains("n\\u{a}calc").contains("r\\u{d}\\u{a}shutdown /s");
        assertThat(cmd.out()).contains("%%PATH%%calc%%");
    }

    /** The script's findings are the other formats' findings: selection and baseline applied alike. */
    @Test
    void theScriptsHoldExactlyTheFindingsTheOtherFormatsReport() throws IOException {
        String risky = "samples/risky/applicationHost.config";
        Path baseline = dir.resolve("baseline.json");
        Cli made = Cli.run("baseline", "create", "--select", "IIS-6", "-o", baseline.toString(), risky);
        assertThat(made.exit()).isZero();
        String[] args = {"--select", "IIS-5,IIS-6,IIS-1", "--baseline", baseline.toString(), risky};
        Set<String> json = new TreeSet<>();
        for (JsonNode f : new ObjectMapper()
                .readTree(Cli.run(concat(args, "-f", "json")).out())
                .get("findings")) {
            json.add(f.get("ruleId").asText() + " " + f.get("file").asText() + ":"
                    + f.get("line").asInt() + ":" + f.get("column").asInt());
        }
        assertThat(json).isNotEmpty().noneMatch(s -> s.startsWith("IIS-6"));
        Pattern about = Pattern.compile("^(?:#|rem) (?:\\[\\d+/\\d+] )?(IIS-\\d{3,4}) \\S+, (\\S+:\\d+:\\d+), ");
        for (String format : List.of("powershell", "appcmd")) {
            Cli r = Cli.run(concat(args, "-f", format));
            assertThat(r.exit()).isEqualTo(1);
            Set<String> inScript = new TreeSet<>();
            for (String line : r.out().split("\r?\n")) {
                Matcher m = about.matcher(line.replace("\uFEFF", ""));
                if (m.find()) inScript.add(m.group(1) + " " + m.group(2));
            }
            assertThat(inScript).as(format).isEqualTo(json);
        }
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void theScriptsOfTheIis6SampleMatchTheirGoldenFiles() throws IOException {
        Cli ps = Cli.run("check", "-f", "powershell", "samples/iis6");
        assertThat(ps.exit()).isEqualTo(1);
        Golden.assertMatches(Path.of("src/test/resources/golden/iis6.ps1"), ps.out());
        Cli cmd = Cli.run("check", "-f", "appcmd", "samples/iis6");
        Golden.assertMatches(Path.of("src/test/resources/golden/iis6.cmd"), cmd.out());
    }

    /** The IIS provider expands wildcards in -Path: 'IIS:\AppPools\Shop*' would change every pool named Shop… */
    @Test
    void aPoolNameWithAWildcardIsTakenLiterallyByThePowerShellScript() throws IOException {
        // -LiteralPath: the IIS provider expands * ? [ ] in -Path, which would change every pool whose name matches
        Path config = dir.resolve("applicationHost.config");
        Files.writeString(
                config,
                "<configuration><system.applicationHost><applicationPools>"
                        + "<add name=\"Shop*\"><processModel identityType=\"LocalSystem\"/></add>"
                        + "<add name=\"x[1]\"><processModel identityType=\"LocalSystem\"/></add>"
                        + "<add name=\"Plain\"><processModel identityType=\"LocalSystem\"/></add>"
                        + "</applicationPools></system.applicationHost></configuration>\n");
        Cli ps = Cli.run("check", "--no-config", "--select", "IIS-101", "-f", "powershell", config.toString());
        assertThat(ps.out())
                .contains("3 steps")
                .contains("    Set-ItemProperty -LiteralPath 'IIS:\\AppPools\\Plain' -Name processModel.identityType")
                .contains("    Set-ItemProperty -LiteralPath 'IIS:\\AppPools\\Shop*' -Name processModel.identityType")
                .contains("    Set-ItemProperty -LiteralPath 'IIS:\\AppPools\\x[1]' -Name processModel.identityType")
                .doesNotContain("-Path 'IIS:");
        Cli cmd = Cli.run("check", "--no-config", "--select", "IIS-101", "-f", "appcmd", config.toString());
        assertThat(cmd.out())
                .contains("\"%APPCMD%\" set apppool /apppool.name:\"Shop*\" /processModel.identityType:"
                        + "ApplicationPoolIdentity || exit /b 1");
    }

    /** Two servers' files, run apart: neither may lose a step because the other had the same command first. */
    @Test
    void theSameCommandIsRunOnceForAFileButOncePerFile() throws IOException {
        String pool = "<add name=\"Shop\"><processModel identityType=\"LocalSystem\"/></add>";
        for (String server : List.of("web01", "web02")) {
            Path p = dir.resolve(server + "/applicationHost.config");
            Files.createDirectories(p.getParent());
            Files.writeString(
                    p,
                    "<configuration><system.applicationHost><applicationPools>" + pool
                            + "</applicationPools><sites><site name=\"Shop\" id=\"1\"><application path=\"/\""
                            + " applicationPool=\"Shop\"><virtualDirectory path=\"/\" physicalPath=\"C:\\s\"/>"
                            + "</application><bindings><binding protocol=\"http\" bindingInformation=\"*:80:\"/>"
                            + "</bindings></site></sites></system.applicationHost></configuration>\n");
        }
        Cli r = Cli.run(
                "check", "--no-config", "--select", "IIS-101,IIS-204,IIS-205", "-f", "powershell", dir.toString());
        assertThat(r.out()
                        .lines()
                        .filter(l -> l.startsWith("    Set-ItemProperty -LiteralPath 'IIS:\\AppPools\\Shop'")))
                .hasSize(2);
        assertThat(r.out()).contains("2 steps, 0 findings to fix by hand");
    }

    @Test
    void encryptingASectionIsLeftToDoByHandAsTheFileCannotSayItsSiteAndApplication() throws IOException {
        Path config = dir.resolve("secrets/web.config");
        Files.createDirectories(config.getParent());
        Files.writeString(config, """
                <configuration>
                  <appSettings>
                    <add key="PaymentApiKey" value="example-only-value" />
                  </appSettings>
                  <connectionStrings>
                    <add name="Main" connectionString="Server=db1;Database=Main;User ID=app;Password=example-only" />
                  </connectionStrings>
                </configuration>
                """);
        for (String format : List.of("powershell", "appcmd")) {
            Cli r = Cli.run("check", "--no-config", "--select", "IIS-1112,IIS-1132", "-f", format, config.toString());
            assertThat(r.out())
                    .as(format)
                    .contains("0 steps, 2 findings to fix by hand")
                    .contains("-app '/APP_PATH' -site 'SITE_NAME'".replace('\'', format.equals("appcmd") ? '"' : '\''))
                    .doesNotContain("'/APP'")
                    .doesNotContain("\"/APP\"");
            if (format.equals("powershell")) forParser("encrypt.ps1", r.out());
        }
    }

    @Test
    void readmeShowsTheRealFirstLinesOfTheScript() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int section = readme.indexOf("### A fix script for the live server");
        int from = readme.indexOf("```\n# iislint ", section) + 4;
        String shown = readme.substring(from, readme.indexOf("```\n", from));
        assertThat(shown.lines().count()).isGreaterThan(20);
        String script = Cli.run("check", "-f", "powershell", "samples/risky/applicationHost.config")
                .out();
        assertThat(script.substring(1)).startsWith(shown);
    }

    @Test
    void aScriptWithNothingToDoStillParsesAndSaysSo() {
        Cli r = Cli.run("check", "-f", "powershell", "samples/hardened/applicationHost.config");
        assertThat(r.exit()).isZero();
        assertThat(r.out())
                .startsWith("\uFEFF# iislint 0.1.0 fix script (PowerShell): 0 steps, 0 findings to fix by hand")
                .doesNotContain("Backup-WebConfiguration -Name $backup");
        ScriptTokens.powerShell(r.out().substring(1));
    }

    @Test
    void everyStepRunsInsideShouldProcessSoThatWhatIfChangesNothing() {
        Cli r = Cli.run("check", "-f", "powershell", "samples/risky/applicationHost.config");
        String[] lines = r.out().split("\n");
        int steps = 0;
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            if (l.isEmpty() || l.startsWith("#") || l.startsWith("\uFEFF#")) continue;
            if (l.startsWith("if ($PSCmdlet.ShouldProcess(")) {
                assertThat(l).endsWith(")) {");
                int end = i + 1;
                while (!lines[end].equals("}")) {
                    assertThat(lines[end]).startsWith("    ");
                    end++;
                }
                i = end;
                steps++;
                continue;
            }
            assertThat(l)
                    .matches("\\[CmdletBinding\\(SupportsShouldProcess = \\$true\\)]|param\\(\\)|"
                            + "\\$ErrorActionPreference = 'Stop'|\\$backup = .*|Import-Module WebAdministration|"
                            + "if \\(-not \\$WhatIfPreference\\) \\{ Write-Host 'iislint: all \\d+ steps done\\.' }");
        }
        assertThat(steps).isEqualTo(52); // the backup and 51 fixes
    }
}
