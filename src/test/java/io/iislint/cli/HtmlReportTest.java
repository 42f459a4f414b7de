package io.iislint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The HTML reports read as a browser's parser reads them (jsoup builds the tree by the HTML5 algorithm): only the
 * reports' own elements, whatever the input holds; the charts' numbers are the JSON report's; the picture's nodes are
 * the file's sites, applications, pools and accounts, coloured by their worst finding. {@code ChromiumCheck} asserts
 * the same on the tree Chromium builds.
 */
class HtmlReportTest {
    private static final String RISKY = "samples/risky/applicationHost.config";

    @ParameterizedTest
    @ValueSource(
            strings = {
                RISKY,
                "samples/hardened/applicationHost.config",
                "samples/server",
                "samples/iis6",
                "samples/site/web.config",
                "src/test/resources/exports/sites.xml",
                HtmlDom.HOSTILE
            })
    void everyCheckReportIsInertAndItsChartsCountWhatTheJsonReportHolds(String input) {
        Cli html = Cli.run("check", "--format", "html", input);
        Cli json = Cli.run("check", "--format", "json", input);
        assertThat(html.exit()).isEqualTo(json.exit());
        assertThat(html.err()).isEqualTo(json.err());
        Document doc = HtmlDom.parse(html.out());
        HtmlDom.assertInert(doc);
        HtmlDom.assertRollUpsMatch(doc, json.out());
    }

    @Test
    void hostileNamesAreShownAsTextInTheCheckReportAndTheAudit() {
        for (String command : List.of("check", "audit")) {
            Document doc = HtmlDom.parse(
                    Cli.run(command, "--format", "html", HtmlDom.HOSTILE).out());
            HtmlDom.assertInert(doc);
            HtmlDom.assertShowsHostileNamesAsText(doc);
        }
        Document check = HtmlDom.parse(
                Cli.run("check", "--format", "html", HtmlDom.HOSTILE).out());
        // the names are in the picture too, whole in its data and its tooltips
        assertThat(HtmlDom.nodes(check, "pool"))
                .containsOnlyKeys(
                        "<script>alert(1)</script>",
                        "\"><img src=x onerror=alert(2)>",
                        "<img src=//example.invalid/p.png> (not defined)",
                        "'><link rel=stylesheet href=https://example.invalid/x.css>");
        assertThat(HtmlDom.nodes(check, "application"))
                .containsEntry("</text></svg><iframe src=https://example.invalid/>/missing", "error");
        assertThat(HtmlDom.nodes(check, "account"))
                .containsOnlyKeys(
                        "LocalSystem",
                        "CONTOSO\\</title><svg onload=alert(3)>",
                        "IIS AppPool\\'><link rel=stylesheet href=https://example.invalid/x.css>");
    }

    @Test
    void theChecksOfTheTreeFailOnAnInjectedElementOrAttributeOrAStyleSheetThePolicyDoesNotAllow() {
        String page = Cli.run("check", "--format", "html", HtmlDom.HOSTILE).out();
        String escaped = "&lt;script&gt;alert(1)&lt;/script&gt;";
        assertThat(page).contains(escaped);
        assertThatThrownBy(() -> HtmlDom.assertInert(HtmlDom.parse(page.replace(escaped, "<script>alert(1)</script>"))))
                .hasMessageContaining("element <script>");
        assertThatThrownBy(() -> HtmlDom.assertInert(HtmlDom.parse(page.replace("<h1>", "<h1 onclick=\"x()\">"))))
                .hasMessageContaining("attribute onclick");
        assertThatThrownBy(() -> HtmlDom.assertInert(HtmlDom.parse(page.replace("*{box-sizing", "* {box-sizing"))))
                .hasMessageContaining("style-src");
        assertThatThrownBy(
                        () -> HtmlDom.assertShowsHostileNamesAsText(HtmlDom.parse(page.replace(escaped, "alert(1)"))))
                .hasMessageContaining("<script>alert(1)</script>");
    }

    @Test
    void theRiskySamplesPictureShowsEachSiteApplicationPoolAndAccountColouredByItsWorstFinding() {
        Document doc = HtmlDom.parse(Cli.run("check", "--format", "html", RISKY).out());
        assertThat(doc.select("svg.topology")).hasSize(1);
        assertThat(HtmlDom.nodes(doc, "site"))
                .containsExactly(
                        entry("Shop", "error"),
                        entry("Intranet", "error"),
                        entry("Legacy", "error"),
                        entry("Archive", "error"));
        assertThat(HtmlDom.nodes(doc, "application"))
                .containsExactly(
                        entry("Shop/", "error"),
                        entry("Shop/legacy", "none"),
                        entry("Intranet/", "info"),
                        entry("Legacy/", "none"),
                        entry("Legacy/api", "error"),
                        entry("Archive/docs", "error"));
        // pools in the order the applications first use them; Api is used but not defined
        assertThat(HtmlDom.nodes(doc, "pool"))
                .containsExactly(
                        entry("Shop", "error"),
                        entry("Reports", "warning"),
                        entry("DefaultAppPool", "info"),
                        entry("Api (not defined)", "none"),
                        entry("Partners", "error"),
                        entry("Billing", "warning"),
                        entry("Staging", "error"));
        // Partners and Billing run as one account (IIS-104 pool-account-shared, a warning) and Partners' password is
        // in clear text (IIS-103, an error, about the pool's identity)
        assertThat(HtmlDom.nodes(doc, "account"))
                .containsExactly(
                        entry("LocalSystem", "error"),
                        entry("NetworkService", "warning"),
                        entry("IIS AppPool\\DefaultAppPool", "none"),
                        entry("CONTOSO\\svc-web", "error"),
                        entry("IIS AppPool\\Staging", "none"));
        assertThat(doc.select("svg.topology g.node.missing").attr("data-name")).isEqualTo("Api (not defined)");
        assertThat(doc.select("svg.topology path.edge")).hasSize(6 + 6 + 6);
    }

