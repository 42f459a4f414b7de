package io.iislint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What the HTML reports must hold, asserted on a document tree: the one jsoup builds from iislint's bytes (in
 * {@code mvn verify}) or the one Chromium built and dumped ({@code ChromiumCheck}, run by {@code .ci/run}). Both read
 * the same facts: what elements and attributes exist, the charts' numbers, the picture's nodes, the text shown.
 */
final class HtmlDom {
    private HtmlDom() {}

    /** The names of the hostile test input, as a report must show them: text. */
    static final String HOSTILE = "src/test/resources/html/hostile/applicationHost.config";

    static final List<String> HOSTILE_NAMES = List.of(
            "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(2)>",
            "'><link rel=stylesheet href=https://example.invalid/x.css>",
            "</text></svg><iframe src=https://example.invalid/>",
            "&lt;b&gt;entity&lt;/b&gt; \\u{202e}cod.exe",
            "<img src=//example.invalid/p.png>");

    /** Every element the reports write: anything else in the tree came from an input. */
    private static final Set<String> ELEMENTS = Set.of(
            "html",
            "a",
            "head",
            "body",
            "meta",
            "title",
            "style",
            "header",
            "footer",
            "section",
            "h1",
            "h2",
            "h3",
            "h4",
            "p",
            "div",
            "span",
            "b",
            "i",
            "q",
            "br",
            "code",
            "pre",
            "figure",
            "figcaption",
            "table",
            "colgroup",
            "col",
            "thead",
            "tbody",
            "tr",
            "th",
            "td",
            "details",
            "summary",
            "ul",
            "li",
            "svg",
            "g",
            "rect",
            "path",
            "text");

    /** Every attribute the reports write (and data-*): none can load, run or link anything. */
    private static final Set<String> ATTRIBUTES = Set.of(
            "lang",
            "href",
            "charset",
            "http-equiv",
            "content",
            "name",
            "class",
            "id",
            "title",
            "open",
            "colspan",
            "rowspan",
            "xmlns",
            "width",
            "height",
            "viewbox",
            "role",
            "aria-label",
            "x",
            "y",
            "rx",
            "d");

    static Document parse(String html) {
        return Jsoup.parse(html);
    }

