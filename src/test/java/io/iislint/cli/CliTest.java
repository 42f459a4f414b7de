package io.iislint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.iislint.Golden;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CliTest {
    private static final String RISKY = "samples/risky/applicationHost.config";
    private static final String HARDENED = "samples/hardened/applicationHost.config";
    private static final String SITE = "samples/site/web.config";

    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    private static String golden(String name) throws IOException {
        return Files.readString(GOLDEN.resolve(name), StandardCharsets.UTF_8);
    }

    @Test
    void riskySampleTextMatchesTheGoldenFileByteForByte() throws IOException {
        Cli r = Cli.run("check", RISKY);
        assertThat(r.exit()).isEqualTo(1);
        Golden.assertMatches(GOLDEN.resolve("risky.txt"), r.out());
        assertThat(r.err()).isEmpty();
    }

    @Test
    void readmeShowsRealOutput() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String output = Cli.run(RISKY).out()
                + Cli.run("samples/iis6/MetaBase.xml").out()
                + Cli.run("samples/server").out()
                + Cli.run("--select", "IIS-1131", "samples/server").out() // under "Rules off by default"
                + Cli.run(SITE).out(); // its fixes, under "Counts, quiet runs and standard input"
        List<String> shown = readme.lines()
                .filter(l -> l.startsWith("samples/risky/")
                        || l.startsWith("samples/iis6/")
                        || l.startsWith("samples/server/")
                        || l.startsWith("    fix")
                        || l.matches("\\d+ findings .*"))
                .toList();
        assertThat(shown).hasSizeGreaterThan(5);
        assertThat(output.lines().toList()).containsAll(shown);
        assertThat(readme)
                .contains(
                        "mvn -q -B package -DskipTests && java -jar target/iislint.jar check samples/risky/applicationHost.config");
        String audit = Cli.run("audit", "-f", "markdown", "samples/iis6/MetaBase.xml", "samples/iis6/fcgiext.ini")
                .out();
        List<String> auditShown = readme.lines()
                .filter(l -> l.startsWith("| Shop ")
                        || l.startsWith("### Shop")
                        || l.matches("- \\*\\*(warn|fail|unknown)\\*\\* .*")
                        || l.matches("\\d+ sites audited\\..*"))
                .toList();
        assertThat(auditShown).hasSize(6);
        assertThat(audit.lines().toList()).containsAll(auditShown);
    }

    @Test
    void jsonMatchesTheGoldenFilesAndIsStableFromRunToRun() throws IOException {
        Cli first = Cli.run("--format", "json", RISKY);
        assertThat(first.exit()).isEqualTo(1);
        Golden.assertMatches(GOLDEN.resolve("risky.json"), first.out());
        assertThat(Cli.run("--format", "json", RISKY).out()).isEqualTo(first.out());
        Golden.assertMatches(
                GOLDEN.resolve("site.json"), Cli.run("-f", "json", SITE).out());
    }

    @Test
    void jsonHasTheDocumentedShape() throws IOException {
        JsonNode root = new ObjectMapper()
                .readTree(Cli.run("--format", "json", RISKY, "missing.config").out());
        assertThat(root.fieldNames()).toIterable().containsExactly("tool", "files", "findings", "summary");
        assertThat(root.at("/tool/name").asText()).isEqualTo("iislint");
        assertThat(root.at("/files/0/path").asText()).isEqualTo("missing.config");
        assertThat(root.at("/files/0/error/message").asText()).isEqualTo("no such file or directory");
        assertThat(root.at("/files/1/kind").asText()).isEqualTo("applicationHost");
        JsonNode f = root.at("/findings/0");
        assertThat(f.fieldNames())
                .toIterable()
                .containsExactly(
                        "ruleId",
                        "ruleName",
                        "severity",
                        "category",
                        "message",
                        "file",
                        "line",
                        "column",
                        "subject",
                        "configPath",
                        "value",
                        "origin",
                        "fix");
        assertThat(f.at("/fix").fieldNames()).toIterable().containsExactly("appcmd", "powershell");
        assertThat(root.at("/summary/findings").asInt()).isEqualTo(67);
        assertThat(root.at("/summary/filesFailed").asInt()).isEqualTo(1);
        assertThat(root.at("/summary/exitCode").asInt()).isEqualTo(2);
        JsonNode localSystem = null;
        for (JsonNode n : root.get("findings")) if (n.get("ruleId").asText().equals("IIS-101")) localSystem = n;
        assertThat(localSystem).isNotNull();
        assertThat(localSystem.at("/subject/name").asText()).isEqualTo("Shop");
        assertThat(localSystem.at("/line").asInt()).isEqualTo(14);
        assertThat(localSystem.at("/value").asText()).isEqualTo("LocalSystem");
        assertThat(localSystem.at("/origin/kind").asText()).isEqualTo("set");
        assertThat(localSystem.at("/fix/appcmd").asText())
                .isEqualTo(
                        "appcmd set apppool /apppool.name:\"Shop\" /processModel.identityType:ApplicationPoolIdentity");
    }

    @ParameterizedTest(name = "{0} --fail-on {1} -> {2}")
    @CsvSource({
        "samples/hardened/applicationHost.config, warning, 0",
        "samples/hardened/applicationHost.config, info, 0",
        "samples/risky/applicationHost.config, error, 1",
        "samples/site/web.config, warning, 1",
        "samples/site/web.config, error, 0",
        "samples/site/web.config, info, 1"
    })
    void exitCodeFollowsTheThreshold(String file, String failOn, int exit) {
        assertThat(Cli.run("check", "--fail-on", failOn, file).exit()).isEqualTo(exit);
        assertThat(Cli.run("check", "--fail-on", failOn, "--format", "json", file)
                        .exit())
                .isEqualTo(exit);
    }

    @Test
    void hardenedSampleIsClean() {
        Cli r = Cli.run(HARDENED);
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo("No findings in 1 file; no policy file.\n");
    }

    @Test
    void badInputsGiveOneLineAndExit2WhileOtherFilesAreStillLinted(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-VALUE");
        write(dir, "empty.config", "");
        write(dir, "text.config", "hello, world\n");
        write(
                dir,
                "malformed.config",
                "<configuration>\n  <system.webServer>\n    <asp>\n  </system.webServer>\n</configuration>\n");
        write(dir, "other.xml", "<?xml version=\"1.0\"?>\n<project><modelVersion>4.0.0</modelVersion></project>\n");
        write(
                dir,
                "xxe.config",
                "<?xml version=\"1.0\"?>\n<!DOCTYPE configuration [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
                        + "<configuration><system.webServer><asp scriptErrorMessage=\"&x;\" /></system.webServer></configuration>\n");
        List<String> args = new ArrayList<>(List.of("check"));
        for (String n :
                List.of("empty.config", "text.config", "malformed.config", "other.xml", "xxe.config", "nope.config")) {
            args.add(dir.resolve(n).toString());
        }
        args.add(RISKY);
        Cli r = Cli.run(args.toArray(String[]::new));
        assertThat(r.exit()).isEqualTo(2);
        String d = dir.toString();
        assertThat(r.err().split("\n"))
                .containsExactly(
                        d + "/empty.config:1:1: error: empty file",
                        d
                                + "/malformed.config:4:20: error: not well-formed XML: Unexpected close tag </system.webServer>; expected </asp>.",
                        d + "/nope.config:1:1: error: no such file or directory",
                        d
                                + "/other.xml:2:1: error: not IIS configuration: the root element is <project>, expected <configuration> (or an IIS section such as <system.webServer>)",
                        d
                                + "/text.config:1:1: error: not well-formed XML: Unexpected character 'h' (code 104) in prolog; expected '<'",
                        d
                                + "/xxe.config:2:1: error: DOCTYPE declarations are not allowed in IIS configuration files (refused: they can read other files or exhaust memory)");
        assertThat(r.out())
                .startsWith(golden("risky.txt").substring(0, 200))
                .endsWith(
                        "67 findings (15 errors, 23 warnings, 29 info) in 1 file; 2 suppressed; 6 files could not be linted; no policy file.\n");
        assertThat(r.out() + r.err())
                .doesNotContain("TOP-SECRET")
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
    }

    @Test
    void debugAddsTheStackTraceOnlyWhenAsked(@TempDir Path dir) throws IOException {
        write(dir, "bad.config", "<configuration><a></configuration>");
        String bad = dir.resolve("bad.config").toString();
        Cli plain = Cli.run(bad);
        assertThat(plain.err().lines())
                .singleElement()
                .asString()
                .isEqualTo(bad
                        + ":1:33: error: not well-formed XML: Unexpected close tag </configuration>; expected </a>.");
        Cli debug = Cli.run("--debug", bad);
        assertThat(debug.exit()).isEqualTo(2);
        assertThat(debug.err())
                .contains("WstxParsingException")
                .contains("\tat ")
                .endsWith(plain.err());
    }

    @Test
    void aStackTraceShowsTheInputsTextEscapedLikeAnyOtherLine(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad\n::error::forged.config");
        Files.writeString(bad, "<configuration><a></configuration>");
        Cli debug = Cli.run("--debug", bad.toString());
        assertThat(debug.exit()).isEqualTo(2);
        assertThat(debug.err()).contains("\tat ").contains("bad\\u{a}::error::forged.config");
        assertThat(debug.err().lines()).noneMatch(l -> l.startsWith("::"));
    }

    @Test
    void directoriesAreSearchedForConfigFilesByName(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("srv1/site"));
        Files.copy(Path.of(HARDENED), dir.resolve("srv1/APPLICATIONHOST.CONFIG"));
        Files.copy(Path.of(SITE), dir.resolve("srv1/site/Web.config"));
        write(dir, "srv1/notes.xml", "<notes/>");
        Cli r = Cli.run("--format", "json", dir.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out())
                .contains("\"path\": \"" + dir.resolve("srv1/APPLICATIONHOST.CONFIG") + "\"")
                .contains("\"path\": \"" + dir.resolve("srv1/site/Web.config") + "\"")
                .doesNotContain("notes.xml");
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Cli none = Cli.run(empty.toString());
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err())
                .isEqualTo(empty
                        + ":1:1: error: no web.config, *.web.config, *_web.config, *applicationHost*.config, machine.config, *_machine.config, administration.config, redirection.config, MetaBase*.xml or fcgiext.ini"
                        + " (any case) found in this directory: lint files named otherwise with --include GLOB\n");
    }

    @Test
    void outputFileGetsTheReportAndInputsAreNeverWritten(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("applicationHost.config");
        Files.copy(Path.of(RISKY), input);
        String before = sha256(input);
        Path report = dir.resolve("report.json");
        Cli r = Cli.run("check", "-f", "json", "-o", report.toString(), input.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(Files.readString(report)).startsWith("{\n  \"tool\": {").contains("\"ruleId\": \"IIS-101\"");
        Cli clash = Cli.run("check", "-o", input.toString(), input.toString());
        assertThat(clash.exit()).isEqualTo(2);
        assertThat(clash.err())
                .isEqualTo("iislint: error: --output " + input + " would overwrite an input file\n"
                        + "Try 'iislint check --help' for more information.\n");
        Cli clashInDir = Cli.run("check", "-o", input.toString(), dir.toString());
        assertThat(clashInDir.exit()).isEqualTo(2);
        assertThat(sha256(input)).isEqualTo(before);
    }

    @Test
    void ruleParametersChangeThresholdsAndAreValidated() {
        assertThat(Cli.run(RISKY).out()).contains("IIS-605 application pool 'Reports'");
        Cli relaxed = Cli.run("--param", "IIS-605.max=03:00:00", RISKY);
        assertThat(relaxed.out())
                .doesNotContain("IIS-605 application pool 'Reports'")
                .contains("IIS-605 application pool 'Shop'");
        Cli unknown = Cli.run("--param", "IIS-605.min=1", RISKY);
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err())
                .startsWith("iislint: error: --param IIS-605.min: rule IIS-605 has no parameter 'min' (it has: max)");
        Cli badType = Cli.run("--param", "IIS-603.max=lots", RISKY);
        assertThat(badType.exit()).isEqualTo(2);
        assertThat(badType.err()).startsWith("iislint: error: --param IIS-603.max=lots: expected a whole number");
        // a bad list of recycle events is a usage error naming the parameter, not an error blamed on the file
        Cli badEvents = Cli.run("--param", "IIS-504.required=Time,Lunch", RISKY);
        assertThat(badEvents.exit()).isEqualTo(2);
        assertThat(badEvents.err())
                .startsWith(
                        "iislint: error: --param IIS-504.required=Time,Lunch: expected recycle events such as Time, Schedule")
                .doesNotContain("internal error");
        assertThat(Cli.run("--param", "IIS-504.required=Time", RISKY).out())
                .doesNotContain("IIS-504 application pool 'Reports'")
                .contains("IIS-504 application pool 'Shop': recycles caused by Time are not written");
    }

    @Test
    void usageErrorsExit2() {
        Cli none = Cli.run();
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).startsWith("iislint: error: no files given: iislint [check] PATH...");
        assertThat(Cli.run("--format", "xml", RISKY).exit()).isEqualTo(2);
        assertThat(Cli.run("--fail-on", "fatal", RISKY).exit()).isEqualTo(2);
        assertThat(Cli.run("--bogus", RISKY).exit()).isEqualTo(2);
        assertThat(Cli.run("--fail-on", "fatal", RISKY).err())
                .startsWith("iislint: error: Invalid value for option '--fail-on': 'fatal'");
    }

    /** Two reports to one file would leave only the last; a format with a colon and no file, or a number that fits no type. */
    @Test
    void reportDestinationsAndNumbersAreCheckedBeforeLinting(@TempDir Path dir) {
        String r = dir.resolve("r.json").toString();
        Map<List<String>, String> cases = new LinkedHashMap<>();
        cases.put(
                List.of("-f", "json:" + r, "-f", "sarif:" + dir.resolve("sub/../r.json")),
                "two reports would go to " + dir.resolve("sub/../r.json") + ": give each its own file");
        cases.put(
                List.of("-f", "sarif:" + r, "-f", "text", "-o", r),
                "two reports would go to " + r + ": give each its own file");
        cases.put(List.of("-f", "json:"), "--format json: names no file after the colon");
        cases.put(
                List.of("--max-file-size", "99999999999999999999"),
                "Invalid value for option '--max-file-size': '99999999999999999999' is out of range");
        cases.put(List.of("--jobs", "two"), "Invalid value for option '--jobs': 'two' is not a whole number");
        for (Map.Entry<List<String>, String> c : cases.entrySet()) {
            List<String> args = new ArrayList<>(List.of("check", "--no-config"));
            args.addAll(c.getKey());
            args.add(RISKY);
            Cli run = Cli.run(args.toArray(String[]::new));
            assertThat(run.exit()).as(c.getKey().toString()).isEqualTo(2);
            assertThat(run.err())
                    .isEqualTo(
                            "iislint: error: " + c.getValue() + "\nTry 'iislint check --help' for more information.\n");
        }
        assertThat(dir).isEmptyDirectory();
    }

    /** What a script passes for an unset variable must not lint the current directory, or run no rule and pass. */
    @Test
    void emptyValuesAreUsageErrorsNotSilentChangesOfWhatIsChecked() {
        String rules = "rule ids, id prefixes, names or tags (see 'iislint rules')";
        Map<List<String>, String> cases = new LinkedHashMap<>();
        cases.put(
                List.of("check", ""),
                "check: an empty PATH was given (an unset variable?): name the files or directories to lint");
        cases.put(
                List.of("audit", RISKY, ""),
                "audit: an empty PATH was given (an unset variable?): name the files or directories to lint");
        cases.put(
                List.of("check", "--select", "", RISKY),
                "check: --select was given nothing (an unset variable?): give " + rules);
        cases.put(
                List.of("check", "--select", ",", RISKY),
                "check: --select was given nothing (an unset variable?): give " + rules);
        cases.put(
                List.of("check", "--ignore", " ", RISKY),
                "check: --ignore was given nothing (an unset variable?): give " + rules);
        cases.put(
                List.of("baseline", "create", "--profile", "", RISKY),
                "baseline create: --profile was given nothing (an unset variable?): give tags such as security or cis (see 'iislint rules')");
        cases.put(
                List.of("check", "--include", "[abc", "samples"),
                "check: bad --include/--exclude glob '[abc': missing ']' at character 4");
        for (Map.Entry<List<String>, String> c : cases.entrySet()) {
            Cli r = Cli.run(c.getKey().toArray(String[]::new));
            String command = c.getValue().substring(0, c.getValue().indexOf(": "));
            assertThat(r.exit()).as(c.getKey().toString()).isEqualTo(2);
            assertThat(r.out()).isEmpty();
            assertThat(r.err())
                    .isEqualTo("iislint: error: " + c.getValue().substring(command.length() + 2) + "\n"
                            + "Try 'iislint " + command + " --help' for more information.\n");
        }
        // an empty value beside real ones is only a stray comma
        assertThat(Cli.run("check", "--select", "IIS-101,", "--select", "", RISKY)
                        .out())
                .endsWith("1 finding (1 error, 0 warnings, 0 info) in 1 file; no policy file.\n");
    }

    @Test
    void helpVersionAndRules() {
        Cli help = Cli.run("--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out())
                .contains("Exit codes:")
                .contains("2   usage error, bad policy or baseline file, or an input that could not be");
        assertThat(Cli.run("check", "--help").out())
                .contains("--fail-on=SEVERITY")
                .contains("--param=RULE.NAME=VALUE")
                .contains("Exit codes:")
                .contains("1   findings at or above --fail-on (default: warning)");
        assertThat(Cli.run("--version").out()).isEqualTo("iislint 0.1.0\n");
        Cli rules = Cli.run("rules");
        assertThat(rules.exit()).isZero();
        assertThat(rules.out().lines().takeWhile(l -> !l.isEmpty()))
                .hasSize(io.iislint.catalog.Catalog.load().all().size())
                .first()
                .asString()
                .startsWith("IIS-001  error    config");
        // the audit's readiness checks follow in a section of their own: check never runs them
        assertThat(rules.out())
                .contains("\n\nAudit checks (iislint audit):\nMIG-101  fail     iis10       iis5-isolation-mode ")
                .contains("\nMIG-212  warn     appservice  connection-strings ");
        Cli one = Cli.run("rules", "pool-identity-localsystem");
        assertThat(one.out())
                .startsWith(
                        "IIS-101 pool-identity-localsystem: Application pool runs as LocalSystem\n"
                                + "severity: error   category: identity   tags: security, cis\n\nWhy\n  LocalSystem is the most privileged")
                .contains(
                        "\nBad\n  <applicationPools>\n    <add name=\"Shop\">\n      <processModel identityType=\"LocalSystem\" />\n")
                .contains(
                        "\nFix\n  appcmd set apppool /apppool.name:\"{pool}\" /processModel.identityType:ApplicationPoolIdentity\n")
                .contains(
                        "  - CIS IIS 10 1.4: Application pools run as ApplicationPoolIdentity or a dedicated low-privilege account\n");
        assertThat(Cli.run("explain", "IIS-101").out()).isEqualTo(one.out());
        assertThat(Cli.run("explain", "IIS-605").out())
                .contains("  max = 00:20:00  (timespan) The longest acceptable idle time-out.");
        assertThat(Cli.run("rules", "IIS-999").exit()).isEqualTo(2);
        Cli nope = Cli.run("explain", "nope");
        assertThat(nope.exit()).isEqualTo(2);
        assertThat(nope.err())
                .isEqualTo(
                        "iislint: error: unknown rule 'nope' (see 'iislint rules')\nTry 'iislint explain --help' for more information.\n");
        Cli completion = Cli.run("generate-completion");
        assertThat(completion.exit()).isZero();
        assertThat(completion.out())
                .startsWith("#!/usr/bin/env bash")
                .contains("explain")
                .contains("--fail-on");
    }

    private static void write(Path dir, String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static String sha256(Path p) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
    }
}
