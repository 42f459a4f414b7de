package io.iislint.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.iislint.source.FileKind;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * rules/files.properties and rules/catalog.xml together: every lint rule says which kinds of file it judges, and
 * nothing else is listed (RuleFixturesTest holds every fixture's findings to it). The rule pages' web address, which
 * the build writes beside it, is held here too.
 */
class RuleFilesTest {

    @Test
    void everyLintRuleAndNothingElseSaysWhichKindsOfFileItJudges() {
        List<String> rules = Catalog.load().all().stream().map(RuleInfo::id).toList();
        assertThat(RuleFiles.rules()).containsExactlyInAnyOrderElementsOf(rules);
        for (String id : rules) assertThat(RuleFiles.of(id)).as(id).isNotEmpty();
    }

    @Test
    void theKindsFollowWhatEachKindOfFileCanHold() {
        assertThat(RuleFiles.of("IIS-004")).containsExactly(FileKind.POLICY);
        assertThat(RuleFiles.of("IIS-005")).containsExactly(FileKind.WEB_CONFIG);
        assertThat(RuleFiles.of("IIS-009")).containsExactly(FileKind.REDIRECTION);
        assertThat(RuleFiles.of("IIS-101"))
                .containsExactlyInAnyOrder(
                        FileKind.APPLICATION_HOST, FileKind.FRAGMENT, FileKind.APPCMD, FileKind.METABASE);
        assertThat(RuleFiles.of("IIS-206")).containsExactly(FileKind.METABASE);
        assertThat(RuleFiles.of("IIS-307")).containsExactly(FileKind.FCGIEXT);
        // a suppression is an XML comment: an ini file has none
        assertThat(RuleFiles.of("IIS-003")).doesNotContain(FileKind.FCGIEXT, FileKind.POLICY);
        assertThat(RuleFiles.of("IIS-001")).isEqualTo(EnumSet.complementOf(EnumSet.of(FileKind.POLICY)));
        // a rule the file does not list is taken to judge every kind
        assertThat(RuleFiles.of("IIS-999")).isEqualTo(EnumSet.allOf(FileKind.class));
    }

    @Test
    void ruleLinksPointAtThePagesFolderTheBuildWasGiven() {
        RuleInfo rule = Catalog.load().find("IIS-101").orElseThrow();
        assertThat(RuleDocs.baseUrl()).isEqualTo("https://github.com/iislint/iislint/blob/main/docs/rules/");
        assertThat(RuleDocs.url(rule)).isEqualTo(RuleDocs.baseUrl() + RuleDocs.fileName(rule));
    }
}
