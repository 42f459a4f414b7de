package io.iislint.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.iislint.catalog.Benchmarks;
import io.iislint.finding.FileResult;
import io.iislint.finding.Finding;
import io.iislint.finding.Severity;
import io.iislint.finding.Topology;
import io.iislint.source.FileKind;
import io.iislint.source.Location;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BenchmarkViewTest {
    private static final Benchmarks.Benchmark CIS =
            new Benchmarks.Benchmark("cis", "CIS IIS 10", "CIS", "1", List.of());
    private static final Benchmarks.Control FTP = new Benchmarks.Control(
            "6.1", "", "L1", "", "FTP over TLS", Optional.of("ftp"), Optional.empty(), Map.of(), "");
    private static final Benchmarks.Coverage CHECKED =
            new Benchmarks.Coverage(CIS, FTP, Benchmarks.Status.CHECKED, List.of("IIS-804"));

    @Test
    void aControlForAFeatureDoesNotApplyWhereNoSiteHasIt() {
        BenchmarkView none = view(site("Shop", "http/*:80:shop"), List.of());
        assertThat(none.results()).singleElement().satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(BenchmarkView.Outcome.NOT_APPLICABLE);
            assertThat(r.why()).isEqualTo("no FTP site");
        });
        assertThat(none.exitCode()).isZero();
        BenchmarkView ftp = view(site("Files", "ftp/*:21:"), List.of());
        assertThat(ftp.results().get(0).outcome()).isEqualTo(BenchmarkView.Outcome.PASS);
        BenchmarkView failing = view(site("Files", "ftp/*:21:"), List.of(finding("site", "Files")));
        assertThat(failing.results().get(0).outcome()).isEqualTo(BenchmarkView.Outcome.FAIL);
        assertThat(failing.servers().get(0).sites().get(0).results().get(0).findings())
                .hasSize(1);
        assertThat(failing.exitCode()).isEqualTo(1);
    }

    @Test
    void aControlWhoseRulesReadNoKindOfFileGivenDoesNotApply() {
        FileResult fcgi = FileResult.linted("fcgiext.ini", FileKind.FCGIEXT, List.of(), 0);
        BenchmarkView view = new BenchmarkView(
                List.of(new Benchmarks.Coverage(
                        CIS,
                        new Benchmarks.Control(
                                "1.3", "", "L1", "", "dir", Optional.empty(), Optional.empty(), Map.of(), ""),
                        Benchmarks.Status.CHECKED,
                        List.of("IIS-804"))),
                new Report("0", List.of(), List.of(fcgi), Severity.WARNING, false));
        assertThat(view.results().get(0).outcome()).isEqualTo(BenchmarkView.Outcome.NOT_APPLICABLE);
        assertThat(view.results().get(0).why()).startsWith("no ").endsWith(" among the inputs");
    }

    @Test
    void csvCellsThatASpreadsheetWouldRunAreShownAsText() {
        assertThat(BenchmarkReport.csvCell("=cmd|' /c calc'!A1")).isEqualTo("\"'=cmd|' /c calc'!A1\"");
        for (String start : List.of("+", "-", "@", "\t", "\r"))
            assertThat(BenchmarkReport.csvCell(start + "1")).isEqualTo("\"'" + start + "1\"");
        assertThat(BenchmarkReport.csvCell("a \"b\", c")).isEqualTo("\"a \"\"b\"\", c\"");
        assertThat(BenchmarkReport.csvCell("")).isEqualTo("\"\"");
    }

    private static BenchmarkView view(Topology.SiteNode site, List<Finding> findings) {
        FileResult file = new FileResult(
                "applicationHost.config",
                Optional.of(FileKind.APPLICATION_HOST),
                Optional.empty(),
                findings,
                0,
                List.of(),
                false,
                new Topology(List.of(site), List.of(), List.of()),
                Optional.empty());
        return new BenchmarkView(List.of(CHECKED), new Report("0", List.of(), List.of(file), Severity.WARNING, false));
    }

    private static Topology.SiteNode site(String name, String binding) {
        return new Topology.SiteNode(
                name, "1", new Location("applicationHost.config", 3, 5), List.of(binding), List.of());
    }

    private static Finding finding(String kind, String name) {
        return new Finding(
                "IIS-804",
                "directory-browsing",
                Severity.WARNING,
                "extensions",
                new Location("applicationHost.config", 9, 7),
                new Finding.Subject(kind, name),
                "m",
                "",
                Optional.empty(),
                Optional.empty(),
                Finding.Fix.NONE);
    }
}
