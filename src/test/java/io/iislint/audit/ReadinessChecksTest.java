package io.iislint.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iislint.Fixtures;
import io.iislint.catalog.Catalog;
import io.iislint.catalog.Parameters;
import io.iislint.catalog.RuleInfo;
import io.iislint.catalog.RuleSelection;
import io.iislint.model.IisConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A readiness check is one class, named after its catalog name (whose CamelCase is the id the audit shows), in the
 * package of its target ({@code audit.iis10}, {@code audit.appservice}), with a complete catalog entry whose examples
 * do what its page says. Its entry is not a lint rule's: nothing a lint run selects, configures or reports.
 */
class ReadinessChecksTest {
    private static final Catalog CATALOG = Catalog.load();

    static Stream<String> ids() {
        return ReadinessChecks.all().stream().map(ReadinessCheck::id);
    }

    private static ReadinessCheck check(String id) {
        return ReadinessChecks.all().stream()
                .filter(c -> c.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theCatalogHasAnEntryForEveryCheckInTheOrderTheAuditShowsThem() {
        assertThat(CATALOG.checks()).extracting(RuleInfo::id).containsExactlyElementsOf(ids().toList());
    }

    @Test
    void eachCheckIsNamedAfterItsCatalogEntryAndSitsInThePackageOfItsTarget() {
        List<String> wrong = new ArrayList<>();
        for (ReadinessCheck c : ReadinessChecks.all()) {
            RuleInfo info = CATALOG.checks().stream()
                    .filter(r -> r.id().equals(c.id()))
                    .findFirst()
                    .orElseThrow();
            Class<?> k = c.getClass();
            if (!k.getSimpleName().equals(info.auditName()))
                wrong.add(c.id() + ": class " + k.getSimpleName() + ", name " + info.name());
            if (!info.target().equals(c.target().id()))
                wrong.add(c.id() + ": target " + c.target().id() + ", catalog " + info.target());
            if (!k.getPackageName().equals("io.iislint.audit." + c.target().id()))
                wrong.add(c.id() + ": in " + k.getPackageName());
            if (k.getEnclosingClass() != null)
                wrong.add(c.id() + ": nested in " + k.getEnclosingClass().getSimpleName());
            if (!c.name().equals(info.auditName())) wrong.add(c.id() + ": shown as " + c.name());
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void eachEntryIsComplete() {
        assertThat(CATALOG.checks()).extracting(RuleInfo::name).doesNotHaveDuplicates();
        for (RuleInfo r : CATALOG.checks()) {
            assertThat(r.id()).as("id").matches("MIG-[12]\\d\\d");
            // MIG-1nn for the move to IIS 10, MIG-2nn for App Service
            assertThat(r.target()).as(r.id()).isEqualTo(r.id().startsWith("MIG-1") ? "iis10" : "appservice");
            assertThat(r.category()).as(r.id()).isEqualTo(Catalog.MIGRATION);
            assertThat(r.name()).as(r.id()).matches("[a-z0-9]+(-[a-z0-9]+)*");
            assertThat(r.title()).as(r.id()).isNotBlank();
            assertThat(r.rationale()).as(r.id()).hasSizeGreaterThan(80);
            assertThat(r.references()).as(r.id()).isNotEmpty();
            assertThat(r.parameters()).as(r.id()).isEmpty();
            assertThat(r.tags()).as(r.id()).isEmpty();
            // a readiness check fixes nothing by itself; none has a command that would apply to every finding of it yet
            assertThat(List.of(r.appcmd(), r.powershell(), r.adsutil()))
                    .as(r.id())
                    .containsOnly("");
        }
    }

    /**
     * A check's name is fixed by the id the audit has always shown, so it may be a rule's name too (each such check
     * names its rule in its rationale); the name then finds the rule, as it always has. A new pair is a decision: add
     * it here.
     */
    @Test
    void onlyTheChecksThatSayWhatARuleSaysShareItsNameAndTheMigIdAndAuditIdFindTheCheck() {
        Set<String> ruleNames =
                new TreeSet<>(CATALOG.all().stream().map(RuleInfo::name).toList());
        assertThat(CATALOG.checks())
                .extracting(RuleInfo::name)
                .filteredOn(ruleNames::contains)
                .containsExactly("iis5-isolation-mode", "classic-pipeline");
        assertThat(CATALOG.find("iis5-isolation-mode")).map(RuleInfo::id).contains("IIS-206");
        assertThat(CATALOG.find("classic-pipeline")).map(RuleInfo::id).contains("IIS-701");
        for (RuleInfo r : CATALOG.checks()) {
            assertThat(CATALOG.find(r.id())).as(r.id()).contains(r);
            assertThat(CATALOG.find(r.id().toLowerCase(java.util.Locale.ROOT)))
                    .as(r.id())
                    .contains(r);
            assertThat(CATALOG.find(r.auditName())).as(r.auditName()).contains(r);
            if (!ruleNames.contains(r.name()))
                assertThat(CATALOG.find(r.name())).as(r.name()).contains(r);
        }
        assertThat(CATALOG.find("Clr11")).map(RuleInfo::name).contains("clr11");
        assertThat(CATALOG.find("no-such-check")).isEmpty();
    }

    @Test
    void aLintRunNeverSelectsConfiguresOrReportsACheck() {
        assertThat(CATALOG.all()).extracting(RuleInfo::id).noneMatch(id -> id.startsWith("MIG-"));
        assertThatThrownBy(() -> RuleSelection.resolve(CATALOG, List.of("MIG-101"), List.of(), List.of()))
                .hasMessageStartingWith("--select MIG-101: no rule has this id");
        assertThatThrownBy(() -> RuleSelection.resolve(CATALOG, List.of("clr11"), List.of(), List.of()))
                .hasMessageStartingWith("--select clr11: no rule has this id");
        assertThat(RuleSelection.resolve(CATALOG, List.of(), List.of(), List.of(Catalog.MIGRATION)))
                .noneMatch(id -> id.startsWith("MIG-"))
                .contains("IIS-204", "IIS-701");
        assertThat(RuleSelection.resolve(CATALOG, List.of(), List.of(), List.of()))
                .noneMatch(id -> id.startsWith("MIG-"));
        assertThatThrownBy(() -> Parameters.of(CATALOG, Map.of("MIG-101.max", "1")))
                .hasMessage("--param MIG-101.max: unknown rule MIG-101");
        // a policy's severities change rules; the checks stay as they are
        Catalog changed = CATALOG.withSeverities(Map.of("IIS-101", io.iislint.finding.Severity.INFO));
        assertThat(changed.checks()).containsExactlyElementsOf(CATALOG.checks());
    }

    /** The result a check gives a site that does not pass is its catalog severity's: error fail, warning warn, info info. */
    static Audit.Result notPassed(String id) {
        return Audit.Result.whenNotPassed(CATALOG.find(id).orElseThrow().severity());
    }

    /**
     * The examples {@code iislint explain} shows are audited: the bad one gives the check's result on a site, the
     * good one passes on every site. An fcgiext.ini example is audited with a metabase whose site maps .php to the
     * FastCGI extension, as a server's pair of files would be.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("ids")
    void theExamplesBehaveAsThePageSays(String id) {
        RuleInfo info = CATALOG.find(id).orElseThrow();
        ReadinessCheck check = check(id);
        assertThat(results(check, info.badExample())).as("bad example of " + id).contains(notPassed(id));
        assertThat(results(check, info.goodExample()))
                .as("good example of " + id)
                .isNotEmpty()
                .containsOnly(Audit.Result.PASS);
    }

    private static final String FASTCGI_SITE = """
            <configuration>
              <MBProperty>
                <IIsWebServer Location="/LM/W3SVC/1" ServerComment="Shop" ServerBindings=":80:shop.contoso.com" />
                <IIsWebVirtualDir Location="/LM/W3SVC/1/ROOT" AppRoot="/LM/W3SVC/1/ROOT" Path="D:\\Sites\\Shop"
                    ScriptMaps=".php,C:\\WINDOWS\\system32\\inetsrv\\fcgiext.dll,5,GET,HEAD,POST" />
              </MBProperty>
            </configuration>
            """;

    /** The check's result on each site of the example it judges. */
    private static List<Audit.Result> results(ReadinessCheck check, String example) {
        IisConfig first = Fixtures.model(example);
        boolean ini = example.startsWith("[");
        IisConfig config = ini ? Fixtures.model(FASTCGI_SITE) : first;
        assertThat(check.target().appliesTo(config))
                .as("the example is a file the check's target judges")
                .isTrue();
        Audit audit = new Audit(config, ini ? Audit.fcgiextSettings(List.of(first)) : java.util.Optional.empty());
        return audit.siteFacts().stream()
                .filter(check::appliesTo)
                .map(s -> check.evaluate(s).result())
                .toList();
    }
}
