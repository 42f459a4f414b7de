package io.iislint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.iislint.Golden;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatsTest {
    private static final String RISKY = "samples/risky/applicationHost.config";
    private static final Path SARIF_SCHEMA = Path.of("../shared/reference/sarif-schema-2.1.0.json");

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> samplesAndFormats() {
        List<org.junit.jupiter.params.provider.Arguments> all = new ArrayList<>();
        String[][] samples = {
            {"risky", RISKY, "1"},
            {"hardened", "samples/hardened/applicationHost.config", "0"},
            {"site", "samples/site/web.config", "1"},
            {"server", "samples/server", "1"},
            {"appcmd-apppools", "src/test/resources/exports/apppools.xml", "1"},
            {"appcmd-sites", "src/test/resources/exports/sites.xml", "1"},
            {"appcmd-config", "src/test/resources/exports/config-site.xml", "1"}
        };
        String[][] formats = {
            {"text", "txt"},
            {"json", "json"},
            {"sarif", "sarif"},
            {"junit", "junit.xml"},
            {"checkstyle", "checkstyle.xml"},
            {"github", "github.txt"},
            {"gitlab", "gitlab.json"},
            {"azure", "azure.txt"},
            {"html", "html"},
            {"powershell", "ps1"},
            {"appcmd", "cmd"}
        };
        for (String[] s : samples) {
            for (String[] f : formats) {
                all.add(org.junit.jupiter.params.provider.Arguments.of(
                        f[0], s[1], s[0] + "." + f[1], Integer.parseInt(s[2])));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{2}")
    @org.junit.jupiter.params.provider.MethodSource("samplesAndFormats")
    void everyFormatOfEverySampleMatchesItsGoldenFileByteForByte(String format, String sample, String golden, int exit)
            throws IOException {
        Cli r = Cli.run("--format", format, sample);
        assertThat(r.exit()).isEqualTo(exit);
        Golden.assertMatches(Path.of("src/test/resources/golden", golden), r.out());
    }

    @ParameterizedTest(name = "{0} --fail-on {1}")
    @CsvSource({
        "text, error, 1",
        "json, error, 1",
        "sarif, error, 1",
        "junit, error, 1",
        "checkstyle, error, 1",
        "github, error, 1",
        "sarif, warning, 1",
        "junit, warning, 1",
        "checkstyle, info, 1",
        "github, info, 1",
        "gitlab, error, 1",
        "gitlab, info, 1",
        "azure, error, 1",
        "azure, warning, 1",
        "html, warning, 1"
    })
    void exitCodesAreTheSameInEveryFormat(String format, String failOn, int webConfigExit) {
        assertThat(Cli.run("-f", format, "--fail-on", failOn, RISKY).exit()).isEqualTo(1);
        // the site web.config has warnings and an info, no error
        int expected = failOn.equals("error") ? 0 : webConfigExit;
        assertThat(Cli.run("-f", format, "--fail-on", failOn, "samples/site/web.config")
                        .exit())
                .isEqualTo(expected);
        assertThat(Cli.run("-f", format, "--fail-on", failOn, "samples/hardened/applicationHost.config")
                        .exit())
                .isZero();
        assertThat(Cli.run("-f", format, "missing.config").exit()).isEqualTo(2);
        assertThat(Cli.run("-f", format, "--exit-zero", RISKY).exit()).isZero();
    }

    @Test
    void selectionByIdPrefixNameAndTagAndUnknownValuesAreUsageErrors() {
        java.util.regex.Pattern id = java.util.regex.Pattern.compile(" (IIS-\\d{3,4}) ");
        java.util.function.Function<Cli, java.util.Set<String>> rules = r -> r.out()
                .lines()
                .map(id::matcher)
                .filter(java.util.regex.Matcher::find)
                .map(m -> m.group(1))
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
        assertThat(rules.apply(Cli.run("--select", "IIS-6", RISKY)))
                .containsExactly("IIS-601", "IIS-602", "IIS-603", "IIS-604", "IIS-605", "IIS-606");
        assertThat(rules.apply(Cli.run("--select", "pool-identity-localsystem,IIS-805", RISKY)))
                .containsExactly("IIS-101", "IIS-805");
        assertThat(rules.apply(Cli.run("--profile", "cis", "--ignore", "security", RISKY)))
                .containsExactly("IIS-202");
        assertThat(rules.apply(Cli.run("--select", "IIS-1", "--ignore", "IIS-105", "--ignore", "IIS-106", RISKY)))
                .containsExactly(
                        "IIS-101", "IIS-102", "IIS-103", "IIS-104", "IIS-107", "IIS-1306", "IIS-1308", "IIS-1309");
        Cli unknown = Cli.run("--select", "IIS-999", RISKY);
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err())
                .startsWith(
                        "iislint: error: --select IIS-999: no rule has this id, id prefix, name or tag (see 'iislint rules')");
        assertThat(Cli.run("--ignore", "nope", RISKY).exit()).isEqualTo(2);
        Cli profile = Cli.run("--profile", "pci", RISKY);
        assertThat(profile.exit()).isEqualTo(2);
        assertThat(profile.err())
                .startsWith(
                        "iislint: error: unknown profile 'pci' (profiles: cis, config, fcgiext, hygiene, iis6, kisa, migration, migration-blocker, performance, reliability, security, stig)");
    }

    @Test
    void sarifOfEverySampleIsValidAgainstTheSarif210Schema(@TempDir Path dir) throws IOException {
        assumeTrue(Files.exists(SARIF_SCHEMA), "the SARIF schema is in ../shared/reference in CI");
        JsonSchema schema;
        try (InputStream in = Files.newInputStream(SARIF_SCHEMA)) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
        }
        Files.writeString(dir.resolve("broken.config"), "<configuration>");
        List<String> runs = List.of(
                RISKY,
                "samples/hardened/applicationHost.config",
                "samples/site/web.config",
                dir.resolve("broken.config").toString(),
                "src/test/resources/exports/apppools.xml",
                "src/test/resources/exports/sites.xml",
                "src/test/resources/exports/config-site.xml");
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> checked = new ArrayList<>();
        for (String input : runs) {
            JsonNode sarif = json.readTree(Cli.run("--format", "sarif", input).out());
            Set<ValidationMessage> errors = schema.validate(sarif);
            assertThat(errors).as("SARIF of " + input).isEmpty();
            checked.add(sarif);
        }
        assertThat(checked.get(0).at("/runs/0/results").size()).isEqualTo(67);
        assertThat(checked.get(3)
                        .at("/runs/0/invocations/0/executionSuccessful")
                        .asBoolean())
                .isFalse();
    }

    /** Real third-party configurations (read in place from ../shared/corpus, never copied): valid SARIF for each. */
    @Test
    void sarifOfEveryCorpusFileIsValid() throws IOException {
        Path corpus = Path.of("../shared/corpus");
        assumeTrue(
                Files.exists(SARIF_SCHEMA) && Files.isDirectory(corpus),
                "the corpus and schema are in ../shared in CI");
        JsonSchema schema;
        try (InputStream in = Files.newInputStream(SARIF_SCHEMA)) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
        }
        ObjectMapper json = new ObjectMapper();
        List<Path> files;
        try (var walk = Files.walk(corpus)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(40);
        for (Path f : files) {
            Cli r = Cli.run("--format", "sarif", "--no-config", f.toString());
            assertThat(r.exit()).as(f.toString()).isBetween(0, 2);
            assertThat(schema.validate(json.readTree(r.out())))
                    .as("SARIF of " + f)
                    .isEmpty();
        }
    }

    @Test
    void sarifResultsPointAtTheirRulesAndCarryWhatGithubNeeds() throws IOException {
        JsonNode run = new ObjectMapper()
                .readTree(Cli.run("--format", "sarif", RISKY).out())
                .at("/runs/0");
        JsonNode rules = run.at("/tool/driver/rules");
        // the rules that ran: all but those off by default
        assertThat(rules.size())
                .isEqualTo(io.iislint.catalog.Catalog.load().all().stream()
                        .filter(r -> !r.offByDefault())
                        .count());
        assertThat(run.at("/tool/driver/semanticVersion").asText()).isEqualTo("0.1.0");
        for (JsonNode result : run.get("results")) {
            assertThat(rules.get(result.get("ruleIndex").asInt()).get("id").asText())
                    .isEqualTo(result.get("ruleId").asText());
            assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri")
                            .asText())
                    .isEqualTo(RISKY);
            assertThat(result.at("/partialFingerprints/iislint~1v1").asText()).hasSize(32);
        }
        JsonNode localSystem = rules.get(indexOf(rules, "IIS-101"));
        assertThat(localSystem.at("/id").asText()).isEqualTo("IIS-101");
        assertThat(localSystem.at("/defaultConfiguration/level").asText()).isEqualTo("error");
        assertThat(localSystem.at("/properties/security-severity").asText()).isEqualTo("8.0");
        JsonNode requestLimit = rules.get(indexOf(rules, "IIS-502"));
        assertThat(requestLimit.at("/defaultConfiguration/level").asText()).isEqualTo("note");
        assertThat(requestLimit.at("/properties").has("security-severity")).isFalse();
    }

    private static int indexOf(JsonNode rules, String id) {
        for (int i = 0; i < rules.size(); i++)
            if (rules.get(i).at("/id").asText().equals(id)) return i;
        throw new AssertionError(id + " is not among the SARIF rules");
    }

    @Test
    void fingerprintsSurviveLinesMovingButNotAChangeOfSubject(@TempDir Path dir) throws IOException {
        Path moved = dir.resolve("applicationHost.config");
        String original = Files.readString(Path.of(RISKY));
        Files.writeString(moved, original.replace("<configuration>", "<configuration>\n\n<!-- moved down -->\n"));
        Path copy = dir.resolve("orig/applicationHost.config");
        Files.createDirectories(copy.getParent());
        Files.writeString(copy, original);
        List<String> before = fingerprints(copy.toString(), dir.resolve("orig"));
        List<String> after = fingerprints(moved.toString(), dir);
        assertThat(after).containsExactlyInAnyOrderElementsOf(before);
        Files.writeString(
                moved, original.replace("name=\"Shop\" managedRuntimeVersion", "name=\"Store\" managedRuntimeVersion"));
        assertThat(fingerprints(moved.toString(), dir)).isNotEqualTo(before);
    }

    /** Fingerprints of one file's findings, with the file's directory as the working directory of the SARIF paths. */
    private static List<String> fingerprints(String file, Path base) throws IOException {
        var report = new io.iislint.report.SarifReport(base);
        // The fingerprint uses the path as given; make both runs give the same relative name.
        String relative = base.relativize(Path.of(file)).toString();
        String sarif = runFrom(base, relative, report);
        List<String> out = new ArrayList<>();
        for (JsonNode r : new ObjectMapper().readTree(sarif).at("/runs/0/results"))
            out.add(r.at("/partialFingerprints/iislint~1v1").asText());
        return out;
    }

    private static String runFrom(Path base, String relative, io.iislint.report.SarifReport reporter)
            throws IOException {
        try {
            var engine = new io.iislint.engine.Engine(new java.io.PrintWriter(java.io.Writer.nullWriter()))
                    .session(io.iislint.engine.LintRequest.of(List.of(relative)));
            var result = engine.lint(relative, Files.readAllBytes(base.resolve(relative)));
            var report = new io.iislint.report.Report(
                    "test", engine.rules(), List.of(result), io.iislint.finding.Severity.WARNING, false);
            var w = new java.io.StringWriter();
            reporter.write(report, w);
            return w.toString();
        } catch (io.iislint.source.InputError e) {
            throw new AssertionError(e.diagnostic(), e);
        }
    }
}
