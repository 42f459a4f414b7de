package io.iislint.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iislint.Golden;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BenchmarksTest {

    private final Benchmarks list = Benchmarks.load();

    @Test
    void theCatalogAndTheControlListAgree() {
        assertThat(list.problems(Catalog.load())).isEmpty();
    }

    @Test
    void readmesCoverageTablesAreWhatTheCatalogGives() {
        Path readme = Path.of("README.md");
        Golden.assertMatches(readme, Benchmarks.readme(Golden.read(readme), Catalog.load()));
        assertThat(Golden.read(readme))
                .contains("| CIS Microsoft IIS 10 Benchmark 1.2.1 (`cis`) | 55 | ")
                .contains("| 7.2 | L1 | SSL 2.0 disabled | not checkable from files (registry) |  |");
    }

    @Test
    void eachBenchmarkListsItsReleasesControls() {
        assertThat(list.all())
                .extracting(Benchmarks.Benchmark::id, b -> b.controls().size())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("cis", 55),
                        org.assertj.core.groups.Tuple.tuple("stig-server", 40),
                        org.assertj.core.groups.Tuple.tuple("stig-site", 44));
        for (Benchmarks.Benchmark b : list.all()) {
            for (Benchmarks.Control c : b.controls()) {
                if (b.id().equals("cis")) assertThat(c.level()).as(c.id()).isIn("L1", "L2");
                else {
                    assertThat(c.id()).matches("SV-\\d{6}");
                    assertThat(c.severity()).as(c.id()).isIn("high", "medium", "low");
                    if (!c.stigId().isEmpty())
                        assertThat(c.stigId())
                                .matches(b.id().equals("stig-site") ? "IIST-SI-\\d{6}" : "IIST-SV-\\d{6}");
                }
            }
        }
    }

    @Test
    void everyControlHasExactlyOneStatus() {
        List<Benchmarks.Coverage> coverage = list.coverage(Catalog.load());
        assertThat(coverage).hasSize(139);
        for (Benchmarks.Coverage c : coverage) {
            switch (c.status()) {
                case CHECKED -> assertThat(c.rules()).isNotEmpty();
                case NOT_CHECKABLE -> {
                    assertThat(c.rules()).isEmpty();
                    assertThat(c.control().notCheckable()).isPresent();
                }
                case NOT_YET_CHECKED -> {
                    assertThat(c.rules()).isEmpty();
                    assertThat(c.control().notCheckable()).isEmpty();
                }
            }
        }
    }

    @Test
    void theRulesOfAControlAreFoundFromTheirReferencesAndListedOnce() {
        Map<String, List<String>> rules = list.coverage(Catalog.load()).stream()
                .filter(c -> c.benchmark().id().equals("stig-site"))
                .collect(Collectors.toMap(c -> c.control().id(), Benchmarks.Coverage::rules));
        assertThat(rules.get("SV-218775")).containsExactly("IIS-501", "IIS-504");
        assertThat(rules.get("SV-218771")).containsExactly("IIS-201");
        Map<String, List<String>> cis = list.coverage(Catalog.load()).stream()
                .filter(c -> c.benchmark().id().equals("cis"))
                .collect(Collectors.toMap(c -> c.control().id(), Benchmarks.Coverage::rules));
        assertThat(cis.get("1.4")).containsExactly("IIS-101", "IIS-102"); // MIG-107/108 are readiness checks
        assertThat(cis.get("7.2")).isEmpty();
    }

    @Test
    void referencesAreReadInTheirThreeForms() {
        assertThat(Benchmarks.parse("CIS IIS 10 4.10: Unlisted CGI programs not allowed"))
                .contains(new Benchmarks.Reference("cis", "4.10", ""));
        assertThat(Benchmarks.parse("DISA IIS 10 Server STIG SV-218824 (IIST-SV-000158): unlisted ISAPI"))
                .contains(new Benchmarks.Reference("stig-server", "SV-218824", "IIST-SV-000158"));
        assertThat(Benchmarks.parse("DISA IIS 10 Site STIG SV-218771 (IIST-SI-000251): unique pool"))
                .contains(new Benchmarks.Reference("stig-site", "SV-218771", "IIST-SI-000251"));
        assertThat(Benchmarks.parse("CIS IIS 10 4.1, 4.2: limits")).isEmpty();
        assertThat(Benchmarks.parse("CIS IIS 10 1.4")).isEmpty(); // a title is part of the form
        assertThat(Benchmarks.parse("DISA IIS 10 Site STIG SV-218771: no STIG id"))
                .isEmpty();
        assertThat(Benchmarks.parse("Microsoft Learn: requestFiltering")).isEmpty();
    }

    @Test
    void aMisspeltUnknownOrContradictedReferenceIsAProblem() {
        Catalog catalog = catalog(
                "CIS IIS 10 4.1, 4.2: limits",
                "CIS IIS 10 9.9: no such control",
                "DISA IIS 10 Site STIG SV-218771 (IIST-SI-000999): wrong STIG id",
                "DISA IIS 10 Server STIG SV-218771 (IIST-SV-000251): a Site control named as a Server one",
                "CIS IIS 10 7.2: SSL 2.0 off",
                "Related to CIS IIS 10 2.8 (credentials in files): fine, it only relates",
                "DISA IIS 8.5 Site STIG SV-214489 (IISW-SI-000256): another benchmark, fine");
        assertThat(list.problems(catalog))
                .containsExactly(
                        "IIS-999: reference not in a benchmark's form: CIS IIS 10 4.1, 4.2: limits",
                        "IIS-999: names no control of cis: CIS IIS 10 9.9: no such control",
                        "IIS-999: SV-218771 is IIST-SI-000251 in the list: DISA IIS 10 Site STIG SV-218771 (IIST-SI-000999): wrong STIG id",
                        "IIS-999: names no control of stig-server: DISA IIS 10 Server STIG SV-218771 (IIST-SV-000251): a Site control named as a Server one",
                        "cis 7.2: marked not checkable, but IIS-999 check it");
    }

    @Test
    void aBrokenListIsADefectNamedWithItsLine() {
        assertThatThrownBy(() ->
                        Benchmarks.parse(bytes("<benchmarks><benchmark id='x' reference='r' title='t' version='1'>"
                                + "<control id='1' level='L1' title='a'><not-checkable reason='weather'>w</not-checkable></control>"
                                + "</benchmark></benchmarks>")))
                .hasMessageContaining("benchmark list benchmarks.xml:1:")
                .hasMessageContaining("reason is one of [registry, acl, disk, feature, account, manual], not weather");
        assertThatThrownBy(() ->
                        Benchmarks.parse(bytes("<benchmarks><benchmark id='x' reference='r' title='t' version='1'>"
                                + "<control id='1' level='L1' title='a'/><control id='1' level='L1' title='b'/>"
                                + "</benchmark></benchmarks>")))
                .hasMessageContaining("control 1 listed twice");
        assertThatThrownBy(() ->
                        Benchmarks.parse(bytes("<benchmarks><benchmark id='x' reference='r' title='t' version='1'>"
                                + "<control id='1' level='L1' severity='high' title='a'/></benchmark></benchmarks>")))
                .hasMessageContaining("a level (CIS) or a severity (DISA)");
        assertThatThrownBy(
                        () -> Benchmarks.parse(
                                bytes(
                                        "<benchmarks><benchmark id='x' reference='r' title='t' version='1'>"
                                                + "<control id='1' level='L1' title='a' applies-to='gopher'/></benchmark></benchmarks>")))
                .hasMessageContaining("applies-to names one of [asp, forms, ftp, session-state], not gopher");
    }

    @Test
    void ftpControlsApplyOnlyWhereThereIsAnFtpSite() {
        Benchmarks.Benchmark cis = list.get("cis").orElseThrow();
        assertThat(cis.control("6.1").flatMap(Benchmarks.Control::appliesTo)).contains("ftp");
        assertThat(cis.control("1.1").flatMap(Benchmarks.Control::appliesTo)).isEqualTo(Optional.empty());
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** A catalog of one rule, IIS-999, with these references. */
    private static Catalog catalog(String... references) {
        StringBuilder refs = new StringBuilder();
        for (String r : references) refs.append("<reference>").append(r).append("</reference>");
        return Catalog.parse(bytes("<catalog><rule id='IIS-999' name='x' severity='info' category='c' tags='cis'>"
                + "<title>t</title><rationale>r</rationale><fix><appcmd/><powershell/></fix>"
                + "<example kind='bad'>b</example><example kind='good'>g</example>" + refs + "</rule></catalog>"));
    }
}
