package io.iislint.cli;

import static io.iislint.cli.Specs.bind;

import io.iislint.engine.Engine;
import io.iislint.engine.LintRequest;
import io.iislint.engine.LintResult;
import io.iislint.engine.RequestError;
import io.iislint.finding.FileResult;
import io.iislint.model.IisVersion;
import io.iislint.source.InputError;
import io.iislint.source.InputFinder;
import io.iislint.text.Escape;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;

/** What to lint and with which rules: shared by {@code check} and {@code baseline}. */
final class LintOptions {

    List<String> paths = new ArrayList<>();
    List<String> select = new ArrayList<>();
    List<String> ignore = new ArrayList<>();
    List<String> profiles = new ArrayList<>();
    Map<String, String> params = new LinkedHashMap<>();
    long maxFileSize;
    boolean debug;
    List<String> include = new ArrayList<>();
    List<String> exclude = new ArrayList<>();
    int jobs = Runtime.getRuntime().availableProcessors();

    @Nullable
    Path config;

    boolean noConfig;

    @Nullable
    String iisVersion;

    /** Adds these options to a command (check, baseline create, baseline prune), each bound to its field here. */
    LintOptions addTo(CommandSpec spec) {
        spec.addPositional(bind(PositionalParamSpec.builder(), () -> paths, v -> paths = v)
                .paramLabel("PATH")
                .arity("1..*")
                .required(true)
                .type(List.class)
                .auxiliaryTypes(String.class)
                .description("Files or directories to lint.")
                .build());
        spec.addOption(bind(OptionSpec.builder("--select"), () -> select, v -> select = v)
                .paramLabel("RULES")
                .splitRegex(",")
                .type(List.class)
                .auxiliaryTypes(String.class)
                .description("Run only these rules: ids, id prefixes (IIS-6), names or tags (security, cis, stig, …).")
                .build());
        spec.addOption(bind(OptionSpec.builder("--ignore"), () -> ignore, v -> ignore = v)
                .paramLabel("RULES")
                .splitRegex(",")
                .type(List.class)
                .auxiliaryTypes(String.class)
                .description("Do not run these rules (same forms as --select).")
                .build());
        spec.addOption(bind(OptionSpec.builder("--profile"), () -> profiles, v -> profiles = v)
                .paramLabel("TAG")
                .splitRegex(",")
                .type(List.class)
                .auxiliaryTypes(String.class)
                .description(
                        "Run the rules with this tag: security, reliability, performance, hygiene, config, migration, cis, stig.")
                .build());
        spec.addOption(bind(OptionSpec.builder("-P", "--param"), () -> params, v -> params = v)
                .paramLabel("RULE.NAME=VALUE")
                .type(Map.class)
                .auxiliaryTypes(String.class, String.class)
                .description("Set a rule parameter, e.g. --param IIS-605.max=00:30:00 (see 'iislint explain RULE').")
                .build());
        spec.addOption(bind(OptionSpec.builder("--max-file-size"), () -> maxFileSize, v -> maxFileSize = v)
                .paramLabel("BYTES")
                .defaultValue("67108864")
                .type(long.class)
                .description("Refuse files larger than this (default: ${DEFAULT-VALUE}, 64 MiB).")
                .build());
        spec.addOption(bind(OptionSpec.builder("--iis-version"), () -> iisVersion, v -> iisVersion = v)
                .paramLabel("VERSION")
                .type(String.class)
                .description("The IIS version of the servers linted, when the files do not show it: 7.0, 7.5, 8.0, 8.5,"
                        + " 10 or express (defaults that changed between versions follow it; default: the policy"
                        + " file's iisVersion, else what each applicationHost.config shows, else IIS 10).")
                .build());
        spec.addOption(bind(OptionSpec.builder("--debug"), () -> debug, v -> debug = v)
                .type(boolean.class)
                .description("Print stack traces for errors (for bug reports).")
                .build());
        spec.addOption(bind(OptionSpec.builder("--include"), () -> include, v -> include = v)
                .paramLabel("GLOB")
                .type(List.class)
                .auxiliaryTypes(String.class)
                .description("In directories, lint the files matching this glob (relative path or file name) instead of"
                        + " the standard names ('iislint check --help' lists them), e.g. --include '*.config'."
                        + " Repeatable.")
                .build());
        spec.addOption(bind(OptionSpec.builder("--exclude"), () -> exclude, v -> exclude = v)
                .paramLabel("GLOB")
                .type(List.class)
                .auxiliaryTypes(String.class)
                .description(
                        "In directories, skip the files matching this glob, e.g. --exclude 'archive/**'. Repeatable.")
                .build());
        spec.addOption(bind(OptionSpec.builder("-j", "--jobs"), () -> jobs, v -> jobs = v)
                .paramLabel("N")
                .type(int.class)
                .description(
                        "Lint N files at a time (default: the number of processors; at most 4 per processor). The report is the same for any N.")
                .build());
        spec.addOption(bind(OptionSpec.builder("--config"), () -> config, v -> config = v)
                .paramLabel("FILE")
                .type(Path.class)
                .description(
                        "The policy file to use (default: the first .iislint.xml found walking up from the first PATH to the repository root).")
                .build());
        spec.addOption(bind(OptionSpec.builder("--no-config"), () -> noConfig, v -> noConfig = v)
                .type(boolean.class)
                .description("Use no policy file.")
                .build());
        return this;
    }

