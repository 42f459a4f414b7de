package io.iislint.report;

import io.iislint.catalog.Benchmarks;
import io.iislint.catalog.RuleFiles;
import io.iislint.finding.FileResult;
import io.iislint.finding.Finding;
import io.iislint.finding.Severity;
import io.iislint.finding.Topology;
import io.iislint.source.FileKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A benchmark's controls judged on a run's findings ({@code iislint benchmark}): each control passes, fails (with
 * the findings of the rules that check it), does not apply, cannot be judged from files, or has no rule yet. Judged
 * over all the inputs, then per server (a server file with the web.config files placed on it, or a file on its own)
 * and per site of a server.
 *
 * <p>A control fails on any finding of its rules, whatever the finding's severity: the benchmark, not iislint's
 * severity, says what the control asks. A site's result counts the findings placed on it (its own locations and
 * web.config files, and the application pools its applications run in), and those of its server's own level, which
 * it inherits unless it sets the value itself: {@link Result#serverLevel} tells those apart.
 */
public final class BenchmarkView {

    /** A control's result. */
    public enum Outcome {
        PASS("pass"),
        FAIL("fail"),
        NOT_APPLICABLE("not applicable"),
        NOT_CHECKABLE("not checkable from files"),
        NOT_YET_CHECKED("not yet checked");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One control in one scope: the outcome, why (for a control that does not apply or cannot be checked; the
     * control's note for one that passes), the rules that check it and the findings that fail it. {@code serverLevel}:
     * at a site, the findings are all its server's own level's, inherited.
     */
    public record Result(
            Benchmarks.Benchmark benchmark,
            Benchmarks.Control control,
            Outcome outcome,
            String why,
            List<String> rules,
            List<Finding> findings,
            boolean serverLevel) {
        public Result {
            rules = List.copyOf(rules);
            findings = List.copyOf(findings);
        }
    }

    /** One site of a server and its results. */
    public record SiteView(String name, List<Result> results) {}

    /** One server (its file as the reports name it), its results and its sites'. */
    public record ServerView(String file, List<Result> results, List<SiteView> sites) {}

    private final List<Benchmarks.Coverage> coverage;
    private final Report report;
    private final List<Result> all;
    private final List<ServerView> servers = new ArrayList<>();

    /** {@code coverage}: the controls of the benchmarks shown, with the rules that check them; {@code report}: the run. */
    public BenchmarkView(List<Benchmarks.Coverage> coverage, Report report) {
        this.coverage = List.copyOf(coverage);
        this.report = report;
        List<FileResult> linted =
                report.files().stream().filter(f -> f.error().isEmpty()).toList();
        this.all = judge(kinds(linted), features(linted, ftp(linted)), report.findings(), List.of());
        for (HtmlReport.Group g : HtmlReport.groups(report.files())) {
            HtmlReport.Placement placed = new HtmlReport.Placement(g);
            List<Finding> findings = g.findings();
            List<SiteView> sites = new ArrayList<>();
            for (Topology.SiteNode s : g.topology().sites()) {
                List<Finding> own = new ArrayList<>(placed.ofSite(s));
                Set<String> pools = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
                for (Topology.AppNode a : s.applications()) a.pool().ifPresent(pools::add);
                for (String p : pools) own.addAll(placed.ofPool(p));
                own.sort(Finding.ORDER);
                boolean ftpSite = s.bindings().stream().anyMatch(BenchmarkView::isFtp);
                // a site gets its server's features (forms, ASP, session state) but an FTP control only with an ftp
                // binding of its own
                sites.add(new SiteView(
                        s.name(), judge(kinds(g.members()), features(g.members(), ftpSite), own, placed.server)));
            }
            servers.add(new ServerView(
                    g.main().path(),
                    judge(kinds(g.members()), features(g.members(), ftp(g.members())), findings, List.of()),
                    sites));
        }
    }

    public List<Result> results() {
        return all;
    }

    public List<ServerView> servers() {
        return servers;
    }

    public Report report() {
        return report;
    }

    /** The inputs that could not be linted: the view is then incomplete, and the exit code says so. */
    public List<FileResult> failed() {
        return report.files().stream().filter(f -> f.error().isPresent()).toList();
    }

    /**
     * As {@code iislint check}: 2 when an input could not be linted; else 1 when a failing control has a finding at or
     * above {@code --fail-on} (unless {@code --exit-zero}); else 0.
     */
    public int exitCode() {
        if (!failed().isEmpty()) return 2;
        if (report.exitZero()) return 0;
        Severity failOn = report.failOn();
        boolean failing = all.stream()
                .filter(r -> r.outcome() == Outcome.FAIL)
                .flatMap(r -> r.findings().stream())
                .anyMatch(f -> f.severity().atLeast(failOn));
        return failing ? 1 : 0;
    }

    /** How many results of {@code results} have each outcome, in {@link Outcome} order. */
    public static Map<Outcome, Integer> counts(List<Result> results) {
        Map<Outcome, Integer> n = new EnumMap<>(Outcome.class);
        for (Outcome o : Outcome.values()) n.put(o, 0);
        for (Result r : results) n.merge(r.outcome(), 1, Integer::sum);
        return n;
    }

    private List<Result> judge(
            Set<FileKind> kinds, Set<String> features, List<Finding> findings, List<Finding> inherited) {
        List<Result> out = new ArrayList<>();
        for (Benchmarks.Coverage c : coverage) {
            Benchmarks.Control control = c.control();
            switch (c.status()) {
                case NOT_CHECKABLE ->
                    out.add(result(
                            c,
                            Outcome.NOT_CHECKABLE,
                            control.notCheckable()
                                    .map(n -> n.reason() + ": " + n.why())
                                    .orElse(""),
                            List.of(),
                            false));
                case NOT_YET_CHECKED -> out.add(result(c, Outcome.NOT_YET_CHECKED, "", List.of(), false));
                case CHECKED -> out.add(checked(c, kinds, features, findings, inherited));
            }
        }
        return out;
    }

    private static Result checked(
            Benchmarks.Coverage c,
            Set<FileKind> kinds,
            Set<String> features,
            List<Finding> findings,
            List<Finding> inherited) {
        Benchmarks.Control control = c.control();
        Optional<String> feature = control.appliesTo();
        if (feature.isPresent() && feature.get().equals("ftp") && !features.contains("ftp"))
            return result(c, Outcome.NOT_APPLICABLE, Benchmarks.FEATURES.getOrDefault("ftp", ""), List.of(), false);
        Set<FileKind> read = EnumSet.noneOf(FileKind.class);
        for (String rule : c.rules()) read.addAll(RuleFiles.of(rule));
        if (read.stream().noneMatch(kinds::contains)) {
            Set<String> names = new LinkedHashSet<>();
            for (FileKind k : read) names.add(k.label());
            return result(
                    c,
                    Outcome.NOT_APPLICABLE,
                    "no " + String.join(", ", names) + " among the inputs",
                    List.of(),
                    false);
        }
        // after the kinds: a feature the files cannot show (no file its rules read) is "no such file", not "unused"
        if (feature.isPresent() && !features.contains(feature.get()))
            return result(
                    c, Outcome.NOT_APPLICABLE, Benchmarks.FEATURES.getOrDefault(feature.get(), ""), List.of(), false);
        List<Finding> failing = of(c, findings);
        if (!failing.isEmpty()) return result(c, Outcome.FAIL, "", failing, false);
        List<Finding> above = of(c, inherited);
        if (!above.isEmpty()) return result(c, Outcome.FAIL, "set at the server's own level", above, true);
        return result(c, Outcome.PASS, control.note(), List.of(), false);
    }

    private static List<Finding> of(Benchmarks.Coverage c, List<Finding> findings) {
        return findings.stream().filter(f -> c.rules().contains(f.ruleId())).toList();
    }

    private static Result result(
            Benchmarks.Coverage c, Outcome o, String why, List<Finding> findings, boolean serverLevel) {
        return new Result(c.benchmark(), c.control(), o, why, c.rules(), findings, serverLevel);
    }

    private static Set<FileKind> kinds(List<FileResult> files) {
        Set<FileKind> kinds = EnumSet.noneOf(FileKind.class);
        for (FileResult f : files) f.kind().ifPresent(kinds::add);
        return kinds;
    }

    /** The features the files use (their topologies'), with ftp as {@code ftp} says. */
    private static Set<String> features(List<FileResult> files, boolean ftp) {
        Set<String> used = new TreeSet<>();
        for (FileResult f : files) used.addAll(f.topology().features());
        if (ftp) used.add("ftp");
        return used;
    }

    private static boolean ftp(List<FileResult> files) {
        return files.stream()
                .flatMap(f -> f.topology().sites().stream())
                .flatMap(s -> s.bindings().stream())
                .anyMatch(BenchmarkView::isFtp);
    }

    /** A binding as the topology shows it, {@code ftp/*:21:}. */
    private static boolean isFtp(String binding) {
        return binding.toLowerCase(Locale.ROOT).startsWith("ftp/");
    }
}
