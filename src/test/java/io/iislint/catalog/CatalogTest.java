package io.iislint.catalog;

import static io.iislint.Fixtures.catalog;
import static org.assertj.core.api.Assertions.assertThat;

import io.iislint.Fixtures;
import io.iislint.finding.Finding;
import io.iislint.model.TimeSpan;
import io.iislint.rules.Rule;
import io.iislint.rules.RuleSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CatalogTest {

    @Test
    void oneLineCollapsesWhiteSpaceExactlyAsTheRegexDid() {
        // every kind of \s, characters that look like white space but are not \s, and ordinary letters
        char[] alphabet = {
            ' ', '\t', '\n', '\u000B', '\f', '\r', '\u00A0', '\u2003', '\u001C', '\u0085', 'a', 'Z', '-', '\u00e9'
        };
        java.util.Random random = new java.util.Random(20261122);
        for (int n = 0; n < 5_000; n++) {
            StringBuilder s = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) s.append(alphabet[random.nextInt(alphabet.length)]);
            String text = s.toString();
            assertThat(Catalog.oneLine(text))
                    .as("%s", text.chars().mapToObj(Integer::toHexString).toList())
                    .isEqualTo(text.replaceAll("\\s+", " "));
        }
        assertThat(Catalog.oneLine(" \t a \r\n\n b\u00A0c ")).isEqualTo(" a b\u00A0c ");
    }

    @Test
    void everyRuleHasExactlyOneCompleteCatalogEntry() {
        java.util.List<String> ids = new java.util.ArrayList<>(io.iislint.suppress.Suppressions.RULE_IDS);
        ids.add(io.iislint.policy.Exemptions.EXPIRED);
        ids.addAll(RuleSet.all().stream().map(Rule::id).toList());
        assertThat(catalog().all()).extracting(RuleInfo::id).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(catalog().all()).extracting(RuleInfo::name).doesNotHaveDuplicates();
        for (RuleInfo r : catalog().all()) {
            assertThat(r.id()).as("id").matches("IIS-\\d{3,4}");
            assertThat(r.name()).as(r.id()).matches("[a-z0-9]+(-[a-z0-9]+)*");
            assertThat(r.category())
                    .as(r.id())
                    .isIn(
                            "config",
                            "suppression",
                            "policy",
                            "identity",
                            "isolation",
                            "fastcgi",
                            "asp",
                            "recycling",
                            "health",
                            "runtime",
                            "extensions",
                            "sites",
                            "aspnet",
                            "webserver");
            assertThat(r.title()).as(r.id()).isNotBlank();
            assertThat(r.rationale()).as(r.id()).hasSizeGreaterThan(80);
            assertThat(r.references()).as(r.id()).isNotEmpty();
            if (r.tags().contains("iis6")) {
                // only ever found in IIS 6 files: the fix is an adsutil.vbs command (DELETE for a property or key to
                // drop)
                assertThat(r.adsutil()).as(r.id()).matches("cscript adsutil\\.vbs (SET|DELETE) .*");
            } else if (r.id().equals("IIS-1131")) {
                // no documented appcmd form adds a deny element (rather than an allow) to system.web/authorization's
                // allow/deny collection; PowerShell's Add-WebConfigurationProperty -Type deny does
                assertThat(r.appcmd()).as(r.id()).isEmpty();
                assertThat(r.powershell()).as(r.id()).contains("-Type deny");
            } else if (!java.util.Set.of("config", "suppression", "policy").contains(r.category())) {
                // protected configuration has no appcmd: its tool is aspnet_regiis
                assertThat(r.appcmd()).as(r.id()).matches("(appcmd|aspnet_regiis) .*");
                assertThat(r.powershell()).as(r.id()).isNotBlank();
            }
            if (!r.adsutil().isEmpty()) assertThat(r.adsutil()).as(r.id()).startsWith("cscript ");
            for (RuleInfo.Parameter p : r.parameters()) {
                assertThat(p.description()).as(r.id() + "." + p.name()).isNotBlank();
                switch (p.type()) {
                    case "integer" -> assertThat(p.defaultValue()).matches("\\d+");
                    case "timespan" ->
                        assertThat(TimeSpan.parse(p.defaultValue())).isPresent();
                    // empty only for a list that names nothing by default (privateSites), saying so
                    case "text" -> {
                        if (p.defaultValue().isEmpty())
                            assertThat(p.description())
                                    .as(r.id() + "." + p.name())
                                    .contains("Empty:");
                        else assertThat(p.defaultValue()).isNotBlank();
                    }
                    case "recycle-events" ->
                        assertThat(io.iislint.model.IisEnums.parseFlags(
                                        io.iislint.model.RecycleEvent.class, p.defaultValue()))
                                .isPresent();
                    default -> throw new AssertionError(r.id() + ": unknown parameter type " + p.type());
                }
            }
        }
    }

    /** The examples `iislint explain` shows are linted: the bad one must fire its rule, the good one must not. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.MethodSource("ids")
    void everyRuleExampleBehavesAsItsPageSays(String id) throws Exception {
        RuleInfo r = catalog().require(id);
        if (r.category().equals("policy")) {
            assertThat(policyFindings(r.badExample()))
                    .as("bad example of " + id)
                    .contains(id);
            assertThat(policyFindings(r.goodExample()))
                    .as("good example of " + id)
                    .doesNotContain(id);
            return;
        }
        // a rule off by default is shown as it runs when named
        java.util.List<String> select = r.offByDefault() ? java.util.List.of(id) : java.util.List.of();
        assertThat(Fixtures.lint(r.badExample(), java.util.Map.of(), select))
                .as("bad example of " + id)
                .extracting(Finding::ruleId)
                .contains(id);
        assertThat(Fixtures.lint(r.goodExample(), java.util.Map.of(), select))
                .as("good example of " + id)
                .extracting(Finding::ruleId)
                .doesNotContain(id);
    }

    /** A policy example is a policy file: read it and apply it, as a run would. */
    private static java.util.List<String> policyFindings(String xml) throws Exception {
        Path file = Files.createTempFile("policy", ".xml");
        try {
            Files.writeString(file, xml);
            var policy = io.iislint.policy.PolicyReader.read(file, catalog());
            var all = catalog().all().stream().map(RuleInfo::id).collect(java.util.stream.Collectors.toSet());
            return io.iislint.policy.Exemptions.apply(
                            policy, java.util.List.of(), catalog(), all, java.time.LocalDate::now)
                    .stream()
                    .flatMap(f -> f.findings().stream())
                    .map(Finding::ruleId)
                    .toList();
        } finally {
            Files.delete(file);
        }
    }

    static java.util.stream.Stream<String> ids() {
        return catalog().all().stream().map(RuleInfo::id);
    }

    @Test
    void aMalformedCatalogEntryIsADefectNamedWithItsLine() throws Exception {
        String xml = "<catalog>\n<rule id=\"IIS-999\" name=\"x\" severity=\"error\" category=\"config\">\n"
                + "<title>t</title><fix><appcmd/><powershell/></fix><colour>red</colour></rule>\n</catalog>";
        var doc = new io.iislint.xml.XmlReader(1 << 20, true)
                .parse("catalog.xml", xml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Catalog.parse(doc))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("rule catalog catalog.xml:3:50: unexpected <colour>");
        var noFix = new io.iislint.xml.XmlReader(1 << 20, true)
                .parse(
                        "catalog.xml",
                        "<catalog><rule id=\"A\" name=\"a\" severity=\"fatal\" category=\"c\"/></catalog>"
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Catalog.parse(noFix))
                .hasMessage("rule catalog catalog.xml:1:10: bad severity");
    }

    /** IIS 6-only rules and fcgiext.ini migration rules are tripped by the IIS 6 samples, every other one by the risky sample. */
    @Test
    void theHardenedSampleTripsNoRule() throws IOException {
        // each rule's findings are held by its fixture folder (RuleFixturesTest); the risky sample's by its goldens
        assertThat(Fixtures.lint(Files.readString(Path.of("samples/hardened/applicationHost.config"))))
                .isEmpty();
    }
}
