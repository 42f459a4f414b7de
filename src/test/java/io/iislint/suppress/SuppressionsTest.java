package io.iislint.suppress;

import static io.iislint.Fixtures.catalog;
import static org.assertj.core.api.Assertions.assertThat;

import io.iislint.catalog.Parameters;
import io.iislint.finding.Finding;
import io.iislint.rules.Linter;
import io.iislint.rules.RuleSet;
import io.iislint.xml.XmlDocument;
import io.iislint.xml.XmlReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SuppressionsTest {

    private static Suppressions.Outcome run(String xml, Set<String> enabled) throws Exception {
        XmlDocument doc = new XmlReader().parse("s.config", xml.getBytes(StandardCharsets.UTF_8));
        List<Finding> findings = new Linter(
                        catalog(),
                        Parameters.defaults(catalog()),
                        RuleSet.all().stream()
                                .filter(r -> enabled.contains(r.id()))
                                .toList())
                .lint(new io.iislint.load.Loader(new XmlReader())
                        .parse("s.config", xml.getBytes(StandardCharsets.UTF_8))
                        .config());
        return Suppressions.apply(doc.comments(), findings, catalog(), enabled);
    }

    /** Every rule but IIS-105, which these server-level fragments would trip with the IUSR default. */
    private static Suppressions.Outcome run(String xml) throws Exception {
        return run(
                xml,
                catalog().all().stream()
                        .map(r -> r.id())
                        .filter(id -> !id.equals("IIS-105"))
                        .collect(Collectors.toSet()));
    }

    private static List<String> lines(Suppressions.Outcome o) {
        return o.findings().stream()
                .map(f -> f.location().line() + " " + f.ruleId())
                .toList();
    }

    @Test
    void aDirectiveWithAReasonSuppressesTheNextElementOnly() throws Exception {
        Suppressions.Outcome o = run("""
                <system.webServer>
                  <!-- iislint-disable-next-line IIS-401 old includes, rewrite planned -->
                  <asp enableParentPaths="true"
                       scriptErrorSentToBrowser="true" />
                  <directoryBrowse enabled="true" />
                </system.webServer>
                """);
        // IIS-402 is on the same (multi-line) start tag but not named; IIS-804 is on the next element
        assertThat(lines(o)).containsExactly("4 IIS-402", "5 IIS-804");
        assertThat(o.suppressed()).isEqualTo(1);
    }

    @Test
    void namesAndSeveralRulesAndAllAreAccepted() throws Exception {
        Suppressions.Outcome o = run("""
                <system.webServer>
                  <!-- iislint-disable-next-line asp-parent-paths,IIS-402 both needed by the legacy shop -->
                  <asp enableParentPaths="true" scriptErrorSentToBrowser="true" />
                  <!-- iislint-disable-next-line all mirror share -->
                  <directoryBrowse enabled="true" />
                </system.webServer>
                """);
        assertThat(o.findings()).isEmpty();
        assertThat(o.suppressed()).isEqualTo(3);
    }

    @Test
    void missingReasonUnknownRuleAndUnusedDirectivesAreReported() throws Exception {
        Suppressions.Outcome o = run("""
                <system.webServer>
                  <!-- iislint-disable-next-line IIS-804 -->
                  <directoryBrowse enabled="true" />
                  <!-- iislint-disable-next-line IIS-999 typo in the id -->
                  <asp enableParentPaths="true" />
                  <!-- iislint-disable-next-line IIS-402 no longer needed -->
                  <handlers accessPolicy="Read" />
                  <!-- iislint-disable-next-line -->
                  <staticContent />
                </system.webServer>
                """);
        assertThat(o.findings())
                .extracting(f -> f.location().line() + " " + f.ruleId() + " " + f.message())
                .containsExactly(
                        "2 IIS-002 gives no reason: say why the finding is accepted, after the rule",
                        "4 IIS-002 names unknown rule 'IIS-999'",
                        "5 IIS-401 ASP pages may use \"..\" in #include and Server.MapPath to reach files outside the application (enableParentPaths=true, set at line 5)",
                        "6 IIS-003 suppresses nothing: no finding of IIS-402 on the next element; remove it",
                        "8 IIS-002 names no rule: write the rule id, then the reason");
        assertThat(o.suppressed()).isEqualTo(1);
    }

    @Test
    void fileDirectivesCoverTheWholeFile() throws Exception {
        Suppressions.Outcome o = run("""
                <!-- iislint-disable-file IIS-804 this export is the mirror server -->
                <configuration>
                  <system.webServer><directoryBrowse enabled="true" /></system.webServer>
                  <location path="a"><system.webServer><directoryBrowse enabled="true" /></system.webServer></location>
                </configuration>
                """);
        assertThat(o.findings()).isEmpty();
        assertThat(o.suppressed()).isEqualTo(2);
    }

    @Test
    void aDirectiveForARuleThatDidNotRunIsNotCalledUnused() throws Exception {
        String xml = """
                <system.webServer>
                  <!-- iislint-disable-next-line IIS-804 mirror share -->
                  <directoryBrowse enabled="true" />
                </system.webServer>
                """;
        Suppressions.Outcome o = run(xml, Set.of("IIS-401", Suppressions.INVALID, Suppressions.UNUSED));
        assertThat(o.findings()).isEmpty();
        Suppressions.Outcome quiet = run(xml.replace("IIS-804 mirror share", "IIS-804"), Set.of("IIS-804"));
        assertThat(quiet.findings()).isEmpty(); // IIS-002 itself was not selected
    }

    @Test
    void ordinaryCommentsAreNotDirectives() throws Exception {
        Suppressions.Outcome o = run("""
                <system.webServer>
                  <!-- iislint-disable-next-lineIIS-804 not a directive: no space -->
                  <!-- remember: iislint-disable-next-line IIS-804 is how to silence this -->
                  <directoryBrowse enabled="true" />
                </system.webServer>
                """);
        assertThat(lines(o)).containsExactly("4 IIS-804");
    }
}