    /**
     * An empty PATH is what a script passes for an unset variable ({@code iislint check "$FILES"}). The JDK takes it
     * for the current directory, which would lint files nobody named.
     */
    static void refuseEmptyPaths(CommandSpec spec, List<String> paths) {
        if (paths.stream().anyMatch(String::isEmpty)) {
            throw new ParameterException(
                    spec.commandLine(),
                    "an empty PATH was given (an unset variable?): name the files or directories to lint");
        }
    }

    /**
     * {@code --select ""} (an unset variable again) would otherwise run no rule and pass every file, and
     * {@code --select ,} every rule: an option given must name something.
     */
    private static void refuseEmptySelection(CommandSpec spec, String option, List<String> values, String what) {
        CommandLine.ParseResult parsed = spec.commandLine().getParseResult();
        if (parsed == null || !parsed.hasMatchedOption(option)) return;
        if (values.stream().allMatch(v -> v.replace(",", "").isBlank())) {
            throw new ParameterException(
                    spec.commandLine(), option + " was given nothing (an unset variable?): give " + what);
        }
    }

    /**
     * The tool never writes to the files it reads: the inputs (named, or found in a named directory), the baseline
     * ({@code baseline}, when the run reads one) and the policy file, however {@code output} spells them.
     */
    void refuseOverwritingWhatItReads(CommandSpec spec, @Nullable Path output, String option, Optional<Path> baseline) {
        if (output == null) return;
        Path out = output.toAbsolutePath().normalize();
        for (String p : paths) {
            Path in = Path.of(p).toAbsolutePath().normalize();
            if (sameFile(out, in) || (Files.isDirectory(in) && out.startsWith(in) && InputFinder.isConfigName(out))) {
                throw new ParameterException(
                        spec.commandLine(), option + " " + output + " would overwrite an input file");
            }
        }
        if (baseline.isPresent()
                && sameFile(out, baseline.get().toAbsolutePath().normalize())) {
            throw new ParameterException(
                    spec.commandLine(), option + " " + output + " would overwrite the baseline file this run reads");
        }
        Optional<Path> policy = policyFile(spec);
        if (policy.isPresent() && sameFile(out, policy.get().toAbsolutePath().normalize())) {
            throw new ParameterException(
                    spec.commandLine(), option + " " + output + " would overwrite the policy file this run reads");
        }
    }

