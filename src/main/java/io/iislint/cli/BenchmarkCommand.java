package io.iislint.cli;

import static io.iislint.cli.Specs.bind;

import io.iislint.catalog.Benchmarks;
import io.iislint.catalog.Catalog;
import io.iislint.engine.LintResult;
import io.iislint.finding.FileResult;
import io.iislint.finding.Severity;
import io.iislint.report.BenchmarkReport;
import io.iislint.report.BenchmarkView;
import io.iislint.report.Report;
import io.iislint.text.Escape;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code iislint benchmark cis|stig PATH...}: a benchmark's controls, each judged on the files. A command of its
 * own rather than an option of check: it has its own formats (an auditor's Markdown and CSV, not SARIF or JUnit),
 * chooses its rules itself (--select and --ignore would leave controls unjudged while saying they pass), and check's
 * --fix, --diff, --baseline and --statistics have no meaning for it.
 */
final class BenchmarkCommand implements Callable<Integer> {

    /** The benchmarks a user can name, and the lists each shows. */
    private static final Map<String, List<String>> NAMES = new LinkedHashMap<>();

    static {
        NAMES.put("cis", List.of("cis"));
        NAMES.put("stig", List.of("stig-server", "stig-site"));
        NAMES.put("stig-server", List.of("stig-server"));
        NAMES.put("stig-site", List.of("stig-site"));
    }

    final CommandSpec spec;
    final LintOptions lint = new LintOptions();
    String benchmark = "";
    String format = BenchmarkReport.TEXT.id();

    @Nullable
    Path output;

    boolean exitZero;

    @Nullable
    String failOn;

    static CommandSpec spec() {
        return new BenchmarkCommand().model();
    }

    private BenchmarkCommand() {
        spec = Specs.command(
                "benchmark",
                this,
                "Judge each control of a benchmark on the files: pass, fail (with the findings), not applicable, not"
                        + " checkable from files, or not yet checked; over all inputs, then per server and per site.",
                "BENCHMARK: cis (CIS Microsoft IIS 10 Benchmark 1.2.1), stig (both DISA IIS 10.0 STIGs), stig-server"
                        + " (Server STIG V3R7) or stig-site (Site STIG V2R15).");
    }

    private CommandSpec model() {
        spec.usageMessage().sortOptions(false);
        Specs.exitCodes(
                spec,
                "0:no control fails with a finding at or above --fail-on (or --exit-zero)",
                "1:a control fails with a finding at or above --fail-on",
                "2:usage error, or an input could not be linted (the view is then incomplete)");
        spec.addPositional(bind(PositionalParamSpec.builder(), () -> benchmark, v -> benchmark = v)
                .paramLabel("BENCHMARK")
                .index("0")
                .arity("1")
                .required(true)
                .type(String.class)
                .description("cis, stig, stig-server or stig-site.")
                .build());
        lint.addTo(spec);
        // the PATHs come after the benchmark's name
        PositionalParamSpec paths = spec.positionalParameters().get(1);
        spec.remove(paths);
        spec.addPositional(PositionalParamSpec.builder(paths).index("1..*").build());
        for (String option : List.of("--select", "--ignore", "--profile")) spec.remove(spec.findOption(option));
        spec.addOption(bind(OptionSpec.builder("-f", "--format"), () -> format, v -> format = v)
                .paramLabel("FORMAT")
                .type(String.class)
                .description("Report format: " + BenchmarkReport.names() + " (default: text).")
                .build());
        spec.addOption(bind(OptionSpec.builder("-o", "--output"), () -> output, v -> output = v)
                .paramLabel("FILE")
                .type(Path.class)
                .description("Write the report to FILE instead of standard output.")
                .build());
        spec.addOption(bind(OptionSpec.builder("--fail-on"), () -> failOn, v -> failOn = v)
                .paramLabel("SEVERITY")
                .type(String.class)
                .description("Exit with 1 when a failing control has a finding at or above this severity: error,"
                        + " warning or info (default: the policy file's failOn, else warning).")
                .build());
        spec.addOption(bind(OptionSpec.builder("--exit-zero"), () -> exitZero, v -> exitZero = v)
                .type(boolean.class)
                .description("Exit with 0 even when controls fail (2 still means an input could not be linted).")
                .build());
        return Specs.standardHelpOptions(spec);
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        List<String> lists = Optional.ofNullable(NAMES.get(benchmark))
                .orElseThrow(() -> new ParameterException(
                        spec.commandLine(),
                        "unknown benchmark '" + Escape.line(benchmark) + "': use "
                                + String.join(", ", NAMES.keySet())));
        BenchmarkReport chosen = BenchmarkReport.of(format)
                .orElseThrow(() -> new ParameterException(
                        spec.commandLine(),
                        "Invalid value for option '--format': '" + Escape.line(format) + "' (expected "
                                + BenchmarkReport.names() + ")"));
        String given = failOn;
        Optional<Severity> cliThreshold = given == null
                ? Optional.empty()
                : Optional.of(Severity.parse(given)
                        .orElseThrow(() -> new ParameterException(
                                spec.commandLine(),
                                "Invalid value for option '--fail-on': '" + Escape.line(given)
                                        + "' (expected error, warning or info)")));
        lint.refuseOverwritingWhatItReads(spec, output, "--output", Optional.empty());
        Benchmarks all = Benchmarks.load();
        List<Benchmarks.Benchmark> shown = new ArrayList<>();
        for (String id : lists) shown.add(all.get(id).orElseThrow());
        List<Benchmarks.Coverage> coverage = all.coverage(Catalog.load()).stream()
                .filter(c -> lists.contains(c.benchmark().id()))
                .toList();
        Set<String> rules = new LinkedHashSet<>();
        for (Benchmarks.Coverage c : coverage) {
            rules.addAll(c.rules());
            // where a benchmark's limit is not the rule's default; a --param the user gives wins
            c.control().params().forEach(lint.params::putIfAbsent);
        }
        lint.select = new ArrayList<>(rules);
        Optional<LintResult> linted = lint.runOrReport(spec, err, Optional.empty());
        if (linted.isEmpty()) return 2;
        LintResult result = linted.get();
        if (LintOptions.refusesToOverwriteASource(result, output, "--output", err)) return 2;
        Severity threshold = cliThreshold.or(() -> result.policy().failOn()).orElse(Severity.WARNING);
        Report report = new Report(
                Version.get(),
                result.rules(),
                result.results(),
                threshold,
                exitZero,
                0,
                0,
                result.policy().file().map(Path::toString));
        for (FileResult r : report.files()) r.error().ifPresent(e -> err.println(e.diagnostic()));
        err.flush();
        BenchmarkView view = new BenchmarkView(coverage, report);
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            chosen.write(view, shown, out);
            out.flush();
        } else {
            Optional<String> failed = OutputFile.write(output, w -> chosen.write(view, shown, w));
            if (failed.isPresent()) {
                err.println(Escape.line(output + ": error: cannot write the report: " + failed.get()));
                err.flush();
                return 2;
            }
        }
        return view.exitCode();
    }
}
