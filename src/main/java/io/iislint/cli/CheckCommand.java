package io.iislint.cli;

import static io.iislint.cli.Specs.bind;

import io.iislint.baseline.Baseline;
import io.iislint.engine.LintResult;
import io.iislint.finding.FileResult;
import io.iislint.finding.Severity;
import io.iislint.report.AzureReport;
import io.iislint.report.CheckstyleReport;
import io.iislint.report.CmdScript;
import io.iislint.report.GithubReport;
import io.iislint.report.GitlabReport;
import io.iislint.report.HtmlReport;
import io.iislint.report.JUnitReport;
import io.iislint.report.JsonReport;
import io.iislint.report.PowerShellScript;
import io.iislint.report.Report;
import io.iislint.report.Reporter;
import io.iislint.report.SarifReport;
import io.iislint.report.TextReport;
import io.iislint.source.InputFinder;
import io.iislint.text.Escape;
import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/** {@code iislint check}: lint files and report the findings. */
final class CheckCommand implements Callable<Integer> {

    enum Format {
        text,
        json,
        sarif,
        junit,
        checkstyle,
        github,
        gitlab,
        azure,
        html,
        powershell,
        appcmd
    }

    /** One requested output: a format, written to a file or (when {@code file} is null) to standard output. */
    record Output(Format format, @Nullable Path file) {}

    enum Color {
        auto,
        always,
        never
    }

    final CommandSpec spec;
    final LintOptions lint = new LintOptions();
    List<String> formats = new ArrayList<>();

    @Nullable
    Path output;

    @Nullable
    Path baseline;

    boolean exitZero;

    @Nullable
    String failOn;

    Color color = Color.auto;

    boolean fix;
    boolean unsafeFixes;
    boolean diff;
    boolean exitNonZeroOnFix;
    boolean statistics;
    boolean quiet;

    @Nullable
    String stdinFilename;

    /** The command as picocli sees it, bound to a new instance's fields. */
    static CommandSpec spec() {
        return new CheckCommand().model();
    }

    private CheckCommand() {
        spec = Specs.command(
                "check",
                this,
                "Lint IIS configuration files: applicationHost.config, web.config, or a directory holding them.",
                "Directories are searched for files named " + InputFinder.SEARCHED
                        + " (any case: web01.applicationHost.config, MetaBase_web01.xml too).");
    }

