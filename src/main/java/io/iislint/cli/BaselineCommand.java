package io.iislint.cli;

import static io.iislint.cli.Specs.bind;

import io.iislint.baseline.Baseline;
import io.iislint.engine.LintResult;
import io.iislint.finding.FileResult;
import io.iislint.text.Escape;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** {@code iislint baseline create|prune}: accept today's findings, and drop the entries that were fixed. */
final class BaselineCommand implements Runnable {
    static final String DEFAULT_FILE = ".iislint-baseline.json";

    final CommandSpec spec;

    /** The command and its two subcommands as picocli sees them. */
    static CommandSpec spec() {
        return new BaselineCommand().model();
    }

    private BaselineCommand() {
        spec = Specs.command(
                "baseline",
                this,
                "Accept today's findings so that CI fails only on new ones.",
                "  iislint baseline create PATH...                 write .iislint-baseline.json",
                "  iislint check --baseline .iislint-baseline.json PATH...",
                "  iislint baseline prune PATH...                  drop entries whose finding was fixed");
    }

    private CommandSpec model() {
        spec.addSubcommand("create", new Create().model());
        spec.addSubcommand("prune", new Prune().model());
        return Specs.standardHelpOptions(spec);
    }

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(
                spec.commandLine(), "say 'baseline create' or 'baseline prune'");
    }

    /** Writes the baseline whole, or leaves the file as it was and prints why (exit 2). */
    static int write(Baseline b, Path file, PrintWriter err) {
        Optional<String> failed = OutputFile.write(file, b::write);
        if (failed.isEmpty()) return 0;
        err.println(Escape.line(file + ": error: cannot write the baseline: " + failed.get()));
        err.flush();
        return 2;
    }

    /** Exit 2 when an input could not be linted: its findings are unknown, so the baseline is incomplete. */
    static int failures(List<FileResult> results, PrintWriter err) {
        int failed = 0;
        for (FileResult r : results) {
            if (r.error().isPresent()) {
                err.println(r.error().get().diagnostic());
                failed++;
            }
        }
        return failed;
    }

    static final class Create implements Callable<Integer> {
        final CommandSpec spec;
        final LintOptions lint = new LintOptions();
        Path output = Path.of(DEFAULT_FILE);

        private Create() {
            spec = Specs.command("create", this, "Lint the paths and write every finding to the baseline file.");
        }

        private CommandSpec model() {
            lint.addTo(spec);
            spec.addOption(bind(OptionSpec.builder("-o", "--output"), () -> output, v -> output = v)
                    .paramLabel("FILE")
                    .defaultValue(DEFAULT_FILE)
                    .type(Path.class)
                    .description("The baseline file to write (default: ${DEFAULT-VALUE}).")
                    .build());
            return Specs.standardHelpOptions(spec);
        }

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            lint.refuseOverwritingWhatItReads(spec, output, "--output", Optional.empty());
            Optional<LintResult> linted = lint.runOrReport(spec, err, Optional.empty());
            if (linted.isEmpty()) return 2;
            LintResult result = linted.get();
            if (LintOptions.refusesToOverwriteASource(result, output, "--output", err)) return 2;
            Baseline b = Baseline.of(result.results());
            int failed = failures(result.results(), err);
            if (write(b, output, err) != 0) return 2;
            spec.commandLine()
                    .getOut()
                    .println(Escape.line("Wrote " + b.entries().size() + " finding"
                            + (b.entries().size() == 1 ? "" : "s") + " to " + output
                            + (failed > 0
                                    ? "; " + failed + " file" + (failed == 1 ? "" : "s") + " could not be linted"
                                    : "")
                            + "."));
            spec.commandLine().getOut().flush();
            err.flush();
            return failed > 0 ? 2 : 0;
        }
    }

    static final class Prune implements Callable<Integer> {
        final CommandSpec spec;
        final LintOptions lint = new LintOptions();
        Path baseline = Path.of(DEFAULT_FILE);

        private Prune() {
            spec = Specs.command(
                    "prune",
                    this,
                    "Lint the paths and remove from the baseline the entries no finding matches any more.",
                    "Only entries of the rules run and the files linted are judged: the others stay.");
        }

        private CommandSpec model() {
            lint.addTo(spec);
            spec.addOption(bind(OptionSpec.builder("--baseline"), () -> baseline, v -> baseline = v)
                    .paramLabel("FILE")
                    .defaultValue(DEFAULT_FILE)
                    .type(Path.class)
                    .description("The baseline file to prune, in place (default: ${DEFAULT-VALUE}).")
                    .build());
            return Specs.standardHelpOptions(spec);
        }

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            lint.refuseOverwritingWhatItReads(spec, baseline, "--baseline", Optional.empty());
            Optional<LintResult> linted = lint.runOrReport(spec, err, Optional.of(baseline));
            if (linted.isEmpty()) return 2;
            LintResult result = linted.get();
            Baseline b = result.baseline().orElseThrow();
            if (LintOptions.refusesToOverwriteASource(result, baseline, "--baseline", err)) return 2;
            if (failures(result.results(), err) > 0) {
                err.println(Escape.line(
                        baseline + ": not pruned: some inputs could not be linted, so their entries cannot be judged"));
                err.flush();
                return 2;
            }
            Baseline.Outcome o = result.baselineOutcome().orElseThrow();
            if (write(b.prune(o.stale()), baseline, err) != 0) return 2;
            int remain = b.entries().size() - o.stale().size();
            spec.commandLine()
                    .getOut()
                    .println(Escape.line("Removed " + o.stale().size() + " stale entr"
                            + (o.stale().size() == 1 ? "y" : "ies") + " from " + baseline + "; " + remain + " remain"
                            + (o.unchecked() == 0 ? "" : ", " + o.unchecked() + " of them not checked by this run")
                            + "."));
            spec.commandLine().getOut().flush();
            err.flush();
            return 0;
        }
    }
}
