package io.iislint.cli;

import static io.iislint.cli.ControlCharacterTest.assertNoRawControls;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.iislint.CodeQualityCheck;
import io.iislint.LoggingCommand;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * Every output format over configurations built to break them: names and values with every C0 and C1 control
 * (character references in an XML 1.1 document, raw bytes in an fcgiext.ini), bidi controls, every kind of quote,
 * {@code ::} and {@code ##vso[} commands, {@code </script>}, and file names with controls, bidi controls and
 * U+FFFE/U+FFFF (which no XML or ini content may hold: those files are refused, and their errors reported). Each
 * report is read back with a real parser: JSON with Jackson, SARIF also against the SARIF 2.1.0 schema, JUnit and
 * Checkstyle with the JDK's XML parser, GitHub commands against their syntax, GitLab Code Quality against what
 * GitLab's reader keeps, Azure Pipelines logging commands as the agent parses them, text line by line.
 */
class HostileOutputTest {
    @TempDir
    static Path dir;

    private static final Path SARIF_SCHEMA = Path.of("../shared/reference/sarif-schema-2.1.0.json");
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** Every C0 control but NUL, DEL and every C1 control, as XML 1.1 character references. */
    private static final String C0 = refs(0x01, 0x1F);

    private static final String C1 = refs(0x7F, 0x9F);
    private static final String BIDI =
            "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C\u2028\u2029\uFEFF";
    private static final String QUOTES = "&quot;'‘’‚‛“”„`$%!&amp;&lt;>|^(;)";
    private static final String CI =
            "&#10;::error file=x,line=1::forged&#10;##vso[task.setvariable variable=X]y&#13;&lt;/script>&lt;script>alert(1)&lt;/script>]]>";
    /** The pools' names as the reader sees them (what JSON must carry exactly). */
    private static final List<String> POOLS =
            List.of("P0 " + text(C0), "P1 " + text(C1), "P2 " + BIDI, "P3 " + text(QUOTES + CI));

    static Path config;
    static Path ini;
    static Path metabase;
    static Path broken;
    static Path nonCharacter;
    static List<String> inputs;

    private static String refs(int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int c = from; c <= to; c++)
            sb.append("&#x").append(Integer.toHexString(c)).append(';');
        return sb.toString();
    }

    /** An attribute value's text as an XML parser reads it (references and entities replaced). */
    private static String text(String attribute) {
        StringBuilder sb = new StringBuilder();
        var m = Pattern.compile("&(#x[0-9a-f]+|#[0-9]+|quot|amp|lt|gt|apos);").matcher(attribute);
        int last = 0;
        while (m.find()) {
            sb.append(attribute, last, m.start());
            String ref = m.group(1);
            switch (ref) {
                case "quot" -> sb.append('"');
                case "amp" -> sb.append('&');
                case "lt" -> sb.append('<');
                case "gt" -> sb.append('>');
                case "apos" -> sb.append('\'');
                default ->
                    sb.appendCodePoint(
                            ref.startsWith("#x")
                                    ? Integer.parseInt(ref.substring(2), 16)
                                    : Integer.parseInt(ref.substring(1)));
            }
            last = m.end();
        }
        return sb.append(attribute.substring(last)).toString();
    }

    private static Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    @BeforeAll
    static void inputs() throws IOException {
        String[] raw = {"P0 " + C0, "P1 " + C1, "P2 " + BIDI, "P3 " + QUOTES + CI};
        StringBuilder x = new StringBuilder(
                "<?xml version=\"1.1\"?>\n<configuration>\n<system.applicationHost>\n<applicationPools>\n");
        for (String p : raw) {
            x.append("<add name=\"")
                    .append(p)
                    .append("\" managedRuntimeVersion=\"v2.0")
                    .append(C0)
                    .append("\">")
                    .append("<processModel identityType=\"SpecificUser\" userName=\"")
                    .append(p)
                    .append("\" password=\"s")
                    .append(C1)
                    .append("\"/>")
                    .append("</add>\n");
        }
        x.append("</applicationPools>\n<sites>\n");
        for (int i = 0; i < raw.length; i++) {
            x.append("<site name=\"S")
                    .append(raw[i])
                    .append("\" id=\"")
                    .append(i + 1)
                    .append("\">")
                    .append("<application path=\"/a")
                    .append(raw[i])
                    .append("\" applicationPool=\"")
                    .append(raw[i])
                    .append("\">")
                    .append("<virtualDirectory path=\"/\" physicalPath=\"\\\\srv\\")
                    .append(raw[i])
                    .append("\" userName=\"u")
                    .append(raw[i])
                    .append("\" password=\"p\"/></application>")
                    .append("<bindings><binding protocol=\"http\" bindingInformation=\"*:8")
                    .append(i)
                    .append(':')
                    .append(raw[i])
                    .append("\"/></bindings></site>\n");
        }
        x.append("</sites>\n</system.applicationHost>\n<system.webServer><handlers>\n");
        for (int i = 0; i < raw.length; i++) {
            x.append("<add name=\"H")
                    .append(raw[i])
                    .append("\" path=\"*.p")
                    .append(i)
                    .append("\" verb=\"*\" modules=\"FastCgiModule\" scriptProcessor=\"C:\\")
                    .append(raw[i])
                    .append("\" resourceType=\"File\"/>\n");
        }
        x.append("</handlers></system.webServer>\n");
        for (String p : raw) {
            x.append("<location path=\"L")
                    .append(p)
                    .append("\"><system.webServer><directoryBrowse enabled=\"true\"/>")
                    .append("<staticContent><mimeMap fileExtension=\".*")
                    .append(p)
                    .append("\" mimeType=\"a/b\"/></staticContent>")
                    .append("<security><authentication><anonymousAuthentication userName=\"A")
                    .append(p)
                    .append("\" password=\"x\"/></authentication></security>")
                    .append("</system.webServer></location>\n");
        }
        x.append("<!-- iislint-disable-file IIS-9")
                .append(C0.replace("&#x", "x"))
                .append(" --></configuration>\n");
        config =
                write("srv\u001b[31m\u202e\uFFFE\n::error::x##vso[y]\u0085\u2028/applicationHost.config", x.toString());

        ini = write(
                "ini\u0007\u202e/fcgiext.ini",
                "[Types]\nphp=PHP\u001b[31m\u202e\npy:2=Py\u0001\u0085\n\n"
                        + "[PHP\u001b[31m\u202e]\nExePath=C:\\php\\php-cgi.exe\u009b2J\u0000\u007f\nArguments=a\"b'c‘d%e!f&g|h\u202e\n"
                        + "StderrMode=X\u001b]0;owned\u0007\u001b[1A\u001b[2K\nResponseBufferLimit=0\u0008\u0008\nSignalBeforeTerminateSeconds=\u202e5\n"
                        + "\n[Py\u0001\u0085]\nExePath=C:\\py\u0002\\python.exe\nArguments=::error::x\nIgnoreExistingFiles=##vso[task.complete]\n");

        StringBuilder mb = new StringBuilder(
                "<?xml version=\"1.1\"?>\n<configuration xmlns=\"urn:microsoft-catalog:XML_Metabase_V64_0\"><MBProperty>\n"
                        + "<IIsWebService Location=\"/LM/W3SVC\" IIs5IsolationModeEnabled=\"FALSE\" AspEnableParentPaths=\"TRUE\"/>\n");
        for (int i = 0; i < raw.length; i++) {
            mb.append("<IIsApplicationPool Location=\"/LM/W3SVC/AppPools/")
                    .append(raw[i])
                    .append("\" AppPoolIdentityType=\"0\"/>\n")
                    .append("<IIsWebServer Location=\"/LM/W3SVC/")
                    .append(i + 1)
                    .append("\" ServerComment=\"")
                    .append(raw[i])
                    .append("\" ServerBindings=\":80:")
                    .append(raw[i])
                    .append("\" SecureBindings=\":443:\"/>\n")
                    .append("<IIsWebVirtualDir Location=\"/LM/W3SVC/")
                    .append(i + 1)
                    .append("/ROOT\" AppPoolId=\"")
                    .append(raw[i])
                    .append("\" Path=\"\\\\unc\\")
                    .append(raw[i])
                    .append("\" AppRoot=\"/LM/W3SVC/")
                    .append(i + 1)
                    .append("/ROOT\"/>\n");
        }
        metabase = write(
                "mb\u001b]0;t\u0007/MetaBase.xml",
                mb.append("</MBProperty></configuration>\n").toString());

        broken = write("bad\r\n##vso[task.complete]\u009b\uFFFF/web.config", "<configuration>\n<a b=\"\u202e");
        nonCharacter = write(
                "nonchar\u202e/web.config",
                "<configuration>\n<directoryBrowse enabled=\"x\uFFFFy\"/></configuration>\n");
        inputs = List.of(
                config.toString(), ini.toString(), metabase.toString(), broken.toString(), nonCharacter.toString());
    }

    private static Cli check(String format) {
        List<String> args = new ArrayList<>(List.of("check", "--no-config", "-f", format));
        args.addAll(inputs);
        Cli r = Cli.run(args.toArray(String[]::new));
        assertThat(r.exit()).as(format).isEqualTo(2);
        return r;
    }

    /** The findings as the JSON report has them: its files, findings and the count of files refused. */
    private static JsonNode json() throws IOException {
        return JSON.readTree(check("json").out());
    }

    @Test
    void everyRefusedFileIsOneErrorLineOnStandardError() {
        Cli r = check("text");
        List<String> lines = r.err().lines().toList();
        assertThat(lines).hasSize(2);
        assertNoRawControls(r.err());
        assertThat(lines).allMatch(l -> l.matches(".+:\\d+:\\d+: error: .+"));
        assertThat(lines)
                .anyMatch(
                        l -> l.startsWith(
                                dir
                                        + "/nonchar\\u{202e}/web.config:2:28: error: not well-formed XML: U+FFFF is not a character XML allows"));
    }

    @Test
    void jsonParsesAndCarriesEveryNameExactly() throws IOException {
        String out = check("json").out();
        JsonNode root = JSON.readTree(out);
        assertThat(root.get("files")).hasSize(5);
        assertThat(root.at("/summary/filesFailed").asInt()).isEqualTo(2);
        List<String> subjects = new ArrayList<>();
        for (JsonNode f : root.get("findings"))
            subjects.add(f.at("/subject/name").asText());
        assertThat(subjects).containsAll(POOLS);
        assertThat(root.get("files"))
                .extracting(f -> f.get("path").asText())
                .contains(config.toString(), broken.toString());
        // the exact text, with every control, bidi control and separator written as a \\u escape
        assertNoRawControls(out);
    }

    @Test
    void sarifParsesIsValidAndEveryUriResolvesToItsFile() throws Exception {
        String out = check("sarif").out();
        JsonNode sarif = JSON.readTree(out);
        assertNoRawControls(out);
        if (Files.exists(SARIF_SCHEMA)) {
            JsonSchema schema;
            try (InputStream in = Files.newInputStream(SARIF_SCHEMA)) {
                schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4)
                        .getSchema(in);
            }
            assertThat(schema.validate(sarif)).isEmpty();
        }
        URI base = Path.of("").toAbsolutePath().toUri();
        List<JsonNode> locations = new ArrayList<>();
        sarif.at("/runs/0/results").forEach(r -> locations.add(r.at("/locations/0/physicalLocation")));
        sarif.at("/runs/0/invocations/0/toolExecutionNotifications")
                .forEach(n -> locations.add(n.at("/locations/0/physicalLocation")));
        assertThat(locations).hasSizeGreaterThan(40);
        List<String> files = new ArrayList<>();
        for (JsonNode l : locations) {
            URI uri = new URI(l.at("/artifactLocation/uri").asText());
            assertThat(uri.isAbsolute())
                    .as(uri.toString())
                    .isTrue(); // the temporary folder is outside the working directory
            files.add(Path.of(base.resolve(uri)).toString());
        }
        assertThat(files).containsAll(inputs);
    }

    @Test
    void junitAndCheckstyleAreWellFormedXmlWhateverTheNamesHold() throws Exception {
        JsonNode json = json();
        int findings = json.get("findings").size();
        for (String format : List.of("junit", "checkstyle")) {
            String out = check(format).out();
            Document doc = DocumentBuilderFactory.newInstance()
                    .newDocumentBuilder()
                    .parse(new ByteArrayInputStream(out.getBytes(StandardCharsets.UTF_8)));
            if (format.equals("checkstyle")) {
                assertThat(doc.getElementsByTagName("file").getLength()).isEqualTo(5);
                assertThat(doc.getElementsByTagName("error").getLength()).isEqualTo(findings + 2);
            } else {
                assertThat(doc.getElementsByTagName("testsuite").getLength()).isEqualTo(5);
                assertThat(doc.getElementsByTagName("error").getLength()).isEqualTo(2);
            }
            assertNoRawControls(out.replace("&#10;", "").replace("&#13;", "").replace("&#9;", ""));
        }
    }

    private static final Pattern GITHUB = Pattern.compile(
            "::(error|warning|notice) file=[^,:\\r\\n]*,line=[1-9]\\d*,col=[1-9]\\d*,title=[^,:\\r\\n]*::[^\\r\\n]*");

    @Test
    void githubCommandsAreOursAndWellFormedOneALine() throws IOException {
        int findings = json().get("findings").size();
        String out = check("github").out();
        assertNoRawControls(out);
        List<String> lines = out.lines().toList();
        assertThat(lines).hasSize(findings + 2);
        for (String line : lines) {
            assertThat(line).matches(GITHUB);
            // the message as the runner reads it: one line, and a second only for the fix
            String message = unescape(line.substring(line.indexOf("::", 2) + 2));
            assertThat(message).doesNotContain("\r");
            assertThat(message.split("\n", -1)).hasSizeLessThanOrEqualTo(2);
            if (message.contains("\n"))
                assertThat(message.substring(message.indexOf('\n') + 1)).startsWith("fix: ");
        }
        assertThat(out).doesNotContain("\n##vso").doesNotContain("\n::error file=x");
    }

    @Test
    void gitlabCodeQualityIsWhatGitlabReadsAndShowsNothingRaw() throws IOException {
        int findings = json().get("findings").size();
        String out = check("gitlab").out();
        // the inputs lie in a temporary folder outside the working directory, so their paths stay absolute
        assertThat(CodeQualityCheck.problems(out)).allMatch(p -> p.contains(".location.path is not relative"));
        JsonNode issues = JSON.readTree(out);
        assertThat(issues.size()).isEqualTo(findings + 2);
        for (JsonNode issue : issues) {
            assertNoRawControls(issue.get("description").asText());
            assertNoRawControls(issue.at("/location/path").asText());
        }
    }

    @Test
    void azureLoggingCommandsAreOursAndTheAgentReadsOneIssueALine() throws IOException {
        int findings = json().get("findings").size();
        String out = check("azure").out();
        assertNoRawControls(out);
        List<String> lines = out.lines().toList();
        assertThat(lines).hasSize(findings + 2);
        for (String line : lines) {
            assertThat(line).startsWith("##vso[task.logissue type=");
            // the head ends at the first ']': nothing from a name may come before it unescaped
            String head = line.substring(0, line.indexOf(']') + 1);
            assertThat(head)
                    .matches(
                            "##vso\\[task\\.logissue type=(error|warning);sourcepath=[^;\\]]*;linenumber=[1-9]\\d*;columnnumber=[1-9]\\d*;code=(IIS-\\d{3,4}|input)\\]");
            LoggingCommand c = LoggingCommand.parse(line).orElseThrow();
            assertThat(c.properties()).hasSize(5);
            assertThat(c.message()).doesNotContain("\r");
            assertThat(c.message().split("\n", -1)).hasSizeLessThanOrEqualTo(2);
            // the message's second line, when there is one, is the fix: a name cannot add a line of its own
            if (c.message().contains("\n"))
                assertThat(c.message().substring(c.message().indexOf('\n') + 1)).startsWith("fix: ");
        }
        // the forged command in a pool's name stays inside the message, escaped
        assertThat(out).doesNotContain("\n##vso[task.setvariable").doesNotContain("]y");
    }

    /** A workflow command's data as GitHub's runner reads it back. */
    private static String unescape(String data) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < data.length(); i++) {
            String code = data.startsWith("%", i) && i + 3 <= data.length() ? data.substring(i, i + 3) : "";
            String c = switch (code) {
                case "%25" -> "%";
                case "%0D" -> "\r";
                case "%0A" -> "\n";
                case "%3A" -> ":";
                case "%2C" -> ",";
                default -> null;
            };
            if (c == null) {
                sb.append(data.charAt(i));
            } else {
                sb.append(c);
                i += 2;
            }
        }
        return sb.toString();
    }

    private static final Pattern FINDING =
            Pattern.compile(".+:[1-9]\\d*:[1-9]\\d*: (error|warning|info) IIS-\\d{3,4} .+");

    @Test
    void textHasOneLinePerFindingAndNoRawControl() throws IOException {
        int findings = json().get("findings").size();
        Cli r = check("text");
        assertNoRawControls(r.out());
        List<String> lines = r.out().lines().toList();
        assertThat(lines.stream().filter(l -> FINDING.matcher(l).matches()).count())
                .isEqualTo(findings);
        for (String l : lines.subList(0, lines.size() - 1)) {
            assertThat(FINDING.matcher(l).matches() || l.matches("    fix( \\(PowerShell\\)| \\(IIS 6\\))?: .+"))
                    .as(l)
                    .isTrue();
        }
        assertThat(lines.get(lines.size() - 1))
                .matches("\\d+ findings \\(.*\\) in 3 files(; .*)?; 2 files could not be linted; no policy file\\.");
        assertThat(lines).noneMatch(l -> l.startsWith("::") || l.startsWith("##"));
    }

    @Test
    void theAuditInEveryFormatParsesAndKeepsItsLines() throws IOException {
        String[] files = {metabase.toString(), ini.toString(), broken.toString()};
        Cli text = Cli.run("audit", files[0], files[1], files[2]);
        assertThat(text.exit()).isEqualTo(2);
        assertNoRawControls(text.out());
        assertNoRawControls(text.err());
        assertThat(text.err().lines()).hasSize(1);
        assertThat(text.out().lines()).noneMatch(l -> l.startsWith("::") || l.startsWith("##"));

        Cli md = Cli.run("audit", "-f", "markdown", files[0], files[1], files[2]);
        assertNoRawControls(md.out());
        // every line is one the report writes: a heading, a table row, a list item, the summary or blank
        for (String l : md.out().lines().toList()) {
            assertThat(l.isEmpty()
                            || l.matches(
                                    "(# IIS migration audit|## .+ \\((MetaBase\\.xml|fcgiext\\.ini)\\)|## Files that could not be audited"
                                            + "|### .+|\\| .+ \\||\\|---.*|- .+|\\d+ sites? audited\\. .+|No sites in this file\\..*"
                                            + "|IIS version: IIS 6 \\(an IIS 6 metabase\\))"))
                    .as(l)
                    .isTrue();
        }
        assertThat(md.out())
                .doesNotContainPattern("(?<!\\\\)<"); // no tag and no comment: every < from an input is escaped

        Cli json = Cli.run("audit", "-f", "json", files[0], files[1], files[2]);
        JsonNode root = JSON.readTree(json.out());
        assertThat(root.get("files")).hasSize(2);
        assertThat(root.get("errors")).hasSize(1);
        assertNoRawControls(json.out());
        List<String> sites = new ArrayList<>();
        root.at("/files/0/sites").forEach(s -> sites.add(s.get("name").asText()));
        assertThat(sites).hasSize(4).contains(POOLS.get(0), POOLS.get(2));
    }

    @Test
    void theHtmlReportsHoldOnlyTheirOwnElementsAndShowEveryNameAsText() {
        Cli html = check("html");
        assertNoRawControls(html.out());
        org.jsoup.nodes.Document doc = HtmlDom.parse(html.out());
        HtmlDom.assertInert(doc);
        String shown = doc.body().wholeText();
        for (String pool : POOLS) assertThat(shown).contains(io.iislint.text.Escape.line(pool));
        Cli audit = Cli.run("audit", "-f", "html", metabase.toString(), ini.toString(), broken.toString());
        assertThat(audit.exit()).isEqualTo(2);
        assertNoRawControls(audit.out());
        HtmlDom.assertInert(HtmlDom.parse(audit.out()));
        assertThat(HtmlDom.parse(audit.out()).select("#errors li")).hasSize(1);
    }
}