    private CommandSpec model() {
        spec.usageMessage().sortOptions(false);
        Specs.exitCodes(spec, Main.EXIT_0, Main.EXIT_1, Main.EXIT_2);
        lint.addTo(spec);
        spec.addOption(bind(OptionSpec.builder("-f", "--format"), () -> formats, v -> formats = v)
                .paramLabel("FORMAT[:FILE]")
                .type(List.class)
                .auxiliaryTypes(String.class)
                .description(
                        "Report format: " + Specs.oneOf(Format.values()) + " (default: " + Format.text + ").",
                        "Repeat for several reports in one run, each to its own file: --format sarif:iislint.sarif --format text")
                .build());
        spec.addOption(bind(OptionSpec.builder("-o", "--output"), () -> output, v -> output = v)
                .paramLabel("FILE")
                .type(Path.class)
                .description("Write the report that has no file of its own to FILE instead of standard output.")
                .build());
        spec.addOption(bind(OptionSpec.builder("--baseline"), () -> baseline, v -> baseline = v)
                .paramLabel("FILE")
                .type(Path.class)
                .description("Report only findings that are not in this baseline (see 'iislint baseline create').")
                .build());
        spec.addOption(bind(OptionSpec.builder("--exit-zero"), () -> exitZero, v -> exitZero = v)
                .type(boolean.class)
                .description("Exit with 0 even when there are findings (2 still means an input could not be linted).")
                .build());
        spec.addOption(bind(OptionSpec.builder("--fail-on"), () -> failOn, v -> failOn = v)
                .paramLabel("SEVERITY")
                .type(String.class)
                .description(
                        "Exit with 1 when a finding is at or above this severity: error, warning or info (default: the policy file's failOn, else warning).")
                .build());
        spec.addOption(bind(OptionSpec.builder("--statistics"), () -> statistics, v -> statistics = v)
                .type(boolean.class)
                .description(
                        "In the text report, one line per rule that found something, with its count, instead of the findings.")
                .build());
        spec.addOption(bind(OptionSpec.builder("-q", "--quiet"), () -> quiet, v -> quiet = v)
                .type(boolean.class)
                .description(
                        "In the text report, only the findings of severity error and the summary (inputs that could not be linted are still reported).")
                .build());
        spec.addOption(bind(OptionSpec.builder("--stdin-filename"), () -> stdinFilename, v -> stdinFilename = v)
                .paramLabel("NAME")
                .type(String.class)
                .description(
                        "With - as the PATH (the configuration on standard input): the name the reports give it, which also tells an fcgiext.ini (*.ini) and where the policy file is looked for (default: -).")
                .build());
        spec.addOption(bind(OptionSpec.builder("--color"), () -> color, v -> color = v)
                .paramLabel("WHEN")
                .defaultValue(Color.auto.name())
                .type(Color.class)
                .description(
                        "Colour severities: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}: only on a terminal, unless NO_COLOR is set).")
                .build());
        spec.addOption(bind(OptionSpec.builder("--fix"), () -> fix, v -> fix = v)
                .type(boolean.class)
                .description(
                        "Fix the findings whose rule has a safe fix in the files themselves (each file written whole, only"
                                + " the values fixed change), then report what is left.")
                .build());
        spec.addOption(bind(OptionSpec.builder("--unsafe-fixes"), () -> unsafeFixes, v -> unsafeFixes = v)
                .type(boolean.class)
                .description("With --fix or --diff: make the unsafe fixes too (they may change how a site behaves).")
                .build());
        spec.addOption(bind(OptionSpec.builder("--diff"), () -> diff, v -> diff = v)
                .type(boolean.class)
                .description(
                        "Print the fixes as a unified diff instead of writing them; exit with 1 if there is something"
                                + " to fix.")
                .build());
        spec.addOption(
                bind(OptionSpec.builder("--exit-non-zero-on-fix"), () -> exitNonZeroOnFix, v -> exitNonZeroOnFix = v)
                        .type(boolean.class)
                        .description("With --fix: exit with 1 when a file was changed, even if no finding is left.")
                        .build());
        return Specs.standardHelpOptions(spec);
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Optional<Severity> cliThreshold = failOn == null
                ? Optional.empty()
                : Optional.of(Severity.parse(failOn)
                        .orElseThrow(() -> new ParameterException(
                                spec.commandLine(),
                                "Invalid value for option '--fail-on': '" + failOn
                                        + "' (expected error, warning or info)")));
        if (diff && (!formats.isEmpty() || output != null))
            throw new ParameterException(
                    spec.commandLine(), "--diff prints only the diff: it takes no --format or --output");
        List<Output> outputs = outputs();
        if (statistics && quiet)
            throw new ParameterException(spec.commandLine(), "--statistics and --quiet contradict each other");
        if ((statistics || quiet) && outputs.stream().noneMatch(o -> o.format() == Format.text)) {
            throw new ParameterException(
                    spec.commandLine(),
                    (statistics ? "--statistics" : "--quiet")
                            + " changes the text report, and none is written: add --format text");
        }
        boolean fromStdin = lint.paths.contains(STDIN);
        if (fromStdin && lint.paths.size() > 1) {
            throw new ParameterException(
                    spec.commandLine(), "- (standard input) must be the only PATH: lint files in another run");
        }
        if (stdinFilename != null && !fromStdin) {
            throw new ParameterException(
                    spec.commandLine(), "--stdin-filename names standard input: give - as the PATH");
        }
        if (stdinFilename != null && stdinFilename.isEmpty()) {
            throw new ParameterException(
                    spec.commandLine(), "--stdin-filename was given nothing (an unset variable?): give a name");
        }
        String stdinName = stdinFilename == null ? STDIN : stdinFilename;
        if (fromStdin) lint.paths = List.of(stdinName);
        for (Output o : outputs) {
            lint.refuseOverwritingWhatItReads(
                    spec, o.file(), o.file() == output ? "--output" : "--format", Optional.ofNullable(baseline));
        }
        Optional<LintResult> linted;
        if (fromStdin) {
            Optional<byte[]> bytes = readStdin(err, stdinName);
            if (bytes.isEmpty()) return 2;
            linted = lint.runOrReport(spec, err, Optional.ofNullable(baseline), stdinName, bytes.get());
        } else {
            linted = lint.runOrReport(spec, err, Optional.ofNullable(baseline));
        }
        if (linted.isEmpty()) return 2;
        Optional<Fixing.Outcome> fixed = Optional.empty();
        if (fix || diff) {
            LintResult first = linted.get();
            List<Path> readOnly = new ArrayList<>();
            first.policy().file().ifPresent(readOnly::add);
            if (baseline != null) readOnly.add(baseline);
            Fixing.Outcome o = Fixing.run(
                    first,
                    unsafeFixes,
                    !diff,
                    lint.maxFileSize,
                    readOnly,
                    spec.commandLine().getOut(),
                    err);
            if (diff) {
                for (FileResult r : first.results()) r.error().ifPresent(e -> err.println(e.diagnostic()));
                err.flush();
                boolean errors = o.failed()
                        || first.results().stream().anyMatch(r -> r.error().isPresent());
                return errors ? 2 : o.files() > 0 ? 1 : 0;
            }
            fixed = Optional.of(o);
            if (o.files() > 0) {
                // what is left is what the files now hold: the report and the exit code are theirs
                linted = lint.runOrReport(spec, err, Optional.ofNullable(baseline));
                if (linted.isEmpty()) return 2;
            }
        }
        LintResult result = linted.get();
        for (Output o : outputs) {
            if (LintOptions.refusesToOverwriteASource(
                    result, o.file(), o.file() == output ? "--output" : "--format", err)) return 2;
        }
        Severity threshold = cliThreshold.or(() -> result.policy().failOn()).orElse(Severity.WARNING);
        Optional<String> policy = result.policy().file().map(Path::toString);
        Report report = new Report(
                Version.get(),
                result.rules(),
                result.results(),
                threshold,
                exitZero,
                result.baselineOutcome().map(Baseline.Outcome::matched).orElse(0),
                result.baselineOutcome().map(o -> o.stale().size()).orElse(0),
                policy);

        for (FileResult r : report.files()) {
            r.error().ifPresent(e -> err.println(e.diagnostic()));
        }
        AzurePipeline.Found pipeline = outputs.stream().anyMatch(o -> o.format() == Format.sarif)
                ? AzurePipeline.from(System::getenv)
                : AzurePipeline.Found.NONE;
        pipeline.warning().ifPresent(w -> err.println(Escape.line(w)));
        err.flush();
        for (Output o : outputs) {
            if (o.file() == null) {
                PrintWriter out = spec.commandLine().getOut();
                reporter(o.format(), useColor(), detail(), pipeline.automation())
                        .write(report, out);
                out.flush();
                continue;
            }
            Optional<String> failed = OutputFile.write(
                    o.file(),
                    w -> reporter(o.format(), false, detail(), pipeline.automation())
                            .write(report, w));
            if (failed.isPresent()) {
                err.println(Escape.line(o.file() + ": error: cannot write the report: " + failed.get()));
                err.flush();
                return 2;
            }
        }
        int exit = report.exitCode();
        if (fixed.isPresent() && fixed.get().failed()) return 2;
        if (exit == 0 && exitNonZeroOnFix && fixed.isPresent() && fixed.get().files() > 0) return 1;
        return exit;
    }