    @Test
    void eachFindingLinksItsRuleToTheRulesPage() {
        Document doc = HtmlDom.parse(Cli.run("check", "--format", "html", RISKY).out());
        List<Element> rows = doc.select("tr.finding");
        assertThat(rows).isNotEmpty();
        for (Element row : rows) {
            Element link = row.selectFirst("a[href]");
            assertThat(link)
                    .as("a link in the row of %s", row.attr("data-rule"))
                    .isNotNull();
            assertThat(link.attr("href"))
                    .isEqualTo(
                            "https://github.com/iislint/iislint/blob/main/docs/rules/" + row.attr("data-rule") + ".md");
            assertThat(link.text()).isEqualTo(row.attr("data-rule"));
        }
    }

    @Test
    void findingsAreGroupedByServerSiteAndPoolWithTheirLinesAndFixes() {
        Document doc = HtmlDom.parse(Cli.run("check", "--format", "html", RISKY).out());
        Element server = doc.selectFirst("details.server");
        assertThat(server.attr("data-file")).isEqualTo(RISKY);
        assertThat(server.select("h3.site").eachText())
                .containsExactly("site Shop", "site Intranet", "site Legacy", "site Archive");
        assertThat(server.select("h4.pool").eachText()).startsWith("application pool Shop", "application pool Reports");
        Element localSystem = server.selectFirst("tr.finding[data-rule=IIS-101]");
        assertThat(localSystem.child(0).text()).isEqualTo(RISKY + ":14:31");
        assertThat(localSystem.select("pre").eachText())
                .containsExactly(
                        "appcmd set apppool /apppool.name:\"Shop\" /processModel.identityType:ApplicationPoolIdentity",
                        "Set-ItemProperty -LiteralPath 'IIS:\\AppPools\\Shop' -Name processModel.identityType -Value ApplicationPoolIdentity");
        // the web.config files placed on a server are that server's, on the site and path they serve
        Document placed = HtmlDom.parse(
                Cli.run("check", "--format", "html", "samples/server").out());
        // the framework's files (machine.config, the root web.config) are grouped on their own, apart from the sites
        assertThat(placed.select("details.server").eachAttr("data-file"))
                .containsExactly(
                        "samples/server/C/Windows/Microsoft.NET/Framework64/v4.0.30319/Config/machine.config",
                        "samples/server/C/Windows/Microsoft.NET/Framework64/v4.0.30319/Config/web.config",
                        "samples/server/applicationHost.config");
        assertThat(placed.select("details.server h3.site").eachText()).containsExactly("site Shop", "site Intranet");
        assertThat(HtmlDom.nodes(placed, "application"))
                .containsExactly(entry("Shop/", "none"), entry("Shop/api", "error"), entry("Intranet/", "error"));
    }

    @Test
    void theAuditShowsTheMatrixItsRollUpAndTheEvidence() {
        Cli html = Cli.run("audit", "--format", "html", "samples/iis6");
        Cli json = Cli.run("audit", "--format", "json", "samples/iis6");
        assertThat(html.exit()).isEqualTo(1);
        Document doc = HtmlDom.parse(html.out());
        HtmlDom.assertInert(doc);
        HtmlDom.assertAuditRollUpMatches(doc, json.out());
        assertThat(doc.getElementById("summary").text())
                .isEqualTo("4 sites audited. IIS 10: 4 NotReady; Azure App Service: 4 NotReady.");
        Element matrix = doc.selectFirst("table.matrix");
        assertThat(matrix.select("tbody tr").eachAttr("data-site"))
                .containsExactly("Default Web Site", "Shop", "Intranet", "Legacy");
        assertThat(matrix.select("tr[data-site=Intranet] td[data-check=BuiltInPoolIdentity]")
                        .text())
                .isEqualTo("info");
        assertThat(matrix.select("td.v").eachText()).containsOnly("NotReady").hasSize(8);
        // every evidence line, not the first five
        assertThat(doc.select("table.evidence").text())
                .contains("samples/iis6/fcgiext.ini:14, samples/iis6/fcgiext.ini:15");
        assertThat(doc.select("tr[data-pool]").eachAttr("data-pool"))
                .containsExactly("DefaultAppPool", "ShopPool", "ApiPool", "IntranetPool", "ReportsPool");
    }

    @Test
    void aReportToAFileHoldsTheSameBytesAsOnStandardOutput(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("report.html");
        Cli both = Cli.run("check", "--format", "html:" + file, "--format", "text", RISKY);
        assertThat(both.exit()).isEqualTo(1);
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .isEqualTo(Cli.run("check", "--format", "html", RISKY).out());
        Path audit = dir.resolve("audit.html");
        assertThat(Cli.run("audit", "--format", "html", "-o", audit.toString(), "samples/iis6")
                        .exit())
                .isEqualTo(1);
        assertThat(Files.readString(audit, StandardCharsets.UTF_8))
                .isEqualTo(Cli.run("audit", "--format", "html", "samples/iis6").out());
    }
}
