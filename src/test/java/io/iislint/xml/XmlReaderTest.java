package io.iislint.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.iislint.source.InputError;
import io.iislint.source.Location;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XmlReaderTest {

    private final XmlReader reader = new XmlReader();

    private static final String DOC = """
            <?xml version="1.0" encoding="UTF-8"?>
            <configuration>
              <!-- iislint-disable-next-line IIS-101 a comment -->
              <system.applicationHost>
                <applicationPools>
                  <add name="Shop"   managedPipelineMode="Classic">
                    <processModel identityType="LocalSystem" />
                  </add>
                </applicationPools>
              </system.applicationHost>
            </configuration>
            """;

    @Test
    void elementsAndAttributesKeepLineAndColumn() throws Exception {
        XmlDocument d = reader.parse("f.config", DOC.getBytes(StandardCharsets.UTF_8));
        XmlElement add = d.root()
                .path("system.applicationHost", "applicationPools", "add")
                .orElseThrow();
        assertThat(add.location()).isEqualTo(new Location("f.config", 6, 7));
        assertThat(add.locationOf("name")).isEqualTo(new Location("f.config", 6, 12));
        assertThat(add.locationOf("managedPipelineMode")).isEqualTo(new Location("f.config", 6, 26));
        XmlElement pm = add.child("processModel").orElseThrow();
        assertThat(pm.locationOf("identityType")).isEqualTo(new Location("f.config", 7, 23));
        assertThat(d.comments()).singleElement().satisfies(c -> {
            assertThat(c.text()).isEqualTo(" iislint-disable-next-line IIS-101 a comment ");
            assertThat(c.location()).isEqualTo(new Location("f.config", 3, 3));
        });
    }

    @Test
    void elementsAreReadOnlyAndKeepTheirAttributesInDocumentOrder() throws Exception {
        StringBuilder many = new StringBuilder("<configuration><add");
        java.util.List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String name = "a" + (char) ('z' - i % 26) + i;
            names.add(name);
            many.append(' ').append(name).append("=\"").append(i).append('"');
        }
        many.append("/><empty/><lines v=\"one\n  two\"/></configuration>");
        XmlElement root = reader.parse("f.config", many.toString().getBytes(StandardCharsets.UTF_8))
                .root();
        XmlElement add = root.child("add").orElseThrow();
        assertThat(add.attributes().keySet()).containsExactlyElementsOf(names);
        assertThat(add.attributeLocations()).hasSize(40);
        assertThat(add.locationOf(names.get(39))).isNotEqualTo(add.location());
        XmlElement empty = root.child("empty").orElseThrow();
        assertThat(empty.attributes()).isEmpty();
        assertThat(empty.children()).isEmpty();
        XmlElement lines = root.child("lines").orElseThrow();
        assertThat(lines.lines("v")).extracting(XmlElement.Line::text).containsExactly("one", "two");
        for (XmlElement e : java.util.List.of(root, add, empty, lines)) {
            assertThatThrownBy(() -> e.attributes().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> e.attributeLocations().put("x", e.location()))
                    .isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> e.children().add(e)).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> e.lineBrokenValues().put("x", "y"))
                    .isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Test
    void crlfBomAndUtf16GiveTheSameTreeAndPositions() throws Exception {
        String crlf = DOC.replace("\n", "\r\n");
        byte[] utf8Bom =
                concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, crlf.getBytes(StandardCharsets.UTF_8));
        byte[] utf16le = concat(
                new byte[] {(byte) 0xFF, (byte) 0xFE},
                crlf.replace("UTF-8", "UTF-16").getBytes(StandardCharsets.UTF_16LE));
        byte[] utf16be = concat(
                new byte[] {(byte) 0xFE, (byte) 0xFF},
                DOC.replace("UTF-8", "UTF-16").getBytes(StandardCharsets.UTF_16BE));
        for (byte[] bytes : new byte[][] {utf8Bom, utf16le, utf16be}) {
            XmlDocument d = reader.parse("f.config", bytes);
            XmlElement pm = d.root()
                    .path("system.applicationHost", "applicationPools", "add", "processModel")
                    .orElseThrow();
            assertThat(pm.attribute("identityType")).contains("LocalSystem");
            assertThat(pm.locationOf("identityType")).isEqualTo(new Location("f.config", 7, 23));
        }
    }

    @Test
    void doctypeIsRefusedAndNamedFileIsNeverRead(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE c [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<configuration><a b=\"&x;\"/></configuration>";
        assertThatThrownBy(() -> reader.parse("x.config", xxe.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InputError.class)
                .satisfies(e -> {
                    InputError ie = (InputError) e;
                    assertThat(ie.location()).isEqualTo(new Location("x.config", 2, 1));
                    assertThat(ie.reason())
                            .startsWith("DOCTYPE declarations are not allowed")
                            .doesNotContain("TOP-SECRET");
                });
    }

    @Test
    void billionLaughsIsRefusedAtTheDoctype() {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i < 10; i++) {
            sb.append("<!ENTITY lol")
                    .append(i)
                    .append(" \"")
                    .append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10))
                    .append("\">");
        }
        sb.append("]>\n<configuration a=\"&lol9;\"/>");
        assertThatThrownBy(() -> reader.parse("b.config", sb.toString().getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InputError.class)
                .hasMessageStartingWith("DOCTYPE declarations are not allowed");
    }

    @Test
    void malformedXmlNamesTheLine() {
        String bad =
                "<configuration>\n  <system.webServer>\n    <asp enableParentPaths=\"true\">\n  </system.webServer>\n</configuration>\n";
        assertThatThrownBy(() -> reader.parse("m.config", bad.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InputError.class)
                .satisfies(e -> {
                    InputError ie = (InputError) e;
                    assertThat(ie.location().line()).isEqualTo(4);
                    assertThat(ie.reason()).startsWith("not well-formed XML: ").doesNotContain("\n");
                });
    }

    @Test
    void emptyWhitespaceBinaryAndUnterminatedInputsAreOneLineErrors() {
        assertError(new byte[0], "empty file", 1);
        assertError("  \n ".getBytes(StandardCharsets.UTF_8), "file holds only whitespace", 1);
        assertError(
                new byte[] {0x00, 0x01, 0x02, (byte) 0xFF},
                "looks like UTF-16 without a byte-order mark, or binary data: save the file as UTF-8",
                1);
        assertError("just text".getBytes(StandardCharsets.UTF_8), null, 1);
        assertError(
                "<a>\n<b>\n".getBytes(StandardCharsets.UTF_8),
                "not well-formed XML: Unexpected EOF; was expecting a close tag for element <b>",
                2);
    }

    @Test
    void errorsWoodstoxRaisesLazilyAreStillOneCleanLine() {
        String bad = "<configuration>\n  <!-- a -- b -->\n</configuration>";
        assertThatThrownBy(() -> reader.parse("c.config", bad.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InputError.class)
                .satisfies(e -> {
                    InputError ie = (InputError) e;
                    assertThat(ie.location().line()).isEqualTo(2);
                    assertThat(ie.reason())
                            .isEqualTo("not well-formed XML: String '--' not allowed in comment (missing '>'?)");
                });
    }

    @Test
    void invalidUtf8IsReportedWhereItIs() {
        byte[] bytes = "<configuration>\n  <x a=\"\u00e9\"/>\n</configuration>".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> reader.parse("u.config", bytes))
                .isInstanceOf(InputError.class)
                .satisfies(e -> {
                    InputError ie = (InputError) e;
                    assertThat(ie.location()).isEqualTo(new Location("u.config", 2, 9));
                    assertThat(ie.reason()).isEqualTo("invalid UTF-8 byte sequence at byte offset 24");
                });
    }

    @Test
    void nonCharactersUFFFEAndUFFFFAreNotWellFormedWhereverTheyStand() {
        String why = "not well-formed XML: U+%s is not a character XML allows";
        // in an attribute value, in a comment after lone-CR line ends, in text, in an XML 1.1 document
        assertNonCharacter(
                "<configuration>\n  <x a=\"x\uFFFFy\"/>\n</configuration>".getBytes(StandardCharsets.UTF_8),
                2,
                10,
                String.format(why, "FFFF"));
        assertNonCharacter(
                "<a>\r<!-- \uFFFE -->\r</a>".getBytes(StandardCharsets.UTF_8), 2, 6, String.format(why, "FFFE"));
        assertNonCharacter(
                "<a>\r\n\u00e9\uFFFF</a>".getBytes(StandardCharsets.UTF_8), 2, 2, String.format(why, "FFFF"));
        assertNonCharacter(
                "<?xml version=\"1.1\"?><a b=\"\uFFFE\"/>".getBytes(StandardCharsets.UTF_8),
                1,
                28,
                String.format(why, "FFFE"));
        // UTF-16 with a byte-order mark
        assertNonCharacter(
                concat(
                        new byte[] {(byte) 0xFF, (byte) 0xFE},
                        "<a>\n<b c=\"\uFFFF\"/></a>".getBytes(StandardCharsets.UTF_16LE)),
                2,
                7,
                String.format(why, "FFFF"));
        // as a character reference it was already refused, by the parser
        assertThatThrownBy(() -> reader.parse("r.config", "<a b=\"&#xFFFE;\"/>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InputError.class);
        // other noncharacters outside the basic plane are characters XML allows, and text files (baselines) are not
        // checked
        String ok = "<a b=\"" + new String(Character.toChars(0x1FFFF)) + "\"/>";
        assertThat(catchThrowable(() -> reader.parse("ok.config", ok.getBytes(StandardCharsets.UTF_8))))
                .isNull();
        assertThat(catchThrowable(
                        () -> XmlReader.decodeText("b.json", "{\"\uFFFF\": 1}".getBytes(StandardCharsets.UTF_8))))
                .isNull();
    }

    private void assertNonCharacter(byte[] bytes, int line, int column, String reason) {
        assertThatThrownBy(() -> reader.parse("n.config", bytes))
                .isInstanceOf(InputError.class)
                .satisfies(e -> {
                    InputError ie = (InputError) e;
                    assertThat(ie.location()).isEqualTo(new Location("n.config", line, column));
                    assertThat(ie.reason()).isEqualTo(reason);
                });
    }

    /**
     * Woodstox refuses any comment, text or CDATA section over its text limit (16 Mi characters by default), even
     * one it skips, and said so at 1:1 as "not well-formed". A well-formed file within the size limit is read:
     * skipped text costs no memory, and only a comment that may be a suppression directive is kept.
     */
    @Test
    void commentsTextAndCdataLongerThan16MiBAreReadWhenTheFileIsWithinItsLimit() throws Exception {
        String big = "x".repeat((16 << 20) + 1);
        String doc = "<configuration>\n<!--" + big + "-->\n<a b=\"1\"/>\n<c>" + big + "</c>\n<d><![CDATA[" + big
                + "]]></d>\n" + "<!-- iislint-disable-next-line IIS-101 " + big + " -->\n<e/>\n</configuration>\n";
        XmlDocument d = reader.parse("big.config", doc.getBytes(StandardCharsets.UTF_8));
        assertThat(d.root().child("a").orElseThrow().location()).isEqualTo(new Location("big.config", 3, 1));
        assertThat(d.root().child("e").orElseThrow().location()).isEqualTo(new Location("big.config", 7, 1));
        assertThat(d.comments()).singleElement().satisfies(c -> {
            assertThat(c.text()).hasSize(big.length() + 36).startsWith(" iislint-disable-next-line IIS-101 xxx");
            assertThat(c.location()).isEqualTo(new Location("big.config", 6, 1));
            assertThat(c.nextElement()).contains(new XmlComment.LineRange(7, 7));
        });
    }

    @Test
    void absurdNestingIsRefused() {
        String deep = "<a>".repeat(10_000) + "</a>".repeat(10_000);
        assertThatThrownBy(() -> reader.parse("d.config", deep.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InputError.class)
                .hasMessage("refused: elements nested more than 128 deep (the limit for a configuration file)");
    }

    /** A limit is not a syntax error: the file may be well-formed, so the reason says what was refused, at the element. */
    @Test
    void filesOverTheReadersLimitsAreRefusedInPlainWordsAtTheElement() {
        StringBuilder many = new StringBuilder("<configuration>\n<a/>\n  <b");
        for (int i = 0; i < 600; i++) many.append(" a").append(i).append("=\"1\"");
        assertLimit(
                many.append("/>\n</configuration>").toString(),
                3,
                3,
                "refused: more than 512 attributes on one element (the limit for a configuration file)");
        assertLimit(
                "<configuration>\n<a/>\n  <b x=\"1\" y=\"" + "x".repeat((1 << 20) + 1) + "\"/>\n</configuration>",
                3,
                3,
                "refused: an attribute value longer than 1048576 characters (the limit for a configuration file)");
    }

    private void assertLimit(String doc, int line, int column, String reason) {
        assertThatThrownBy(() -> reader.parse("l.config", doc.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InputError.class)
                .satisfies(e -> {
                    InputError ie = (InputError) e;
                    assertThat(ie.location()).isEqualTo(new Location("l.config", line, column));
                    assertThat(ie.reason()).isEqualTo(reason);
                });
    }

    @Test
    void fileLimitsAndDirectoriesAreRefusedWithoutReading(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("applicationHost.config");
        Files.write(big, new byte[2048]);
        assertThatThrownBy(() -> new XmlReader(1024).read(big, "big.config"))
                .isInstanceOf(InputError.class)
                .hasMessage("file is 2048 bytes, larger than the limit of 1024 bytes (raise it with --max-file-size)");
        assertThatThrownBy(() -> reader.read(dir, "dir"))
                .isInstanceOf(InputError.class)
                .hasMessage("is a directory, not a file");
        assertThatThrownBy(() -> reader.read(dir.resolve("nope"), "nope"))
                .isInstanceOf(InputError.class)
                .hasMessage("no such file (removed while it was being scanned?)");
    }

    private void assertError(byte[] bytes, String message, int line) {
        assertThatThrownBy(() -> reader.parse("e.config", bytes))
                .isInstanceOf(InputError.class)
                .satisfies(e -> {
                    InputError ie = (InputError) e;
                    if (message != null) assertThat(ie.reason()).isEqualTo(message);
                    assertThat(ie.location().line()).isEqualTo(line);
                    assertThat(ie.diagnostic()).doesNotContain("\n").startsWith("e.config:" + line + ":");
                });
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = new byte[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
