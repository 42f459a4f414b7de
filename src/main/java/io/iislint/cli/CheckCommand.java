package io.iislint.cli;

import io.iislint.report.FileResult;
import io.iislint.report.JsonReport;
import io.iislint.report.Report;
import io.iislint.report.TextReport;
import io.iislint.rules.Catalog;
import io.iislint.rules.Linter;
import io.iislint.rules.RuleSet;
import io.iislint.rules.Severity;
import io.iislint.source.InputFinder;
import io.iislint.xml.XmlReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

@Command(name = "check",
        description = {"Lint IIS configuration files: applicationHost.config, web.config, or a directory holding them.",
                "Directories are searched for files named applicationHost.config and web.config (any case)."},
        sortOptions = false,
        mixinStandardHelpOptions = true,
        versionProvider = Version.class)
final class CheckCommand implements Callable<Integer> {

    enum Format { text, json }

    enum Color { auto, always, never }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or directories to lint.")
    List<String> paths;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    Path output;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "warning",
            description = "Exit with 1 when a finding is at or above this severity: error, warning or info (default: ${DEFAULT-VALUE}).")
    String failOn;

    @Option(names = {"-P", "--param"}, paramLabel = "RULE.NAME=VALUE",
            description = "Set a rule parameter, e.g. --param IIS-605.max=00:30:00 (see 'iislint rules RULE').")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--max-file-size", paramLabel = "BYTES", defaultValue = "67108864",
            description = "Refuse files larger than this (default: ${DEFAULT-VALUE}, 64 MiB).")
    long maxFileSize;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
            description = "Colour severities: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}: only on a terminal, unless NO_COLOR is set).")
    Color color;

    @Option(names = "--debug", description = "Print stack traces for errors (for bug reports).")
    boolean debug;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Severity threshold = Severity.parse(failOn).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "Invalid value for option '--fail-on': '" + failOn + "' (expected error, warning or info)"));
        if (maxFileSize < 1) throw new ParameterException(spec.commandLine(), "--max-file-size must be at least 1");
        Catalog catalog = Catalog.load();
        io.iislint.rules.Parameters parameters;
        try {
            parameters = io.iislint.rules.Parameters.of(catalog, params);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        refuseOverwritingAnInput();

        LintRun run = new LintRun(new XmlReader(maxFileSize), new Linter(catalog, parameters, RuleSet.all()), debug, err);
        List<FileResult> results = run.run(paths);
        Report report = new Report(Version.get(), results, threshold);

        for (FileResult r : report.files()) {
            r.error().ifPresent(e -> err.println(e.diagnostic()));
        }
        err.flush();
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            write(report, out, useColor());
        } else {
            try (Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                write(report, w, false);
            } catch (IOException e) {
                err.println(output + ": error: cannot write the report: " + e.getMessage());
                err.flush();
                return 2;
            }
        }
        return report.exitCode();
    }

    private void write(Report report, Writer w, boolean colour) throws IOException {
        switch (format) {
            case text -> new TextReport(colour).write(report, w instanceof PrintWriter p ? p : new PrintWriter(w));
            case json -> {
                new JsonReport().write(report, w);
                w.flush();
            }
        }
    }

    private boolean useColor() {
        return switch (color) {
            case always -> true;
            case never -> false;
            case auto -> System.console() != null && System.getenv("NO_COLOR") == null;
        };
    }

    /** The tool never writes to the files it reads. */
    private void refuseOverwritingAnInput() {
        if (output == null) return;
        Path out = output.toAbsolutePath().normalize();
        for (String p : paths) {
            Path in = Path.of(p).toAbsolutePath().normalize();
            boolean same = out.equals(in);
            try {
                same = same || (Files.exists(out) && Files.exists(in) && Files.isSameFile(out, in));
            } catch (IOException ignored) {
                // cannot tell: the path comparison stands
            }
            if (same || (Files.isDirectory(in) && out.startsWith(in) && InputFinder.isConfigName(out))) {
                throw new ParameterException(spec.commandLine(), "--output " + output + " would overwrite an input file");
            }
        }
    }
}
