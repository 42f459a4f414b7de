package io.iislint.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iislint.Golden;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule pages in docs/rules and README's rule table are what the catalog gives, byte for byte. */
class RuleDocsTest {
    private static final Path DOCS = Path.of("docs/rules");
    private static final Path README = Path.of("README.md");

    @Test
    void theCheckedInRulePagesAreWhatTheCatalogGives() {
        Golden.assertFolderHolds(DOCS, RuleDocs.pages(Catalog.load()), name -> name.endsWith(".md"));
    }

    @Test
    void readmesRuleTableIsWhatTheCatalogGives() {
        Golden.assertMatches(README, RuleDocs.readme(Golden.read(README), Catalog.load()));
    }

    @Test
    void everyRuleIsInTheIndexAndInReadmeLinkedToItsPage() {
        String index = RuleDocs.index(Catalog.load());
        String readme = RuleDocs.readme(Golden.read(README), Catalog.load());
        for (RuleInfo r : Catalog.load().all()) {
            assertThat(index).contains("| [" + r.id() + "](" + r.id() + ".md) | " + r.severity().label() + " |");
            assertThat(readme).contains("| [" + r.id() + "](docs/rules/" + r.id() + ".md) | " + r.severity().label() + " |");
        }
    }

    @Test
    void theRegenerateCommandTheDocsNameIsTheSwitch() {
        assertThat(RuleDocs.REGENERATE).isEqualTo(Golden.REGENERATE);
    }

    /** A page with a parameter, and one whose example is an fcgiext.ini: the parts a reader relies on. */
    @Test
    void aPageShowsTheWholeCatalogEntry() {
        String page = RuleDocs.page(Catalog.load().require("IIS-603"));
        assertThat(page).startsWith("<!-- Generated from rules/catalog.xml: edit the catalog, then run " + Golden.REGENERATE + " -->\n"
                + "# IIS-603: Request queue longer than the limit\n\n"
                + "| Id | Name | Severity | Category | Tags |\n|---|---|---|---|---|\n"
                + "| IIS-603 | `queue-length-high` | info | health | reliability, stig |\n");
        assertThat(page).contains("## Why\n\n", "## Bad\n\n```xml\n<applicationPools>", "## Good\n\n```xml\n",
                "appcmd (IIS 7 and later):\n\n```bat\nappcmd set apppool /apppool.name:\"{pool}\"",
                "PowerShell (IIS 7 and later):\n\n```powershell\nSet-ItemProperty -Path 'IIS:\\AppPools\\{pool}'",
                "IIS 6:\n\n```bat\ncscript adsutil.vbs SET",
                "| Name | Type | Default | Description |\n|---|---|---|---|\n| `max` | integer | `1000` | ",
                "## References\n\n- ");
        assertThat(page).endsWith("\n\n[All rules](README.md)\n");
        assertThat(RuleDocs.page(Catalog.load().require("IIS-307"))).contains("## Bad\n\n```ini\n[");
        assertThat(RuleDocs.page(Catalog.load().require("IIS-001"))).contains("## Fix\n\nNo command: edit the file as *Why* says.\n\n");
    }

    @Test
    void readmeWithoutItsMarkersIsRefused() {
        assertThatThrownBy(() -> RuleDocs.readme("# iislint\n", Catalog.load())).isInstanceOf(IllegalArgumentException.class);
        String twice = "\n" + RuleDocs.README_BEGIN + " -->\n" + RuleDocs.README_END + "\n";
        assertThatThrownBy(() -> RuleDocs.readme(twice + twice, Catalog.load())).isInstanceOf(IllegalArgumentException.class);
        assertThat(RuleDocs.readme("a" + twice + "b\n", new Catalog(new java.util.LinkedHashMap<>())))
                .isEqualTo("a\n" + RuleDocs.README_BEGIN + " -->\n| Id | Severity | Category | Name | Title |\n|---|---|---|---|---|\n"
                        + RuleDocs.README_END + "\nb\n");
    }

    @Test
    void catalogTextIsShownAsTextAndCodeCannotEndItsBlock() {
        assertThat(io.iislint.text.Markdown.text("<location> *a* _b_ [c](d) `e` a|b \\ &amp; ~~f~~"))
                .isEqualTo("\\<location\\> \\*a\\* \\_b\\_ \\[c\\](d) \\`e\\` a\\|b \\\\ \\&amp; \\~\\~f\\~\\~");
        assertThat(io.iislint.text.Markdown.codeInTable("a|b")).isEqualTo("`a\\|b`");
        assertThat(io.iislint.text.Markdown.codeInTable("`x")).isEqualTo("`` `x ``");
        assertThat(io.iislint.text.Markdown.codeBlock("xml", "<a/>\n````")).isEqualTo("`````xml\n<a/>\n````\n`````\n");
        assertThat(List.of(io.iislint.text.Markdown.codeBlock("", "x"))).containsExactly("```\nx\n```\n");
    }
}
