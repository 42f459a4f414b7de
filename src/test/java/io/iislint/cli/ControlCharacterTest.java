package io.iislint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Control and invisible characters from an input (a value, a section name, a file name, a policy value, a
 * command-line argument) are shown escaped (backslash, u, the code in hex in braces: LF as <code>&#92;u{a}</code>, ESC as
 * <code>&#92;u{1b}</code>, U+202E as <code>&#92;u{202e}</code>: a backslash and u would start a Unicode escape in the
 * source) wherever a person or a
 * CI runner reads lines: the text report, standard error, the audit's text and Markdown, the github format. One
 * finding or error stays one line, and no input can start a line of its own ({@code ##vso[…]}, {@code ::error::}).
 */
class ControlCharacterTest {
    @TempDir
    Path dir;

    private static final String FORGED =
            "Shop&#10;##vso[task.setvariable variable=DEPLOY_TARGET]attacker&#10;::error file=x::forged";
    private static final String FORGED_SHOWN =
            "Shop\\u{a}##vso[task.setvariable variable=DEPLOY_TARGET]attacker\\u{a}::error file=x::forged";

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private static String pool(String name, String identity) {
        return "<configuration><system.applicationHost><applicationPools><add name=\"" + name
                + "\"><processModel identityType=\"" + identity
                + "\"/></add></applicationPools></system.applicationHost></configuration>\n";
    }

    /** No raw C0 control but the line feeds that end lines, no DEL, C1 control or bidi control, in any line. */
    static void assertNoRawControls(String output) {
        for (String line : output.split("\n", -1)) {
            assertThat(line.codePoints()
                            .filter(ControlCharacterTest::isEscapedKind)
                            .boxed()
                            .toList())
                    .as("controls in: " + line)
                    .isEmpty();
        }
    }

    static boolean isEscapedKind(int c) {
        return c < 0x20
                || (c >= 0x7f && c <= 0x9f)
                || c == 0x061c
                || c == 0x200e
                || c == 0x200f
                || (c >= 0x202a && c <= 0x202e)
                || (c >= 0x2066 && c <= 0x2069)
                || c == 0x2028
                || c == 0x2029
                || c == 0xfeff
                || c == 0xfffe
                || c == 0xffff;
    }

    @Test
    void newlinesInAPoolNameCannotStartLinesOfTheirOwnInTheTextReport() throws IOException {
        Path config = write("web01/applicationHost.config", pool(FORGED, "LocalSystem"));
        Cli r = Cli.run("check", "--no-config", "--select", "IIS-101", config.toString());
        assertThat(r.exit()).isEqualTo(1);
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(4);
        int column = pool(FORGED, "LocalSystem").indexOf("identityType") + 1;
        assertThat(lines.get(0))
                .isEqualTo(
                        config + ":1:" + column + ": error IIS-101 application pool '" + FORGED_SHOWN
                                + "': the worker process runs as LocalSystem: code in this pool has full control of the server (identityType=LocalSystem, set at line 1)");
        assertThat(lines.get(3)).isEqualTo("1 finding (1 error, 0 warnings, 0 info) in 1 file; no policy file.");
        assertThat(lines).noneMatch(l -> l.startsWith("##vso[") || l.startsWith("::"));
        assertNoRawControls(r.out());
    }

    @Test
    void escapeSequencesInAnFcgiextValueAreShownNotSentToTheTerminal() throws IOException {
        Path ini = write(
                "fcgiext.ini",
                "[Types]\nphp=PHP\n\n[PHP]\nExePath=C:\\php.exe\nStderrMode=X\u001b]0;owned\u0007\u001b[1A\u001b[2K\n");
        for (String format : List.of("text", "github")) {
            Cli r = Cli.run("check", "--no-config", "-f", format, ini.toString());
            assertThat(r.out()).as(format).contains("X\\u{1b}]0;owned\\u{7}\\u{1b}[1A\\u{1b}[2K");
            assertNoRawControls(r.out());
        }
    }

    @Test
    void bidiOverridesAndC1ControlsAreShownEscaped() throws IOException {
        // U+202E (right-to-left override) and U+009B (the C1 control sequence introducer), raw in an XML 1.0 document
        Path config = write("applicationHost.config", pool("Shop\u202Etxt.exe\u009B2J", "LocalSystem"));
        Cli r = Cli.run("check", "--no-config", "--select", "IIS-101", config.toString());
        assertThat(r.out()).contains("application pool 'Shop\\u{202e}txt.exe\\u{9b}2J'");
        assertNoRawControls(r.out());
        // XML 1.1 lets C0 controls in as character references
        Path xml11 = write(
                "xml11/applicationHost.config",
                "<?xml version=\"1.1\"?>\n" + pool("Shop&#x1b;[2J&#x7f;&#x1;", "LocalSystem"));
        Cli r11 = Cli.run("check", "--no-config", "--select", "IIS-101", xml11.toString());
        assertThat(r11.out()).contains("application pool 'Shop\\u{1b}[2J\\u{7f}\\u{1}'");
        assertNoRawControls(r11.out());
    }

    @Test
    void aBackslashIsEscapedOnlyWhereItWouldReadAsAnEscape() throws IOException {
        // Windows paths keep their backslashes; only a backslash that would read as the start of an escape (before
        // "u{") is itself written escaped
        Path config = write("applicationHost.config", pool("C:\\new\\u{1b}\\temp&#10;x", "LocalSystem"));
        Cli r = Cli.run("check", "--no-config", "--select", "IIS-101", config.toString());
        assertThat(r.out()).contains("application pool 'C:\\new\\u{5c}u{1b}\\temp\\u{a}x'");
    }

    @Test
    void aPolicyErrorStaysOneLine() throws IOException {
        Path config = write("applicationHost.config", pool("Shop", "LocalSystem"));
        Path policy = write(
                "p.xml",
                "<iislint><rule id=\"IIS-9&#10;##vso[task.complete result=Succeeded]\" enabled=\"false\"/></iislint>");
        Cli r = Cli.run("check", "--config", policy.toString(), config.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err())
                .isEqualTo(
                        policy
                                + ":1:10: error: unknown rule 'IIS-9\\u{a}##vso[task.complete result=Succeeded]' (see 'iislint rules')\n");
    }

    @Test
    void aFileNameWithControlCharactersStaysOneLineInTheReportAndOnStandardError() throws IOException {
        Path linted = write("a\nb\u001b[31m/applicationHost.config", pool("Shop", "LocalSystem"));
        Path broken = write("c\r\n::error::forged/web.config", "<configuration>");
        Cli r = Cli.run("check", "--no-config", "--select", "IIS-101", linted.toString(), broken.toString());
        assertThat(r.exit()).isEqualTo(2);
        String shownLinted = linted.toString().replace("\n", "\\u{a}").replace("\u001b", "\\u{1b}");
        String shownBroken = broken.toString().replace("\r", "\\u{d}").replace("\n", "\\u{a}");
        assertThat(r.out().lines().toList())
                .first()
                .asString()
                .startsWith(shownLinted + ":1:89: error IIS-101 application pool 'Shop'");
        assertThat(r.err())
                .isEqualTo(
                        shownBroken
                                + ":1:15: error: not well-formed XML: Unexpected EOF; was expecting a close tag for element <configuration>\n");
        assertNoRawControls(r.out());
        assertNoRawControls(r.err());
    }

    @Test
    void aCommandLineValueEchoedInAUsageErrorStaysOneLine() {
        Cli r = Cli.run("check", "--format", "x\n##vso[task.complete]\u001b[2J", "web.config");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().lines().toList())
                .first()
                .isEqualTo(
                        "iislint: error: Invalid value for option '--format': 'x\\u{a}##vso[task.complete]\\u{1b}[2J' (expected text, json, sarif, junit, checkstyle, github, gitlab, azure, html, powershell or appcmd)");
        assertThat(r.err().lines()).noneMatch(l -> l.startsWith("##vso"));
        assertNoRawControls(r.err());
        Cli explain = Cli.run("explain", "IIS-1\n##vso[task.complete]");
        assertThat(explain.err().lines().toList())
                .first()
                .isEqualTo("iislint: error: unknown rule 'IIS-1\\u{a}##vso[task.complete]' (see 'iislint rules')");
    }

    @Test
    void baselineMessagesNameTheirFileOnOneLine() throws IOException {
        Path config = write("applicationHost.config", pool("Shop", "LocalSystem"));
        Path out = dir.resolve("base\nline.json");
        Cli r = Cli.run("baseline", "create", "--no-config", "-o", out.toString(), config.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).endsWith("to " + dir + "/base\\u{a}line.json.\n");
        assertNoRawControls(r.out());
    }

    private static final String METABASE =
            "<configuration xmlns=\"urn:microsoft-catalog:XML_Metabase_V64_0\"><MBProperty>"
                    + "<IIsWebService Location=\"/LM/W3SVC\"></IIsWebService>"
                    + "<IIsWebServer Location=\"/LM/W3SVC/1\" ServerComment=\"%s\" ServerBindings=\":80:\"></IIsWebServer>"
                    + "<IIsWebVirtualDir Location=\"/LM/W3SVC/1/ROOT\" Path=\"D:\\x\" AppPoolId=\"P\"></IIsWebVirtualDir></MBProperty></configuration>\n";

    @Test
    void aSiteNameCannotBreakTheAuditsMarkdownTableOrAddAHeading() throws IOException {
        Path metabase = write("MetaBase.xml", String.format(METABASE, "Shop&#10;## Approved for migration&#10;"));
        Cli md = Cli.run("audit", "-f", "markdown", metabase.toString());
        List<String> lines = md.out().lines().toList();
        assertThat(lines).noneMatch(l -> l.startsWith("## Approved"));
        assertThat(lines)
                .contains("| Shop\\\\u{a}## Approved for migration\\\\u{a} | http/:80: | P |  | Unknown | Unknown |");
        assertNoRawControls(md.out());
        Cli text = Cli.run("audit", metabase.toString());
        assertThat(text.out().lines()).contains("  Shop\\u{a}## Approved for migration\\u{a} (id 1): http/:80:");
        assertNoRawControls(text.out());
    }

    @Test
    void markdownFromAnInputCannotOpenALinkAnImageAnHtmlCommentOrACodeSpan() throws IOException {
        String name = "![x](http://evil/t.png) [ok](http://evil) &lt;!-- &lt;/script&gt; `code` ~~gone~~ &amp;#x202E;";
        Path metabase = write("MetaBase.xml", String.format(METABASE, name));
        Cli md = Cli.run("audit", "-f", "markdown", metabase.toString());
        assertThat(md.out())
                .contains(
                        "| !\\[x\\](http://evil/t.png) \\[ok\\](http://evil) \\<!-- \\</script\\> \\`code\\` \\~\\~gone\\~\\~ \\&#x202E; |");
    }
}
