package io.iislint.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.iislint.text.Xml;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

class XmlTest {

    @Test
    void everyCharacterXml10ForbidsIsReplacedAndTheRestIsEscaped() throws Exception {
        String all = "a\u0001b\u001bc\uFFFEd\uFFFFe\uD800f\uDC00g\t\n\r<>&\"'😀\u0085\u202E";
        String escaped = Xml.escape(all);
        assertThat(escaped)
                .isEqualTo(
                        "a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\uFFFDg&#9;&#10;&#13;&lt;&gt;&amp;&quot;&apos;😀\u0085\u202E");
        // an XML 1.0 parser reads it back, in an attribute and in text
        String doc = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><r a=\"" + escaped + "\">" + escaped + "</r>";
        var root = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)))
                .getDocumentElement();
        assertThat(root.getAttribute("a"))
                .isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\uFFFDg\t\n\r<>&\"'😀\u0085\u202E");
    }
}
