package io.iislint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.iislint.catalog.Catalog;
import io.iislint.catalog.RuleInfo;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A rule is one class, named after its catalog name ({@code queue-length-high} → {@code QueueLengthHigh}), in the
 * package of its family (its catalog category; the one config rule sits in {@code rules} itself), declaring the id
 * and the parameters (names, types, defaults) its catalog entry documents.
 */
class RuleClassesTest {
    private static final Catalog CATALOG = Catalog.load();

    /** {@code queue-length-high} → {@code QueueLengthHigh}. */
    static String className(String name) {
        StringBuilder sb = new StringBuilder();
        for (String part : name.split("-"))
            sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        return sb.toString();
    }

    @Test
    void eachRuleClassIsNamedAfterItsCatalogNameAndSitsInItsFamily() {
        List<String> wrong = new ArrayList<>();
        for (Rule rule : RuleSet.all()) {
            RuleInfo info = CATALOG.require(rule.id());
            Class<?> c = rule.getClass();
            if (!c.getSimpleName().equals(className(info.name())))
                wrong.add(rule.id() + ": class " + c.getSimpleName() + ", name " + info.name());
            String family =
                    info.category().equals("config") ? "io.iislint.rules" : "io.iislint.rules." + info.category();
            if (!c.getPackageName().equals(family))
                wrong.add(rule.id() + ": in " + c.getPackageName() + ", family " + family);
            if (c.getEnclosingClass() != null)
                wrong.add(rule.id() + ": nested in " + c.getEnclosingClass().getSimpleName());
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void eachRuleDeclaresExactlyTheParametersItsCatalogEntryDocuments() {
        for (Rule rule : RuleSet.all()) {
            List<String> declared = rule.params().stream()
                    .map(p -> p.name() + " " + p.type() + " " + p.defaultValue())
                    .toList();
            List<String> documented = CATALOG.require(rule.id()).parameters().stream()
                    .map(p -> p.name() + " " + p.type() + " " + p.defaultValue())
                    .toList();
            assertThat(declared).as(rule.id()).containsExactlyInAnyOrderElementsOf(documented);
        }
    }

    /** Built afresh from the catalog, not the list {@link RuleSet#all()} made once and keeps. */
    @Test
    void everyCatalogEntryHasOneRuleClassExceptTheFindingsAboutIislintsOwnInputs() {
        List<String> ids =
                new ArrayList<>(RuleSet.of(CATALOG).stream().map(Rule::id).toList());
        assertThat(ids).doesNotHaveDuplicates();
        ids.addAll(RuleFixturesTest.WITHOUT_CLASS);
        assertThat(CATALOG.all()).extracting(RuleInfo::id).containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void namesBecomeClassNames() {
        assertThat(className("queue-length-high")).isEqualTo("QueueLengthHigh");
        assertThat(className("pool-32bit")).isEqualTo("Pool32bit");
        assertThat(className("iis5-isolation-mode")).isEqualTo("Iis5IsolationMode");
    }
}