    /** What the PATH {@code -} stands for, and the name its input gets without --stdin-filename. */
    static final String STDIN = "-";

    /**
     * Standard input, whole, up to --max-file-size (one byte more tells a larger input); empty, with its error line
     * printed, when it cannot be read.
     */
    private Optional<byte[]> readStdin(PrintWriter err, String name) {
        try {
            int limit = (int) Math.min(lint.maxFileSize + 1, Integer.MAX_VALUE - 8);
            return Optional.of(System.in.readNBytes(limit));
        } catch (IOException e) {
            err.println(Escape.line(name + ":1:1: error: cannot read standard input: " + e.getMessage()));
            err.flush();
            return Optional.empty();
        }
    }

    private TextReport.Detail detail() {
        return statistics ? TextReport.Detail.STATISTICS : quiet ? TextReport.Detail.ERRORS : TextReport.Detail.ALL;
    }

    private static Reporter reporter(
            Format format, boolean colour, TextReport.Detail detail, Optional<SarifReport.Automation> automation) {
        return switch (format) {
            case text -> new TextReport(colour, detail);
            case json -> new JsonReport();
            case sarif -> new SarifReport(Path.of(""), automation);
            case junit -> new JUnitReport();
            case checkstyle -> new CheckstyleReport();
            case github -> new GithubReport();
            case powershell -> new PowerShellScript();
            case appcmd -> new CmdScript();
            case html -> new HtmlReport();
            case gitlab -> new GitlabReport(Path.of(""));
            case azure -> new AzureReport();
        };
    }

