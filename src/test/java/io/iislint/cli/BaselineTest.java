package io.iislint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {

    private static Path copyRisky(Path dir) throws IOException {
        Path config = dir.resolve("applicationHost.config");
        Files.copy(Path.of("samples/risky/applicationHost.config"), config);
        return config;
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String s = Files.readString(file);
        assertThat(s).contains(from);
        Files.writeString(file, s.replace(from, to));
    }

    @Test
    void onlyNewFindingsAreReportedAfterLinesShiftAndFixedOnesAreStale(@TempDir Path dir) throws IOException {
        Path config = copyRisky(dir);
        Path baseline = dir.resolve("baseline.json");
        Cli created = Cli.run("baseline", "create", "-o", baseline.toString(), config.toString());
        assertThat(created.exit()).isZero();
        assertThat(created.out()).isEqualTo("Wrote 67 findings to " + baseline + ".\n");

        Cli clean = Cli.run("check", "--baseline", baseline.toString(), config.toString());
        assertThat(clean.exit()).isZero();
        assertThat(clean.out()).isEqualTo("No findings in 1 file; 2 suppressed; 67 in the baseline; no policy file.\n");

        edit(config, "<configuration>", "<configuration>\n\n<!-- three lines down -->\n"); // every line moves
        edit(config, "queueLength=\"50\">", "queueLength=\"50\" managedPipelineMode=\"Classic\">"); // a new finding
        edit(
                config,
                "<asp enableParentPaths=\"true\" scriptErrorSentToBrowser=\"true\" />",
                "<asp scriptErrorSentToBrowser=\"true\" />"); // a fixed one
        Cli after = Cli.run("check", "--baseline", baseline.toString(), config.toString());
        assertThat(after.exit()).isZero(); // the new finding is info, below --fail-on warning
        assertThat(after.out().lines().filter(l -> !l.startsWith("    ")).toList())
                .containsExactly(
                        config
                                + ":16:76: info IIS-701 application pool 'Shop': uses the Classic pipeline: ASP.NET runs as an ISAPI"
                                + " extension, apart from IIS's own authentication, authorization and request filtering"
                                + " (managedPipelineMode=Classic, set at line 16)",
                        "1 finding (0 errors, 0 warnings, 1 info) in 1 file; 2 suppressed; 66 in the baseline;"
                                + " 1 baseline entry no longer found (fixed? run 'iislint baseline prune'); no policy file.");
        assertThat(Cli.run("check", "--fail-on", "info", "--baseline", baseline.toString(), config.toString())
                        .exit())
                .isEqualTo(1);

        Cli pruned = Cli.run("baseline", "prune", "--baseline", baseline.toString(), config.toString());
        assertThat(pruned.exit()).isZero();
        assertThat(pruned.out()).isEqualTo("Removed 1 stale entry from " + baseline + "; 66 remain.\n");
        assertThat(Files.readString(baseline)).doesNotContain("IIS-401\"");
        assertThat(Cli.run("check", "--baseline", baseline.toString(), config.toString())
                        .out())
                .endsWith(
                        "1 finding (0 errors, 0 warnings, 1 info) in 1 file; 2 suppressed; 66 in the baseline; no policy file.\n");
    }

    @Test
    void aBaselineThatCannotBeWrittenIsOneLineAndNeverReportedAsWritten(@TempDir Path dir) throws IOException {
        Path config = copyRisky(dir);
        Path nowhere = dir.resolve("no-such-dir/baseline.json");
        Cli created = Cli.run("baseline", "create", "-o", nowhere.toString(), config.toString());
        assertThat(created.exit()).isEqualTo(2);
        assertThat(created.out()).isEmpty();
        assertThat(created.err())
                .isEqualTo(nowhere + ": error: cannot write the baseline: no such directory: " + nowhere.getParent()
                        + "\n");

        Path report = dir.resolve("report.json");
        Cli check = Cli.run(
                "check", "-f", "json:" + nowhere.resolveSibling("r.json"), "-o", report.toString(), config.toString());
        assertThat(check.exit()).isEqualTo(2);
        assertThat(check.err())
                .isEqualTo(nowhere.resolveSibling("r.json") + ": error: cannot write the report: no such directory: "
                        + nowhere.getParent() + "\n");
    }

    @Test
    void theBaselineFileIsStableAndReadable(@TempDir Path dir) throws IOException {
        Path config = copyRisky(dir);
        Cli.run("baseline", "create", "-o", dir.resolve("a.json").toString(), config.toString());
        Cli.run("baseline", "create", "-o", dir.resolve("b.json").toString(), config.toString());
        String a = Files.readString(dir.resolve("a.json"));
        assertThat(a).isEqualTo(Files.readString(dir.resolve("b.json")));
        assertThat(a)
                .startsWith("{\n  \"iislintBaseline\": 1,\n  \"findings\": [\n    {\n      \"fingerprint\": ")
                .contains("\"subject\": \"application pool 'Shop'\"")
                .doesNotContain("\"line\"");
    }

    @Test
    void badOrMissingBaselinesAreErrors(@TempDir Path dir) throws IOException, InterruptedException {
        Path config = copyRisky(dir);
        Files.writeString(
                dir.resolve("broken.json"), "{\"iislintBaseline\": 1,\n \"findings\": [ {\"ruleId\": \"IIS-101\"} ]}");
        Cli broken = Cli.run("check", "--baseline", dir.resolve("broken.json").toString(), config.toString());
        assertThat(broken.exit()).isEqualTo(2);
        assertThat(broken.err())
                .isEqualTo(dir.resolve("broken.json")
                        + ":2:37: error: a baseline entry needs \"fingerprint\" and \"ruleId\"\n");
        Files.writeString(dir.resolve("other.json"), "{\"name\": \"not a baseline\"}");
        assertThat(Cli.run("check", "--baseline", dir.resolve("other.json").toString(), config.toString())
                        .err())
                .endsWith("error: not an iislint baseline (no \"iislintBaseline\" field)\n");
        Cli missing = Cli.run("check", "--baseline", dir.resolve("nope.json").toString(), config.toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err())
                .isEqualTo(dir.resolve("nope.json")
                        + ":1:1: error: no such baseline file (create one with 'iislint baseline create')\n");
        assertThat(Cli.run("baseline", "create", "-o", config.toString(), config.toString())
                        .exit())
                .isEqualTo(2);
        assertThat(Cli.run("baseline").exit()).isEqualTo(2);

        Map<Path, String> hostile = new LinkedHashMap<>();
        hostile.put(
                Files.write(
                        dir.resolve("latin1.json"),
                        "{\"iislintBaseline\": 1, \"x\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1)),
                ":1:33: error: invalid UTF-8 byte sequence at byte offset 32");
        hostile.put(
                Files.writeString(dir.resolve("long-number.json"), "{\"iislintBaseline\": " + "9".repeat(2000) + "}"),
                ":1:2021: error: not valid JSON: Number value length (2000) exceeds the maximum allowed (1000)");
        hostile.put(
                Files.writeString(dir.resolve("deep.json"), "{\"x\": " + "[".repeat(5000) + "]".repeat(5000) + "}"),
                ":1:1007: error: not valid JSON: Document nesting depth (1001) exceeds the maximum allowed (1000)");
        hostile.put(Files.createDirectory(dir.resolve("dir.json")), ":1:1: error: is a directory, not a file");
        Path fifo = dir.resolve("fifo.json");
        new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor(); // reading it would wait for a writer forever
        hostile.put(fifo, ":1:1: error: is not a regular file (a pipe, socket or device)");
        for (Map.Entry<Path, String> h : hostile.entrySet()) {
            Cli r = Cli.run("check", "--baseline", h.getKey().toString(), config.toString());
            assertThat(r.exit()).as(h.getKey().toString()).isEqualTo(2);
            assertThat(r.err()).isEqualTo(h.getKey() + h.getValue() + "\n");
        }
    }

    /**
     * Only one JSON object, each key once, is a baseline: anything after it ({@code {…} trailing}, a second object,
     * a NUL) or a repeated key used to be ignored. Every error is in plain words at its line and column, with
     * nothing of the JSON library's internals (its option names, a redacted source).
     */
    @Test
    void aBaselineIsOneStrictJsonObjectAndItsErrorsArePlainWords(@TempDir Path dir) throws IOException {
        Path config = copyRisky(dir);
        String ok = "{\"iislintBaseline\": 1, \"findings\": []}";
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put(ok + " trailing", "1:40: error: not valid JSON: more after the end of the baseline's object");
        cases.put(ok + "{\"x\": 1}", "1:39: error: not valid JSON: more after the end of the baseline's object");
        cases.put(ok + "\n]", "2:1: error: not valid JSON: more after the end of the baseline's object");
        cases.put(ok + "\u0000", "1:39: error: not valid JSON: more after the end of the baseline's object");
        cases.put(
                "{\"iislintBaseline\": 1,\n \"iislintBaseline\": 1, \"findings\": []}",
                "2:2: error: not valid JSON: the key \"iislintBaseline\" appears twice in one object");
        cases.put(
                "{\"iislintBaseline\": 1, \"findings\": [{\"fingerprint\": \"a\", \"fingerprint\": \"b\", \"ruleId\": \"IIS-101\"}]}",
                "1:58: error: not valid JSON: the key \"fingerprint\" appears twice in one object");
        cases.put("{\"iislintBaseline\": NaN}", "1:24: error: not valid JSON: 'NaN' is not a JSON value");
        cases.put("{\"iislintBaseline\": +1}", "1:22: error: not valid JSON: a number cannot start with '+'");
        cases.put("{\"iislintBaseline\": 01}", "1:22: error: not valid JSON: a number cannot start with 0");
        cases.put("{\"iislintBaseline\": tru}", "1:21: error: not valid JSON: 'tru' is not a JSON value");
        cases.put("{\"iislintBaseline\": .5}", "1:21: error: not valid JSON: unexpected '.' where a value should be");
        cases.put(
                "{\"iislintBaseline\": 1, 'findings': []}",
                "1:24: error: not valid JSON: unexpected ''' where a key in double quotes should be");
        cases.put(
                "{\"iislintBaseline\": 1,}",
                "1:23: error: not valid JSON: unexpected '}' where a key in double quotes should be");
        cases.put(
                "{\"iislintBaseline\": 1 \"findings\": []}",
                "1:23: error: not valid JSON: unexpected '\"' where a comma or '}' should be");
        cases.put(
                "{\"iislintBaseline\": 1, \"x\": [1 2]}",
                "1:32: error: not valid JSON: unexpected '2' where a comma or ']' should be");
        cases.put(
                "{\"iislintBaseline\": 1, /* c */ \"findings\": []}",
                "1:24: error: not valid JSON: unexpected '/': JSON has no comments");
        cases.put(
                "{\"iislintBaseline\": -}",
                "1:22: error: not valid JSON: unexpected '}' in a number: a digit should follow '-'");
        cases.put(
                "{\"iislintBaseline\": 1, \"findings\": [}",
                "1:37: error: not valid JSON: unexpected '}': the array opened at line 1, column 36 is not closed");
        cases.put(
                "{\"iislintBaseline\": 1, \"findings\": [",
                "1:37: error: not valid JSON: the file ends before the array opened at line 1, column 36 is closed");
        cases.put(
                "{\"iislintBaseline\": 1, \"findings\": [{\"ruleId\": \"IIS-1",
                "1:54: error: not valid JSON: the file ends inside a string");
        cases.put(
                "{\"a\u0000\": 1}",
                "1:4: error: not valid JSON: a control character (code 0) must be written as an escape (\\u0000) in a string");
        cases.put(
                "{\"iislintBaseline\": 1, \"findings\": [\u0001]}",
                "1:37: error: not valid JSON: a control character (code 1) where only white space may be");
        int i = 0;
        for (Map.Entry<String, String> c : cases.entrySet()) {
            Path file = Files.writeString(dir.resolve("case" + i++ + ".json"), c.getKey());
            Cli r = Cli.run("check", "--no-config", "--baseline", file.toString(), config.toString());
            assertThat(r.exit()).as(c.getKey()).isEqualTo(2);
            assertThat(r.out()).as(c.getKey()).isEmpty();
            assertThat(r.err())
                    .as(c.getKey())
                    .isEqualTo(file + ":" + c.getValue() + "\n")
                    .doesNotContain("`", "Feature", "[Source", "REDACTED", "Jackson", "code 39", "code 125");
        }
        // still accepted: any white space after the object, and a byte-order mark before it
        Files.writeString(dir.resolve("spaced.json"), "\uFEFF" + ok + " \r\n\t\n");
        assertThat(Cli.run(
                                "check",
                                "--no-config",
                                "--baseline",
                                dir.resolve("spaced.json").toString(),
                                config.toString())
                        .exit())
                .isEqualTo(1);
    }

    /**
     * {@code baseline prune} judges only what it checked: entries of rules that did not run (--select, --ignore,
     * --profile, a policy's disabled rule) or of files not linted this time stay, and {@code check} does not count
     * them as no longer found.
     */
    @Test
    void pruneRemovesOnlyEntriesItChecked(@TempDir Path dir) throws IOException {
        Path servers = dir.resolve("servers");
        for (String s : List.of("web01", "web02")) {
            Files.createDirectories(servers.resolve(s));
            Files.writeString(
                    servers.resolve(s + "/applicationHost.config"),
                    "<configuration><system.applicationHost><applicationPools>"
                            + "<add name=\"Shop\"><processModel identityType=\"LocalSystem\"/></add></applicationPools></system.applicationHost></configuration>\n");
        }
        Path baseline = dir.resolve("baseline.json");
        String b = baseline.toString();
        assertThat(Cli.run("baseline", "create", "--no-config", "-o", b, servers.toString())
                        .out())
                .isEqualTo("Wrote 8 findings to " + b + ".\n");
        String all = Files.readString(baseline);

        assertThat(Cli.run(
                                "baseline",
                                "prune",
                                "--no-config",
                                "--baseline",
                                b,
                                "--select",
                                "IIS-101",
                                servers.toString())
                        .out())
                .isEqualTo("Removed 0 stale entries from " + b + "; 8 remain, 6 of them not checked by this run.\n");
        assertThat(Cli.run(
                                "baseline",
                                "prune",
                                "--no-config",
                                "--baseline",
                                b,
                                "--ignore",
                                "IIS-101",
                                servers.resolve("web01").toString())
                        .out())
                .isEqualTo("Removed 0 stale entries from " + b + "; 8 remain, 5 of them not checked by this run.\n");
        assertThat(Cli.run(
                                "baseline",
                                "prune",
                                "--no-config",
                                "--baseline",
                                b,
                                "--profile",
                                "security",
                                servers.toString())
                        .exit())
                .isZero();
        assertThat(Files.readString(baseline)).isEqualTo(all);
        assertThat(Cli.run("check", "--no-config", "--baseline", b, servers.toString())
                        .out())
                .isEqualTo("No findings in 2 files; 8 in the baseline; no policy file.\n");

        // a narrow check says nothing about the entries it did not check
        assertThat(Cli.run(
                                "check",
                                "--no-config",
                                "--baseline",
                                b,
                                "--select",
                                "IIS-101",
                                servers.resolve("web02").toString())
                        .out())
                .isEqualTo("No findings in 1 file; 1 in the baseline; no policy file.\n");

        // web01's pool fixed: a narrow prune removes exactly its entry, and leaves web02's
        Path web01 = servers.resolve("web01/applicationHost.config");
        edit(web01, "LocalSystem", "ApplicationPoolIdentity");
        assertThat(Cli.run("check", "--no-config", "--baseline", b, "--select", "IIS-101", servers.toString())
                        .out())
                .isEqualTo(
                        "No findings in 2 files; 1 in the baseline; 1 baseline entry no longer found (fixed? run 'iislint baseline prune'); no policy file.\n");
        assertThat(Cli.run("baseline", "prune", "--no-config", "--baseline", b, "--select", "IIS-101", web01.toString())
                        .out())
                .isEqualTo("Removed 1 stale entry from " + b + "; 7 remain, 7 of them not checked by this run.\n");
        assertThat(Files.readString(baseline))
                .contains("web02/applicationHost.config")
                .doesNotContain("\"ruleId\": \"IIS-101\",\n      \"file\": \"" + web01);
        assertThat(Cli.run("check", "--no-config", "--baseline", b, servers.toString())
                        .out())
                .isEqualTo("No findings in 2 files; 7 in the baseline; no policy file.\n");
    }
}
