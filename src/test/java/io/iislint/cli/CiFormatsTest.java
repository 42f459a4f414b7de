package io.iislint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.iislint.CodeQualityCheck;
import io.iislint.LoggingCommand;
import io.iislint.catalog.Catalog;
import io.iislint.catalog.RuleDocs;
import io.iislint.catalog.RuleInfo;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The CI formats as their consumers read them: GitLab Code Quality against the rules GitLab's reader applies
 * ({@link CodeQualityCheck}), Azure Pipelines logging commands as the agent parses them ({@link LoggingCommand}),
 * JUnit against the structure of the Jenkins xUnit schema (src/test/resources/schemas/junit.xsd, with the JDK's XML
 * Schema validator) and following --fail-on, SARIF's rule links and its pipeline identity.
 */
class CiFormatsTest {
    private static final String RISKY = "samples/risky/applicationHost.config";
    private static final String SITE = "samples/site/web.config";
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<String> samples() {
        return Stream.of(
                RISKY,
                "samples/hardened/applicationHost.config",
                SITE,
                "samples/server",
                "samples/iis6",
                "src/test/resources/exports/apppools.xml",
                "src/test/resources/exports/sites.xml",
                "missing/applicationHost.config");
    }

    /** The findings and the inputs that could not be linted, as the JSON report counts them. */
    private static int[] counts(String sample) throws IOException {
        JsonNode json = JSON.readTree(Cli.run("-f", "json", sample).out());
        int errors = 0;
        for (JsonNode f : json.get("files")) if (!f.get("error").isNull()) errors++;
        return new int[] {json.get("findings").size(), errors};
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void gitlabCodeQualityOfEverySampleIsWhatGitlabReadsWholly(String sample) throws IOException {
        Cli r = Cli.run("-f", "gitlab", sample);
        assertThat(CodeQualityCheck.problems(r.out())).isEmpty();
        int[] counts = counts(sample);
        JsonNode issues = JSON.readTree(r.out());
        assertThat(issues.size()).isEqualTo(counts[0] + counts[1]);
        // the first finding with a fingerprint keeps the one SARIF and the baseline use
        JsonNode sarif = JSON.readTree(Cli.run("-f", "sarif", sample).out()).at("/runs/0/results");
        List<String> sarifPrints = new ArrayList<>();
        for (JsonNode s : sarif)
            sarifPrints.add(s.at("/partialFingerprints/iislint~1v1").asText());
        List<String> gitlabPrints = new ArrayList<>();
        for (JsonNode i : issues)
            if (!i.get("check_name").asText().equals("iislint/input"))
                gitlabPrints.add(i.get("fingerprint").asText());
        assertThat(gitlabPrints).containsExactlyElementsOf(sarifPrints);
    }

    @Test
    void gitlabIssueOfTheSiteSampleNamesRuleSeverityPathAndLine() throws IOException {
        JsonNode first = JSON.readTree(Cli.run("-f", "gitlab", SITE).out()).get(1);
        assertThat(first.get("check_name").asText()).isEqualTo("IIS-804 directory-browsing");
        assertThat(first.get("severity").asText()).isEqualTo("major");
        assertThat(first.at("/location/path").asText()).isEqualTo(SITE);
        assertThat(first.at("/location/lines/begin").asInt()).isEqualTo(26);
        assertThat(first.get("description").asText())
                .startsWith(
                        "IIS-804 config path 'samples/site/web.config <location path=\"downloads\">': directory browsing is on");
    }

    @Test
    void gitlabTellsApartTwoFindingsThatShareAFingerprint() throws IOException {
        // inside the working directory, so that the report's paths are relative to it, as in a repository
        Files.createDirectories(Path.of("target"));
        Path dir = Files.createTempDirectory(Path.of("target"), "gitlab-");
        // two sites bound to the same address: IIS-904 reports the binding of each; the same site named twice by
        // one rule gives the same subject twice
        Path config = dir.resolve("applicationHost.config");
        Files.writeString(
                config,
                "<configuration><system.applicationHost><sites>\n"
                        + "<site name=\"A\" id=\"1\"><application path=\"/\"><virtualDirectory path=\"/\" physicalPath=\"C:\\a\"/></application>"
                        + "<bindings><binding protocol=\"http\" bindingInformation=\"*:80:\"/><binding protocol=\"http\" bindingInformation=\"*:80:\"/></bindings></site>\n"
                        + "<site name=\"A\" id=\"2\"><application path=\"/\"><virtualDirectory path=\"/\" physicalPath=\"C:\\b\"/></application>"
                        + "<bindings><binding protocol=\"http\" bindingInformation=\"*:80:\"/></bindings></site>\n"
                        + "</sites></system.applicationHost></configuration>\n");
        Cli sarif = Cli.run("--no-config", "-f", "sarif", config.toString());
        Map<String, Integer> seen = new HashMap<>();
        for (JsonNode s : JSON.readTree(sarif.out()).at("/runs/0/results"))
            seen.merge(s.at("/partialFingerprints/iislint~1v1").asText(), 1, Integer::sum);
        assertThat(seen.values()).as("the case repeats a fingerprint").anyMatch(n -> n > 1);
        Cli gitlab = Cli.run("--no-config", "-f", "gitlab", config.toString());
        assertThat(CodeQualityCheck.problems(gitlab.out())).isEmpty();
        assertThat(JSON.readTree(gitlab.out()).size())
                .isEqualTo(JSON.readTree(sarif.out()).at("/runs/0/results").size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void azureLoggingCommandsOfEverySampleAreOneIssueALineAsTheAgentReadsThem(String sample) throws IOException {
        Cli r = Cli.run("-f", "azure", sample);
        int[] counts = counts(sample);
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(counts[0] + counts[1]);
        for (String line : lines) {
            assertThat(line).startsWith("##vso[task.logissue type=");
            LoggingCommand c = LoggingCommand.parse(line).orElseThrow();
            assertThat(c.area() + "." + c.event()).isEqualTo("task.logissue");
            assertThat(c.properties().keySet())
                    .containsExactly("type", "sourcepath", "linenumber", "columnnumber", "code");
            assertThat(c.properties().get("type")).isIn("error", "warning");
            assertThat(c.properties().get("linenumber")).matches("[1-9]\\d*");
            assertThat(c.properties().get("code")).matches("IIS-\\d{3,4}|input");
            assertThat(c.message()).doesNotContain("\r");
            String[] parts = c.message().split("\n", -1);
            assertThat(parts.length).isLessThanOrEqualTo(2);
            if (parts.length == 2) assertThat(parts[1]).startsWith("fix: ");
        }
    }

    @Test
    void azureIssueOfAnInfoFindingIsAWarningThatSaysInfo() {
        String line = Cli.run("-f", "azure", SITE).out().lines().findFirst().orElseThrow();
        LoggingCommand c = LoggingCommand.parse(line).orElseThrow();
        assertThat(c.properties())
                .containsEntry("type", "warning")
                .containsEntry("sourcepath", SITE)
                .containsEntry("linenumber", "17")
                .containsEntry("columnnumber", "13")
                .containsEntry("code", "IIS-301");
        assertThat(c.message())
                .startsWith("info IIS-301 handler 'PHP83': FastCGI handler buffers")
                .contains(
                        "\nfix: appcmd set config \"SITE/APP\" /section:system.webServer/handlers \"/[name='PHP83'].responseBufferLimit:0\"");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void junitOfEverySampleHasTheStructureOfTheJenkinsXunitSchemaAndItsCountsAddUp(String sample) throws Exception {
        String xml = Cli.run("-f", "junit", sample).out();
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(Path.of("src/test/resources/schemas/junit.xsd").toFile())
                .newValidator()
                .validate(new StreamSource(new StringReader(xml)));
        Document doc = parse(xml);
        Element root = doc.getDocumentElement();
        NodeList suites = root.getElementsByTagName("testsuite");
        int tests = 0, failures = 0;
        for (int i = 0; i < suites.getLength(); i++) {
            Element suite = (Element) suites.item(i);
            int cases = suite.getElementsByTagName("testcase").getLength();
            int failed = 0;
            NodeList cs = suite.getElementsByTagName("testcase");
            for (int j = 0; j < cs.getLength(); j++)
                if (((Element) cs.item(j)).getElementsByTagName("failure").getLength() > 0) failed++;
            assertThat(suite.getAttribute("tests")).isEqualTo(Integer.toString(cases));
            assertThat(suite.getAttribute("failures")).isEqualTo(Integer.toString(failed));
            tests += cases;
            failures += failed;
        }
        assertThat(root.getAttribute("tests")).isEqualTo(Integer.toString(tests));
        assertThat(root.getAttribute("failures")).isEqualTo(Integer.toString(failures));
    }

    @Test
    void junitFailsOnlyTheFindingsAtOrAboveFailOnAndListsTheOthersAsOutput() throws Exception {
        // the site web.config: IIS-301 info, IIS-804 and IIS-805 warnings
        Cli atError = Cli.run("-f", "junit", "--fail-on", "error", SITE);
        assertThat(atError.exit()).isZero();
        Document doc = parse(atError.out());
        assertThat(doc.getElementsByTagName("failure").getLength()).isZero();
        assertThat(doc.getDocumentElement().getAttribute("failures")).isEqualTo("0");
        assertThat(outputOf(doc, "IIS-804 directory-browsing"))
                .startsWith("1 finding below --fail-on error:\nsamples/site/web.config:26:30: warning config path");
        Cli atWarning = Cli.run("-f", "junit", SITE);
        assertThat(atWarning.exit()).isEqualTo(1);
        Document warned = parse(atWarning.out());
        assertThat(failed(warned)).containsExactly("IIS-804 directory-browsing", "IIS-805 mime-wildcard");
        assertThat(outputOf(warned, "IIS-301 fastcgi-response-buffered"))
                .startsWith("1 finding below --fail-on warning:\nsamples/site/web.config:17:13: info handler 'PHP83'");
        Cli atInfo = Cli.run("-f", "junit", "--fail-on", "info", SITE);
        assertThat(failed(parse(atInfo.out())))
                .containsExactly(
                        "IIS-301 fastcgi-response-buffered", "IIS-804 directory-browsing", "IIS-805 mime-wildcard");
        // the risky sample fails every rule with an error or warning finding, and none with info findings only
        Document risky = parse(Cli.run("-f", "junit", RISKY).out());
        assertThat(failed(risky))
                .contains("IIS-101 pool-identity-localsystem", "IIS-104 pool-account-shared")
                .doesNotContain("IIS-502 pool-request-limit-unset", "IIS-605 idle-timeout");
    }

    @Test
    void junitGivesAFileTestCasesForTheRulesThatJudgeItsKind() throws Exception {
        Catalog catalog = Catalog.load();
        Document site = parse(Cli.run("-f", "junit", SITE).out());
        assertThat(caseNames(site))
                .containsExactly(
                        "IIS-001 invalid-config-value",
                        "IIS-002 invalid-suppression",
                        "IIS-003 unused-suppression",
                        "IIS-005 section-locked",
                        "IIS-006 section-not-allowed-here",
                        "IIS-007 setting-locked",
                        "IIS-008 web-config-ignored",
                        "IIS-010 sub-dir-config-off",
                        "IIS-105 anonymous-user-fixed",
                        "IIS-106 anonymous-password-cleartext",
                        "IIS-110 legacy-account-name",
                        "IIS-301 fastcgi-response-buffered",
                        "IIS-401 asp-parent-paths",
                        "IIS-402 asp-script-errors-to-browser",
                        "IIS-403 asp-limits-raised",
                        "IIS-404 asp-debugging",
                        "IIS-506 inproc-session-lost-on-recycle",
                        "IIS-803 handler-write-and-execute",
                        "IIS-804 directory-browsing",
                        "IIS-805 mime-wildcard",
                        "IIS-806 handler-not-allowed-by-restrictions",
                        "IIS-807 handler-shadowed",
                        "IIS-808 handler-system-console-program",
                        "IIS-809 executable-scripts-directory",
                        "IIS-810 handler-write-access",
                        "IIS-811 handler-processor-type",
                        "IIS-1101 compilation-debug",
                        "IIS-1102 trace-enabled",
                        "IIS-1103 custom-errors-off",
                        "IIS-1104 aspnet-version-header",
                        "IIS-1105 cookies-httponly-off",
                        "IIS-1106 cookies-require-ssl-off",
                        "IIS-1107 session-cookieless",
                        "IIS-1108 session-timeout-long",
                        "IIS-1109 forms-require-ssl-off",
                        "IIS-1110 forms-cookieless",
                        "IIS-1111 forms-protection-weak",
                        "IIS-1112 connection-string-password-cleartext",
                        "IIS-1113 forms-password-format-clear",
                        "IIS-1114 machine-key-explicit",
                        "IIS-1116 thread-settings-ignored",
                        "IIS-1117 free-threads-low",
                        "IIS-1118 thread-settings-inconsistent",
                        "IIS-1120 outgoing-connection-limit-low",
                        "IIS-1121 kernel-output-cache-disabled",
                        "IIS-1123 trust-level-full",
                        "IIS-1124 machine-key-weak-validation",
                        "IIS-1125 machine-key-weak-decryption",
                        "IIS-1126 session-state-mode",
                        "IIS-1127 session-compression-enabled",
                        "IIS-1128 asp-session-id-not-secure",
                        "IIS-1129 asp-on-end-not-anonymous",
                        "IIS-1130 forms-credentials-stored",
                        "IIS-1132 app-setting-secret",
                        "IIS-1133 connection-string-password-elsewhere",
                        "IIS-1134 session-expired-id-reused",
                        "IIS-1201 http-errors-detailed",
                        "IIS-1202 x-powered-by-header",
                        "IIS-1203 server-header-not-removed",
                        "IIS-1204 double-escaping-allowed",
                        "IIS-1205 high-bit-characters-allowed",
                        "IIS-1206 unlisted-extensions-allowed",
                        "IIS-1207 request-limits-raised",
                        "IIS-1208 trace-verb-allowed",
                        "IIS-1209 denied-extension-allowed",
                        "IIS-1210 hidden-segment-removed",
                        "IIS-1211 basic-auth-without-ssl",
                        "IIS-1212 vulnerable-script-mapping",
                        "IIS-1213 mime-shell-programs",
                        "IIS-1214 webdav-authoring-enabled",
                        "IIS-1301 logging-disabled",
                        "IIS-1318 dynamic-ip-restrictions-off");
        List<String> risky = caseNames(parse(Cli.run("-f", "junit", RISKY).out()));
        assertThat(risky)
                .contains("IIS-101 pool-identity-localsystem", "IIS-904 binding-conflict")
                .doesNotContain(
                        "IIS-004 expired-exemption",
                        "IIS-005 section-locked",
                        "IIS-009 shared-configuration",
                        "IIS-108 anonymous-password-sync",
                        "IIS-206 iis5-isolation-mode",
                        "IIS-307 fcgiext-setting-dropped");
        assertThat(risky.size()).isLessThan(catalog.all().size());
    }

    @Test
    void sarifLinksEveryRuleToItsPageAndNamesTheToolInFull() throws IOException {
        JsonNode run = JSON.readTree(Cli.run("-f", "sarif", RISKY).out()).at("/runs/0");
        assertThat(run.at("/tool/driver/fullName").asText()).isEqualTo("iislint 0.1.0");
        Map<String, RuleInfo> byId = new HashMap<>();
        for (RuleInfo r : Catalog.load().all()) byId.put(r.id(), r);
        for (JsonNode rule : run.at("/tool/driver/rules")) {
            String id = rule.get("id").asText();
            assertThat(rule.get("helpUri").asText())
                    .isEqualTo(RuleDocs.url(byId.get(id)))
                    .isEqualTo("https://github.com/iislint/iislint/blob/main/docs/rules/" + id + ".md");
            assertThat(Path.of("docs/rules", id + ".md")).exists();
        }
        assertThat(run.has("automationDetails")).as("outside Azure Pipelines").isFalse();
    }

    @Test
    void readmeShowsARealAzureLine() throws IOException {
        assertThat(Files.readString(Path.of("README.md")))
                .contains("```\n"
                        + Cli.run("-f", "azure", SITE).out().lines().findFirst().orElseThrow() + "\n```");
    }

    @Test
    void explainEndsWithTheRulesPageOnTheWeb() {
        assertThat(Cli.run("explain", "IIS-101").out())
                .endsWith("\nPage: https://github.com/iislint/iislint/blob/main/docs/rules/IIS-101.md\n\n");
        assertThat(Cli.run("explain", "MIG-101").out())
                .contains("\nPage: https://github.com/iislint/iislint/blob/main/docs/rules/MIG-101.md\n");
    }

    private static final Map<String, String> PIPELINE = Map.of(
            "TF_BUILD", "True",
            "SYSTEM_COLLECTIONURI", "https://dev.azure.com/contoso/",
            "SYSTEM_TEAMPROJECTID", "0f1e2d3c-4b5a-6978-8695-a4b3c2d1e0f9",
            "BUILD_DEFINITIONID", "42",
            "BUILD_DEFINITIONNAME", "iis-configs",
            "BUILD_BUILDID", "1234",
            "SYSTEM_PHASEID", "3a6b1c2d-4e5f-4a7b-8c9d-0e1f2a3b4c5d",
            "SYSTEM_PHASENAME", "Lint",
            "BUILD_SOURCEBRANCH", "refs/heads/main");

    @Test
    void inAnAzurePipelineSarifNamesThePipelineAsGhazdoRequires() {
        AzurePipeline.Found found = AzurePipeline.from(PIPELINE::get);
        assertThat(found.warning()).isEmpty();
        var automation = found.automation().orElseThrow();
        assertThat(automation.id())
                .isEqualTo(
                        "azuredevops/pipeline/build/contoso/0f1e2d3c-4b5a-6978-8695-a4b3c2d1e0f9/42/3a6b1c2d-4e5f-4a7b-8c9d-0e1f2a3b4c5d/refs/heads/main/1234");
        assertThat(automation.properties())
                .containsExactly(
                        Map.entry("azuredevops/pipeline/build/buildDefinitionId", "42"),
                        Map.entry("azuredevops/pipeline/build/buildDefinitionName", "iis-configs"),
                        Map.entry("azuredevops/pipeline/build/phaseId", "3a6b1c2d-4e5f-4a7b-8c9d-0e1f2a3b4c5d"),
                        Map.entry("azuredevops/pipeline/build/phaseName", "Lint"));
        // an organisation's old address, a branch without refs/, the job variables in place of the phase's
        Map<String, String> old = new HashMap<>(PIPELINE);
        old.put("SYSTEM_COLLECTIONURI", "https://contoso.visualstudio.com/");
        old.put("BUILD_SOURCEBRANCH", "main");
        old.remove("SYSTEM_PHASEID");
        old.put("SYSTEM_JOBID", "3a6b1c2d-4e5f-4a7b-8c9d-0e1f2a3b4c5d");
        assertThat(AzurePipeline.from(old::get).automation().orElseThrow().id())
                .isEqualTo(
                        "azuredevops/pipeline/build/contoso/0f1e2d3c-4b5a-6978-8695-a4b3c2d1e0f9/42/3a6b1c2d-4e5f-4a7b-8c9d-0e1f2a3b4c5d/refs/heads/main/1234");
        // outside a pipeline: nothing; a pipeline the variables do not name: nothing, and one warning line
        assertThat(AzurePipeline.from(Map.<String, String>of()::get)).isEqualTo(AzurePipeline.Found.NONE);
        Map<String, String> partial = new HashMap<>(PIPELINE);
        partial.remove("BUILD_BUILDID");
        partial.put("SYSTEM_TEAMPROJECTID", "not-a-guid");
        AzurePipeline.Found missing = AzurePipeline.from(partial::get);
        assertThat(missing.automation()).isEmpty();
        assertThat(missing.warning().orElseThrow())
                .isEqualTo(
                        "iislint: warning: TF_BUILD is set, but the Azure Pipelines variables do not name the pipeline"
                                + " (SYSTEM_TEAMPROJECTID is not a GUID; BUILD_BUILDID is not set): the SARIF report's"
                                + " automationDetails names none, and GitHub Advanced Security for Azure DevOps will not take it");
    }

    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> caseNames(Document doc) {
        List<String> names = new ArrayList<>();
        NodeList cases = doc.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) names.add(((Element) cases.item(i)).getAttribute("name"));
        return names;
    }

    private static List<String> failed(Document doc) {
        List<String> names = new ArrayList<>();
        NodeList cases = doc.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
            Element c = (Element) cases.item(i);
            if (c.getElementsByTagName("failure").getLength() > 0) names.add(c.getAttribute("name"));
        }
        return names;
    }

    private static String outputOf(Document doc, String caseName) {
        NodeList cases = doc.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
            Element c = (Element) cases.item(i);
            if (c.getAttribute("name").equals(caseName))
                return c.getElementsByTagName("system-out").item(0).getTextContent();
        }
        throw new AssertionError("no test case " + caseName);
    }
}