    /** The same path once normalised, or one file by two names (a link, a hard link, a path through a link). */
    private static boolean sameFile(Path a, Path b) {
        if (a.equals(b)) return true;
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false; // cannot tell: the path comparison stands
        }
    }

    /**
     * The configSource files the run read are known only once it has read them: {@code output} may not go over one
     * either. Prints the one {@code iislint: error:} line on {@code err} when it would.
     */
    static boolean refusesToOverwriteASource(LintResult result, @Nullable Path output, String option, PrintWriter err) {
        if (output == null) return false;
        Path out = output.toAbsolutePath().normalize();
        for (FileResult r : result.results()) {
            for (String source : r.sources()) {
                if (!sameFile(out, Path.of(source).toAbsolutePath().normalize())) continue;
                err.println(Escape.line("iislint: error: " + option + " " + output + " would overwrite " + source
                        + ", a configSource file of " + r.path() + " that this run reads"));
                err.flush();
                return true;
            }
        }
        return false;
    }

    /**
     * Checks the options (usage errors become ParameterException, exit 2), then runs the engine; a bad baseline or
     * policy file is printed as one diagnostic line and gives empty (exit 2).
     */
    Optional<LintResult> runOrReport(CommandSpec spec, PrintWriter err, Optional<Path> baseline) {
        LintRequest request = request(spec, baseline);
        try {
            return Optional.of(new Engine(err).lint(request));
        } catch (InputError e) {
            err.println(e.diagnostic());
            err.flush();
            return Optional.empty();
        } catch (RequestError e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** As {@link #runOrReport(CommandSpec, PrintWriter, Optional)}, for one input read from standard input. */
    Optional<LintResult> runOrReport(
            CommandSpec spec, PrintWriter err, Optional<Path> baseline, String name, byte[] bytes) {
        LintRequest request = request(spec, baseline);
        try {
            return Optional.of(new Engine(err).lint(request, name, bytes));
        } catch (InputError e) {
            err.println(e.diagnostic());
            err.flush();
            return Optional.empty();
        } catch (RequestError e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** The policy file this run reads: --config, else the one discovery finds from the first path, unless --no-config. */
    Optional<Path> policyFile(CommandSpec spec) {
        return Engine.policyFile(request(spec, Optional.empty())).file();
    }

    /** The options as the engine's request; usage errors first. */
    private LintRequest request(CommandSpec spec, Optional<Path> baseline) {
        if (noConfig && config != null)
            throw new ParameterException(spec.commandLine(), "--config and --no-config contradict each other");
        refuseEmptyPaths(spec, paths);
        if (maxFileSize < 1) throw new ParameterException(spec.commandLine(), "--max-file-size must be at least 1");
        refuseEmptySelection(spec, "--select", select, "rule ids, id prefixes, names or tags (see 'iislint rules')");
        refuseEmptySelection(spec, "--ignore", ignore, "rule ids, id prefixes, names or tags (see 'iislint rules')");
        refuseEmptySelection(spec, "--profile", profiles, "tags such as security or cis (see 'iislint rules')");
        if (jobs < 1) throw new ParameterException(spec.commandLine(), "--jobs must be at least 1");
        Optional<IisVersion> version = Optional.empty();
        if (iisVersion != null) {
            String given = iisVersion;
            version = Optional.of(IisVersion.given(given, "--iis-version")
                    .orElseThrow(() -> new ParameterException(
                            spec.commandLine(),
                            "--iis-version must be " + IisVersion.GIVEN_VALUES + ", not '" + given + "'")));
        }
        LintRequest.PolicyChoice policy = noConfig
                ? new LintRequest.PolicyChoice.None()
                : config != null ? new LintRequest.PolicyChoice.Given(config) : new LintRequest.PolicyChoice.Discover();
        return new LintRequest(
                paths,
                include,
                exclude,
                select,
                ignore,
                profiles,
                params,
                policy,
                baseline,
                maxFileSize,
                jobs,
                debug,
                LocalDate::now,
                version);
    }
}
