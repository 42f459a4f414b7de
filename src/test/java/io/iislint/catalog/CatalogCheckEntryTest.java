package io.iislint.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iislint.xml.XmlReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the catalog reads an audit readiness check's entry: category migration and a target go together. */
class CatalogCheckEntryTest {

    private static Catalog parse(String rules) throws Exception {
        String xml = "<catalog>\n" + rules + "\n</catalog>";
        return Catalog.parse(new XmlReader(1 << 20, true).parse("catalog.xml", xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static final String EXAMPLES = "<title>t</title><rationale>r</rationale>"
            + "<example kind=\"bad\">b</example><example kind=\"good\">g</example><reference>x</reference>";

    @Test
    void aCheckNeedsNoFixNorTagsAndIsKeptApartFromTheRules() throws Exception {
        Catalog c = parse(
                "<rule id=\"IIS-999\" name=\"x\" severity=\"error\" category=\"sites\" tags=\"reliability\">" + EXAMPLES
                        + "<fix><appcmd>appcmd x</appcmd><powershell>p</powershell></fix></rule>\n"
                        + "<rule id=\"MIG-299\" name=\"x\" severity=\"warning\" category=\"migration\" target=\"appservice\">"
                        + EXAMPLES + "</rule>");
        assertThat(c.all()).extracting(RuleInfo::id).containsExactly("IIS-999");
        assertThat(c.checks()).extracting(RuleInfo::id).containsExactly("MIG-299");
        RuleInfo check = c.checks().iterator().next();
        assertThat(List.of(check.target(), check.appcmd(), check.powershell(), check.adsutil()))
                .containsExactly("appservice", "", "", "");
        assertThat(check.tags()).isEmpty();
        assertThat(check.isReadinessCheck()).isTrue();
        assertThat(c.all().iterator().next().isReadinessCheck()).isFalse();
        assertThat(c.all().iterator().next().target()).isEmpty();
        // a rule and a check may share a name: the name finds the rule, the id and the audit's id the check
        assertThat(c.find("x")).map(RuleInfo::id).contains("IIS-999");
        assertThat(c.find("X")).map(RuleInfo::id).contains("IIS-999");
        assertThat(c.find("MIG-299")).map(RuleInfo::id).contains("MIG-299");
        assertThat(c.entries()).extracting(RuleInfo::id).containsExactly("IIS-999", "MIG-299");
    }

    @Test
    void aCheckWithoutTargetARuleWithOneAndACheckWithParametersAreDefects() {
        assertThatThrownBy(() -> parse("<rule id=\"MIG-299\" name=\"x\" severity=\"warning\" category=\"migration\">"
                        + EXAMPLES + "</rule>"))
                .hasMessage(
                        "rule catalog catalog.xml:2:1: a readiness check (category migration) needs a target: iis10 or appservice");
        assertThatThrownBy(() -> parse(
                        "<rule id=\"IIS-999\" name=\"x\" severity=\"error\" category=\"sites\" tags=\"a\" target=\"iis10\">"
                                + EXAMPLES + "<fix><appcmd/><powershell/></fix></rule>"))
                .hasMessage("rule catalog catalog.xml:2:1: only a readiness check (category migration) has a target");
        assertThatThrownBy(() -> parse(
                        "<rule id=\"MIG-299\" name=\"x\" severity=\"warning\" category=\"migration\" target=\"azure\">"
                                + EXAMPLES + "</rule>"))
                .hasMessage("rule catalog catalog.xml:2:1: unknown target azure");
        assertThatThrownBy(() -> parse(
                        "<rule id=\"MIG-299\" name=\"x\" severity=\"warning\" category=\"migration\" target=\"iis10\">"
                                + EXAMPLES
                                + "<parameter name=\"max\" type=\"integer\" default=\"1\">d</parameter></rule>"))
                .hasMessage(
                        "rule catalog catalog.xml:2:1: readiness check MIG-299 has a <parameter>: the audit takes none");
        // a rule still needs its fix and its tags
        assertThatThrownBy(
                        () -> parse("<rule id=\"IIS-999\" name=\"x\" severity=\"error\" category=\"sites\" tags=\"a\">"
                                + EXAMPLES + "</rule>"))
                .hasMessage("rule catalog catalog.xml:2:1: rule IIS-999 has no <fix>");
        assertThatThrownBy(() -> parse("<rule id=\"IIS-999\" name=\"x\" severity=\"error\" category=\"sites\">"
                        + EXAMPLES + "<fix><appcmd/><powershell/></fix></rule>"))
                .hasMessage("rule catalog catalog.xml:2:1: <rule> needs tags");
    }
}
