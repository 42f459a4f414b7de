package io.iislint.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iislint.Golden;
import io.iislint.text.Markdown;
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
            assertThat(index)
                    .contains("| [" + r.id() + "](" + r.id() + ".md) | "
                            + r.severity().label() + " |");
            assertThat(readme)
                    .contains("| [" + r.id() + "](docs/rules/" + r.id() + ".md) | "
                            + r.severity().label() + " |");
        }
    }

    @Test
    void theRegenerateCommandTheDocsNameIsTheSwitch() {
        assertThat(RuleDocs.REGENERATE).isEqualTo(Golden.REGENERATE);
    }

    /** Each part of a page, for entries of every shape the catalog holds (so not tied to one entry's wording). */
    @Test
    void aPageShowsTheWholeCatalogEntry() {
        for (RuleInfo r : Catalog.load().all()) {
            String page = RuleDocs.page(r);
            assertThat(page)
                    .as(r.id())
                    .startsWith("<!-- Generated from rules/catalog.xml: edit the catalog, then run " + Golden.REGENERATE
                            + " -->\n# " + r.id() + ": " + Markdown.text(r.title())
                            + "\n\n| Id | Name | Severity | Category | Tags |\n|---|---|---|---|---|\n| "
                            + r.id() + " | `" + r.name() + "` | " + r.severity().label() + " | " + r.category() + " | "
                            + String.join(", ", r.tags()) + " |\n");
            String language = r.badExample().startsWith("<") ? "xml" : "ini";
            assertThat(page)
                    .as(r.id())
                    .contains(
                            "## Why\n\n" + Markdown.text(r.rationale()) + "\n\n",
                            "## Bad\n\n```" + language + "\n" + r.badExample() + "\n```\n",
                            "## Good\n\n```",
                            r.goodExample() + "\n```\n");
            if (!r.appcmd().isEmpty())
                assertThat(page).as(r.id()).contains("appcmd (IIS 7 and later):\n\n```bat\n" + r.appcmd() + "\n```\n");
            if (!r.powershell().isEmpty())
                assertThat(page)
                        .as(r.id())
                        .contains("PowerShell (IIS 7 and later):\n\n```powershell\n" + r.powershell() + "\n```\n");
            if (!r.adsutil().isEmpty())
                assertThat(page).as(r.id()).contains("IIS 6:\n\n```bat\n" + r.adsutil() + "\n```\n");
            if ((r.appcmd() + r.powershell() + r.adsutil()).isEmpty())
                assertThat(page).as(r.id()).contains("## Fix\n\nNo command: edit the file as *Why* says.\n\n");
            assertThat(page.contains("## Parameters\n"))
                    .as(r.id())
                    .isEqualTo(!r.parameters().isEmpty());
            for (RuleInfo.Parameter p : r.parameters()) {
                assertThat(page)
                        .as(r.id())
                        .contains("| `" + p.name() + "` | " + p.type() + " | `" + p.defaultValue() + "` | "
                                + Markdown.text(p.description()) + " |\n");
            }
            for (String ref : r.references()) assertThat(page).as(r.id()).contains("\n- " + Markdown.text(ref) + "\n");
            assertThat(page).as(r.id()).endsWith("\n\n[All rules](README.md)\n");
        }
        // every shape above occurs in today's catalog
        assertThat(Catalog.load().all())
                .anyMatch(r -> !r.badExample().startsWith("<"))
                .anyMatch(r -> !r.parameters().isEmpty())
                .anyMatch(r -> !r.adsutil().isEmpty())
                .anyMatch(r -> (r.appcmd() + r.adsutil()).isEmpty());
    }

    @Test
    void readmeWithoutItsMarkersIsRefused() {
        assertThatThrownBy(() -> RuleDocs.readme("# iislint\n", Catalog.load()))
                .isInstanceOf(IllegalArgumentException.class);
        String twice = "\n" + RuleDocs.README_BEGIN + " -->\n" + RuleDocs.README_END + "\n";
        assertThatThrownBy(() -> RuleDocs.readme(twice + twice, Catalog.load()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(RuleDocs.readme("a" + twice + "b\n", new Catalog(new java.util.LinkedHashMap<>())))
                .isEqualTo("a\n" + RuleDocs.README_BEGIN
                        + " -->\n| Id | Severity | Category | Name | Title |\n|---|---|---|---|---|\n"
                        + RuleDocs.README_END + "\nb\n");
    }

    @Test
    void catalogTextIsShownAsTextAndCodeCannotEndItsBlock() {
        assertThat(Markdown.text("<location> *a* _b_ [c](d) `e` a|b \\ &amp; ~~f~~"))
                .isEqualTo("\\<location\\> \\*a\\* \\_b\\_ \\[c\\](d) \\`e\\` a\\|b \\\\ \\&amp; \\~\\~f\\~\\~");
        assertThat(Markdown.codeInTable("a|b")).isEqualTo("`a\\|b`");
        assertThat(Markdown.codeInTable("`x")).isEqualTo("`` `x ``");
        assertThat(Markdown.codeBlock("xml", "<a/>\n````")).isEqualTo("`````xml\n<a/>\n````\n`````\n");
        assertThat(List.of(Markdown.codeBlock("", "x"))).containsExactly("```\nx\n```\n");
    }
}