    /** {@code FORMAT[:FILE]}; a Windows path after the colon keeps its own colon ({@code sarif:C:\out.sarif}). */
    private List<Output> outputs() {
        List<Output> list = new ArrayList<>();
        for (String spec : formats.isEmpty() ? List.of(Format.text.name()) : formats) {
            int colon = spec.indexOf(':');
            String name = colon < 0 ? spec : spec.substring(0, colon);
            Format f;
            try {
                f = Format.valueOf(name.toLowerCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(
                        this.spec.commandLine(),
                        "Invalid value for option '--format': '" + name + "' (expected " + Specs.oneOf(Format.values())
                                + ")");
            }
            if (colon >= 0 && colon == spec.length() - 1) {
                throw new ParameterException(
                        this.spec.commandLine(), "--format " + spec + " names no file after the colon");
            }
            Path file = colon < 0 ? output : Path.of(spec.substring(colon + 1));
            list.add(new Output(f, file));
        }
        if (list.stream().filter(o -> o.file() == null).count() > 1) {
            throw new ParameterException(
                    spec.commandLine(),
                    "only one --format can go to standard output; give the others a file (FORMAT:FILE)");
        }
        Set<Path> files = new HashSet<>();
        for (Output o : list) {
            if (o.file() != null && !files.add(o.file().toAbsolutePath().normalize())) {
                throw new ParameterException(
                        spec.commandLine(), "two reports would go to " + o.file() + ": give each its own file");
            }
        }
        return list;
    }

    private boolean useColor() {
        return switch (color) {
            case always -> true;
            case never -> false;
            case auto -> onTerminal() && System.getenv("NO_COLOR") == null;
        };
    }

    /**
     * Whether the standard streams are a terminal. JDK 22 to 24 give a console for redirected output too, and
     * Console.isTerminal() (JDK 22) tells them apart; the code is built for Java 17, so it is looked up. Before JDK 22
     * there is a console only on a terminal.
     */
    @SuppressWarnings("SystemConsoleNull") // null still means no terminal on JDK 17 to 21; isTerminal() is asked too
    private static boolean onTerminal() {
        Console console = System.console();
        if (console == null) return false;
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