    /**
     * The tree holds only the reports' own elements and attributes (no script, image, frame, link, form, style
     * attribute or event handler, whatever the input held), one style sheet, in the head, and the policy that
     * forbids every request and allows that style sheet by its hash.
     */
    static void assertInert(Document doc) {
        for (Element e : doc.getAllElements()) {
            if (e instanceof Document) continue;
            assertThat(ELEMENTS).as("element <%s> in the report", e.tagName()).contains(e.tagName());
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase(java.util.Locale.ROOT);
                if (name.startsWith("data-") && name.matches("data-[a-z]+")) continue;
                assertThat(ATTRIBUTES)
                        .as("attribute %s=\"%s\" on <%s>", name, a.getValue(), e.tagName())
                        .contains(name);
            }
        }
        // the only links are to rule pages, at the address the build was given
        for (Element a : doc.select("[href]")) {
            assertThat(a.tagName()).isEqualTo("a");
            assertThat(a.attr("href"))
                    .matches(
                            java.util.regex.Pattern.quote(io.iislint.catalog.RuleDocs.baseUrl()) + "IIS-\\d{3,4}\\.md");
        }
        List<Element> styles = doc.select("style");
        assertThat(styles).hasSize(1);
        assertThat(styles.get(0).parent()).isEqualTo(doc.head());
        Element csp = doc.head().selectFirst("meta[http-equiv=Content-Security-Policy]");
        assertThat(csp).as("a Content-Security-Policy meta element").isNotNull();
        assertThat(doc.head().child(1))
                .as("the policy comes right after the charset")
                .isEqualTo(csp);
        assertThat(csp.attr("content"))
                .isEqualTo("default-src 'none'; style-src '"
                        + sha256(styles.get(0).data()) + "'; base-uri 'none'; form-action 'none'");
        assertThat(doc.outerHtml()).doesNotContain("\u202E");
    }

    /** Every hostile name is shown, as text. */
    static void assertShowsHostileNamesAsText(Document doc) {
        String text = doc.body().text();
        for (String name : HOSTILE_NAMES)
            assertThat(text).as("the text of the page").contains(name);
    }

    /** The bars of one chart: label → count, as drawn. */
    static Map<String, Long> bars(Document doc, String chart) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (Element g : doc.select("figure[data-chart=" + chart + "] g[data-label]"))
            out.put(g.attr("data-label"), Long.parseLong(g.attr("data-count")));
        return out;
    }

    /** The check report's roll-ups agree with its JSON report of the same run: per severity and per rule. */
    static void assertRollUpsMatch(Document doc, String json) {
        JsonNode root = readJson(json);
        JsonNode summary = root.get("summary");
        if (summary.get("findings").asLong() == 0) {
            assertThat(doc.select("figure.chart")).isEmpty();
            assertThat(doc.getElementById("rollups").text()).contains("No findings.");
            return;
        }
        assertThat(bars(doc, "severity"))
                .containsExactly(
                        Map.entry("error", summary.get("error").asLong()),
                        Map.entry("warning", summary.get("warning").asLong()),
                        Map.entry("info", summary.get("info").asLong()));
        Map<String, Long> byRule = new TreeMap<>();
        for (JsonNode f : root.get("findings"))
            byRule.merge(f.get("ruleId").asText() + " " + f.get("ruleName").asText(), 1L, Long::sum);
        assertThat(bars(doc, "rule")).containsExactlyInAnyOrderEntriesOf(byRule);
        List<Long> counts = new ArrayList<>(bars(doc, "rule").values());
        for (int i = 1; i < counts.size(); i++)
            assertThat(counts.get(i)).as("rules by count").isLessThanOrEqualTo(counts.get(i - 1));
        assertThat(doc.select("tr.finding")).hasSize(summary.get("findings").asInt());
    }

    /** The picture's nodes of one kind (site, application, pool, account): name → worst severity. */
    static Map<String, String> nodes(Document doc, String kind) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Element g : doc.select("svg.topology g.node[data-kind=" + kind + "]"))
            out.put(g.attr("data-name"), g.attr("data-worst"));
        return out;
    }

    /** The audit's roll-up agrees with its JSON: per target and check, how many sites got each result. */
    static void assertAuditRollUpMatches(Document doc, String json) {
        Map<String, Map<String, Long>> expected = new TreeMap<>();
        for (JsonNode file : readJson(json).get("files")) {
            for (JsonNode site : file.get("sites")) {
                for (JsonNode target : site.get("readiness")) {
                    for (JsonNode check : target.get("checks")) {
                        expected.computeIfAbsent(
                                        target.get("target").asText() + "/"
                                                + check.get("id").asText(),
                                        k -> new TreeMap<>())
                                .merge(check.get("result").asText(), 1L, Long::sum);
                    }
                }
            }
        }
        Map<String, Map<String, Long>> drawn = new TreeMap<>();
        for (Element fig : doc.select("figure[data-chart=readiness]")) {
            String target = fig.selectFirst("figcaption").text();
            for (Element g : fig.select("g[data-label]")) {
                Map<String, Long> counts = new TreeMap<>();
                for (String r : List.of("fail", "warn", "unknown", "info", "pass")) {
                    long n = Long.parseLong(g.attr("data-" + r));
                    if (n > 0) counts.put(r, n);
                }
                drawn.put(target + "/" + g.attr("data-label"), counts);
            }
        }
        assertThat(drawn).isEqualTo(expected);
    }

    private static JsonNode readJson(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(String s) {
        try {
            return "sha256-"
                    + Base64.getEncoder()
                            .encodeToString(
                                    MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
