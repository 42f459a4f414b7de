package io.iislint.cli;

import io.iislint.report.FileResult;
import io.iislint.rules.Catalog;
import io.iislint.rules.Linter;
import io.iislint.rules.Parameters;
import io.iislint.rules.Rule;
import io.iislint.rules.RuleInfo;
import io.iislint.rules.RuleSelection;
import io.iislint.rules.RuleSet;
import io.iislint.source.InputFinder;
import io.iislint.xml.XmlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** What to lint and with which rules: shared by {@code check} and {@code baseline}. */
final class LintOptions {

    @picocli.CommandLine.Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or directories to lint.")
    List<String> paths;

    @Option(names = "--select", paramLabel = "RULES", split = ",",
            description = "Run only these rules: ids, id prefixes (IIS-6), names or tags (security, cis, stig, …).")
    List<String> select = new ArrayList<>();

    @Option(names = "--ignore", paramLabel = "RULES", split = ",", description = "Do not run these rules (same forms as --select).")
    List<String> ignore = new ArrayList<>();

    @Option(names = "--profile", paramLabel = "TAG", split = ",",
            description = "Run the rules with this tag: security, reliability, performance, hygiene, config, migration, cis, stig.")
    List<String> profiles = new ArrayList<>();

    @Option(names = {"-P", "--param"}, paramLabel = "RULE.NAME=VALUE",
            description = "Set a rule parameter, e.g. --param IIS-605.max=00:30:00 (see 'iislint explain RULE').")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--max-file-size", paramLabel = "BYTES", defaultValue = "67108864",
            description = "Refuse files larger than this (default: ${DEFAULT-VALUE}, 64 MiB).")
    long maxFileSize;

    @Option(names = "--debug", description = "Print stack traces for errors (for bug reports).")
    boolean debug;

    /** The tool never writes to the files it reads. */
    void refuseOverwritingAnInput(CommandSpec spec, Path output, String option) {
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
                throw new ParameterException(spec.commandLine(), option + " " + output + " would overwrite an input file");
            }
        }
    }

    /** The outcome of linting every path: per-file results and the rules that ran, in catalog order. */
    record Lint(Catalog catalog, List<RuleInfo> rules, List<FileResult> results) {}

    /** Checks the options (usage errors become ParameterException, exit 2), then lints every path. */
    Lint run(CommandSpec spec, PrintWriter err) {
        if (maxFileSize < 1) throw new ParameterException(spec.commandLine(), "--max-file-size must be at least 1");
        Catalog catalog = Catalog.load();
        Parameters parameters;
        Set<String> enabled;
        try {
            parameters = Parameters.of(catalog, params);
            enabled = RuleSelection.resolve(catalog, select, ignore, profiles);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        List<Rule> rules = RuleSet.all().stream().filter(r -> enabled.contains(r.id())).toList();
        List<RuleInfo> ran = catalog.all().stream().filter(r -> enabled.contains(r.id())).toList();
        LintRun run = new LintRun(new XmlReader(maxFileSize), new Linter(catalog, parameters, rules), catalog, enabled, debug, err);
        return new Lint(catalog, ran, run.run(paths));
    }
}
