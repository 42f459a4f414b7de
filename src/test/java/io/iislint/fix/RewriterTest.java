package io.iislint.fix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iislint.finding.Edit;
import io.iislint.source.InputError;
import io.iislint.source.Location;
import io.iislint.xml.XmlElement;
import io.iislint.xml.XmlReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RewriterTest {
    private static final String FILE = "applicationHost.config";
    private final XmlReader reader = new XmlReader();

    private XmlElement find(byte[] bytes, String... path) throws InputError {
        XmlElement e = reader.parse(FILE, bytes).root();
        for (String name : path) e = e.lastChild(name).orElseThrow();
        return e;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private String fixed(String text, Edit... edits) throws InputError {
        Rewriter.Result r = Rewriter.rewrite(FILE, utf8(text), List.of(edits), reader);
        return new String(r.bytes(), StandardCharsets.UTF_8);
    }

    @Test
    void aValueIsReplacedBetweenItsOwnQuotesAndNothingElseChanges() throws InputError {
        String in =
                "<configuration>\n  <!-- keep   this -->\n  <asp  enableParentPaths='true'   scriptErrorSentToBrowser = 'true'/>\n</configuration>\n";
        XmlElement asp = find(utf8(in), "asp");
        String out = fixed(
                in,
                new Edit(asp.locationOf("scriptErrorSentToBrowser"), List.of(), "scriptErrorSentToBrowser", "false"));
        assertThat(out)
                .isEqualTo(
                        "<configuration>\n  <!-- keep   this -->\n  <asp  enableParentPaths='true'   scriptErrorSentToBrowser = 'false'/>\n</configuration>\n");
    }

    @Test
    void aNewValueIsEscapedForItsQuoteAndForXml() throws InputError {
        String in = "<c><a x='1' y=\"2\" /></c>";
        XmlElement a = find(utf8(in), "a");
        String out = fixed(
                in,
                new Edit(a.locationOf("x"), List.of(), "x", "it's <&> \"q\"\tt\nn"),
                new Edit(a.locationOf("y"), List.of(), "y", "it's \"q\""));
        assertThat(out)
                .isEqualTo("<c><a x='it&apos;s &lt;&amp;&gt; \"q\"&#x9;t&#xA;n' y=\"it's &quot;q&quot;\" /></c>");
        XmlElement back = find(utf8(out), "a");
        assertThat(back.attribute("x")).contains("it's <&> \"q\"\tt\nn");
        assertThat(back.attribute("y")).contains("it's \"q\"");
    }

    @Test
    void anAttributeIsAddedAfterTheLastOneOnSelfClosingAndOpenElements() throws InputError {
        String in = "<c>\n  <a name='A'  />\n  <b name=\"B\">\n    <x />\n  </b>\n  <d/>\n</c>\n";
        byte[] bytes = utf8(in);
        String out = fixed(
                in,
                new Edit(find(bytes, "a").location(), List.of(), "autoStart", "true"),
                new Edit(find(bytes, "b").location(), List.of(), "autoStart", "true"),
                new Edit(find(bytes, "d").location(), List.of(), "k", "v"));
        assertThat(out)
                .isEqualTo(
                        "<c>\n  <a name='A' autoStart='true'  />\n  <b name=\"B\" autoStart=\"true\">\n    <x />\n  </b>\n"
                                + "  <d k=\"v\"/>\n</c>\n");
    }

    @Test
    void aMissingChildIsWrittenInsideItsElementWithTheFileLineEndingAndIndentation() throws InputError {
        String in =
                "<configuration>\r\n\t<pools>\r\n\t\t<add name=\"A\" />\r\n\t\t<add name=\"B\">\r\n\t\t\t<cpu limit=\"1\" />\r\n\t\t</add>\r\n\t</pools>\r\n</configuration>\r\n";
        byte[] bytes = utf8(in);
        XmlElement pools = find(bytes, "pools");
        XmlElement a = pools.children().get(0), b = pools.children().get(1);
        String out = fixed(
                in,
                new Edit(a.location(), List.of("recycling"), "logEventOnRecycle", "Time, Schedule"),
                new Edit(a.location(), List.of("recycling", "periodicRestart"), "requests", "100"),
                new Edit(b.location(), List.of("recycling"), "logEventOnRecycle", "Time"),
                new Edit(b.location(), List.of("cpu"), "action", "Throttle"));
        assertThat(out)
                .isEqualTo("<configuration>\r\n\t<pools>\r\n"
                        + "\t\t<add name=\"A\">\r\n"
                        + "\t\t\t<recycling logEventOnRecycle=\"Time, Schedule\">\r\n"
                        + "\t\t\t\t<periodicRestart requests=\"100\" />\r\n"
                        + "\t\t\t</recycling>\r\n"
                        + "\t\t</add>\r\n"
                        + "\t\t<add name=\"B\">\r\n"
                        + "\t\t\t<recycling logEventOnRecycle=\"Time\" />\r\n"
                        + "\t\t\t<cpu limit=\"1\" action=\"Throttle\" />\r\n"
                        + "\t\t</add>\r\n\t</pools>\r\n</configuration>\r\n");
    }

    @Test
    void utf16WithItsByteOrderMarkStaysUtf16AndOnlyTheValueBytesChange() throws InputError {
        String text =
                "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\r\n<c>\r\n  <directoryBrowse enabled=\"true\" />\r\n</c>\r\n";
        byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        XmlElement d = find(bytes, "directoryBrowse");
        Rewriter.Result r = Rewriter.rewrite(
                FILE, bytes, List.of(new Edit(d.locationOf("enabled"), List.of(), "enabled", "false")), reader);
        byte[] expectedBody = text.replace("\"true\"", "\"false\"").getBytes(StandardCharsets.UTF_16LE);
        assertThat(r.bytes()[0]).isEqualTo((byte) 0xFF);
        assertThat(r.bytes()[1]).isEqualTo((byte) 0xFE);
        assertThat(java.util.Arrays.copyOfRange(r.bytes(), 2, r.bytes().length)).isEqualTo(expectedBody);
    }

    @Test
    void aUtf8ByteOrderMarkAndCharactersOutsideAsciiAreKept() throws InputError {
        String text = "\uFEFF<c>\n  <!-- Zürich, 東京 -->\n  <a v=\"é\" x=\"1\" />\n</c>";
        byte[] bytes = utf8(text);
        XmlElement a = find(bytes, "a");
        String out = fixed(text, new Edit(a.locationOf("x"), List.of(), "x", "ü"));
        assertThat(out).isEqualTo("\uFEFF<c>\n  <!-- Zürich, 東京 -->\n  <a v=\"é\" x=\"ü\" />\n</c>");
    }

    @Test
    void aCharacterTheFileEncodingCannotHoldIsWrittenAsAReference() throws InputError {
        String text = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<c a=\"\u00e9\" />";
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        XmlElement c = reader.parse(FILE, bytes).root();
        Rewriter.Result r =
                Rewriter.rewrite(FILE, bytes, List.of(new Edit(c.location(), List.of(), "b", "\u6771\u00e9")), reader);
        assertThat(new String(r.bytes(), StandardCharsets.ISO_8859_1))
                .isEqualTo("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<c a=\"\u00e9\" b=\"&#x6771;\u00e9\" />");
    }

    @Test
    void anEditWhoseAttributeIsNoLongerWhereTheFindingSaidIsNotMade() throws InputError {
        String in = "<c>\n  <a x=\"1\" />\n</c>";
        Rewriter.Result r = Rewriter.rewrite(
                FILE, utf8(in), List.of(new Edit(new Location(FILE, 2, 4), List.of(), "x", "2")), reader);
        assertThat(r.changed()).isFalse();
        assertThat(r.bytes()).isEqualTo(utf8(in));
        assertThat(r.skipped())
                .extracting(Rewriter.Skipped::why)
                .containsExactly("the file no longer has it where it was linted");
    }

    @Test
    void twoFixesOfOneAttributeMakeOnlyTheFirst() throws InputError {
        String in = "<c>\n  <a x=\"1\" />\n</c>";
        XmlElement a = find(utf8(in), "a");
        Rewriter.Result r = Rewriter.rewrite(
                FILE,
                utf8(in),
                List.of(new Edit(a.locationOf("x"), List.of(), "x", "2"), new Edit(a.location(), List.of(), "x", "3")),
                reader);
        assertThat(new String(r.bytes(), StandardCharsets.UTF_8)).isEqualTo("<c>\n  <a x=\"2\" />\n</c>");
        assertThat(r.skipped()).hasSize(1);
    }

    @Test
    void aFileThatDoesNotParseIsNotRewritten() {
        assertThatThrownBy(() -> Rewriter.rewrite(FILE, utf8("<c><a></c>"), List.of(), reader))
                .isInstanceOf(InputError.class);
    }

    @Test
    void theDiffHasThreeLinesOfContextAndEscapesWhatATerminalWouldRun() throws InputError {
        String in =
                "<c>\n<x n=\"1\" />\n<x n=\"2\" />\n<x n=\"3\" />\n<a v=\"\u202e\" password=\"hunter2\" k=\"1\" />\n<x n=\"5\" />\n<x n=\"6\" />\n<x n=\"7\" />\n<x n=\"8\" />\n</c>\n";
        byte[] bytes = utf8(in);
        XmlElement a = find(bytes, "a");
        Rewriter.Result r =
                Rewriter.rewrite(FILE, bytes, List.of(new Edit(a.locationOf("k"), List.of(), "k", "2")), reader);
        assertThat(UnifiedDiff.of("dir/" + FILE, r))
                .isEqualTo("--- dir/applicationHost.config\n+++ dir/applicationHost.config\n@@ -2,7 +2,7 @@\n"
                        + " <x n=\"1\" />\n <x n=\"2\" />\n <x n=\"3\" />\n"
                        + "-<a v=\"\\u{202e}\" password=\"(secret, not shown)\" k=\"1\" />\n"
                        + "+<a v=\"\\u{202e}\" password=\"(secret, not shown)\" k=\"2\" />\n"
                        + " <x n=\"5\" />\n <x n=\"6\" />\n <x n=\"7\" />\n");
        assertThat(UnifiedDiff.show("a\u001b[2Jb\u202e\tc")).isEqualTo("a\\u{1b}[2Jb\\u{202e}\tc");
    }
}
