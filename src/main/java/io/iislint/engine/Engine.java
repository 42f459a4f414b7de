package io.iislint.engine;

import io.iislint.baseline.Baseline;
import io.iislint.catalog.Catalog;
import io.iislint.catalog.Parameters;
import io.iislint.catalog.RuleInfo;
import io.iislint.catalog.RuleSelection;
import io.iislint.finding.FileResult;
import io.iislint.load.Loader;
import io.iislint.load.ServerFolders;
import io.iislint.policy.Exemptions;
import io.iislint.policy.Policy;
import io.iislint.policy.PolicyReader;
import io.iislint.rules.Linter;
import io.iislint.rules.Rule;
import io.iislint.rules.RuleSet;
import io.iislint.source.InputError;
import io.iislint.source.InputFinder;
import io.iislint.source.Location;
import io.iislint.text.Escape;
import io.iislint.xml.XmlReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.PatternSyntaxException;

/**
 * The lint pipeline, in one place: catalog → policy → parameters → selection → find the inputs → read and resolve
 * each → rules → inline suppressions → policy exemptions → baseline. Each input is linted on its own: one file's
 * failure is that file's one error, and the others are still linted.
 */
public final class Engine {
    private final PrintWriter diagnostics;

    /** {@code diagnostics} gets warnings (a policy file discovery will not use) and, with debug, stack traces. */
    public Engine(PrintWriter diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** The policy file a run of this request reads: callers check it before the run (a report may not go over it). */
    public static PolicyReader.Discovery policyFile(LintRequest request) {
        if (request.policy() instanceof LintRequest.PolicyChoice.Given g)
            return new PolicyReader.Discovery(Optional.of(g.file()), Optional.empty());
        if (request.policy() instanceof LintRequest.PolicyChoice.Discover)
            return PolicyReader.find(Path.of(request.paths().get(0)));
        return PolicyReader.Discovery.NONE;
    }

    /**
     * Lints every input of the request.
     *
     * @throws InputError when the baseline or the policy file cannot be read or is invalid (nothing was linted)
     * @throws RequestError when the request names an unknown rule or parameter, or gives a bad value or glob
     */
    public LintResult lint(LintRequest request) throws InputError {
        Optional<Baseline> baseline = request.baseline().isPresent()
                ? Optional.of(Baseline.read(request.baseline().get()))
                : Optional.empty();
        Prepared run = prepare(request);
        InputFinder finder = finder(request);
        List<FileResult> results = new FileRuns(
                        new XmlReader(request.maxFileSize()),
                        request.debug(),
                        diagnostics,
                        request.iisVersion().or(() -> run.policy().iisVersion()))
                .lint(
                        finder.find(request.paths()),
                        request.jobs(),
                        run.linter(),
                        run.catalog(),
                        run.enabled(),
                        run.policy().contents().stream()
                                .map(c -> new ServerFolders.Content(c.site(), c.path(), c.folder()))
                                .toList());
        return finish(request, run, baseline, results);
    }

    /**
     * Lints one input held in memory (standard input) under {@code name}, as {@link #lint} lints a file: the
     * request's rules, parameters, policy (discovered from {@code name}'s folder) and baseline; the kind of input is
     * told from its name (an .ini file) or its content. {@code paths} of the request is ignored.
     *
     * @throws InputError when the baseline or the policy file cannot be read or is invalid (nothing was linted)
     */
    public LintResult lint(LintRequest request, String name, byte[] bytes) throws InputError {
        Optional<Baseline> baseline = request.baseline().isPresent()
                ? Optional.of(Baseline.read(request.baseline().get()))
                : Optional.empty();
        Prepared run = prepare(request);
        Loader loader = new Loader(
                new XmlReader(request.maxFileSize()),
                request.iisVersion().or(() -> run.policy().iisVersion()));
        FileResult result;
        try {
            if (bytes.length > request.maxFileSize()) {
                throw new InputError(
                        new Location(name, 1, 1),
                        "larger than the limit of " + request.maxFileSize() + " bytes (raise it with --max-file-size)");
            }
            result = FileRuns.lint(
                    name,
                    loader.parseStandardInput(name, bytes),
                    run.linter(),
                    run.catalog(),
                    run.enabled(),
                    List.of());
        } catch (InputError e) {
            result = FileResult.failed(name, e);
        }
        return finish(request, run, baseline, List.of(result));
    }

    /** The policy's exemptions and the baseline, over what the rules found. */
    private static LintResult finish(
            LintRequest request, Prepared run, Optional<Baseline> baseline, List<FileResult> linted) {
        List<FileResult> results = linted;
        results = Exemptions.apply(run.policy(), results, run.catalog(), run.enabled(), request.today());
        Baseline.Scope scope = Baseline.Scope.of(
                run.enabled(),
                results,
                run.policy().file().map(Path::toString).stream().toList());
        List<FileResult> checked = results;
        Optional<Baseline.Outcome> outcome = baseline.map(b -> b.apply(checked, scope));
        return new LintResult(
                run.catalog(),
                run.ran(),
                outcome.map(Baseline.Outcome::results).orElse(results),
                run.policy(),
                scope,
                baseline,
                outcome);
    }

    /**
     * The rules, parameters and policy of a request, decided once, for linting inputs held in memory one at a time
     * (tests, fuzzing): rules and inline suppressions; a policy's exemptions and a baseline are not applied.
     */
    public Session session(LintRequest request) throws InputError {
        return new Session(prepare(request), new Loader(new XmlReader(request.maxFileSize())));
    }

    /** See {@link #session}. */
    public static final class Session {
        private final Prepared run;
        private final Loader loader;

        private Session(Prepared run, Loader loader) {
            this.run = run;
            this.loader = loader;
        }

        /** The input read into the model, as a run would read it; refused with the one reason a run would give. */
        public Loader.Loaded read(String name, byte[] bytes) throws InputError {
            return loader.parse(name, bytes);
        }

        /** The findings on an input read by {@link #read}, after its inline suppressions. */
        public FileResult lint(String name, Loader.Loaded in) {
            return FileRuns.lint(name, in, run.linter(), run.catalog(), run.enabled(), List.of());
        }

        public FileResult lint(String name, byte[] bytes) throws InputError {
            return lint(name, read(name, bytes));
        }

        public Catalog catalog() {
            return run.catalog();
        }

        /** The rules that run, in catalog order. */
        public List<RuleInfo> rules() {
            return run.ran();
        }
    }

    /** One input read into the model (the audit), or why it could not be. */
    public record Read(String path, Optional<Loader.Loaded> loaded, Optional<InputError> error) {
        static Read of(String path, Loader.Loaded loaded) {
            return new Read(path, Optional.of(loaded), Optional.empty());
        }

        static Read failed(String path, InputError error) {
            return new Read(path, Optional.empty(), Optional.of(error));
        }
    }

    /**
     * Reads every input of the request into the model, each on its own as {@link #lint} does, without linting
     * (the audit judges the models itself). Rules, policy and baseline play no part.
     */
    public List<Read> read(LintRequest request) {
        return new FileRuns(new XmlReader(request.maxFileSize()), request.debug(), diagnostics, request.iisVersion())
                .read(finder(request).find(request.paths()), request.jobs());
    }

    /** Everything decided before the first input is read. */
    private record Prepared(Catalog catalog, Policy policy, Linter linter, Set<String> enabled, List<RuleInfo> ran) {}

    private Prepared prepare(LintRequest request) throws InputError {
        Catalog base = Catalog.load();
        PolicyReader.Discovery found = policyFile(request);
        found.notUsed().ifPresent(why -> {
            diagnostics.println(Escape.line("iislint: warning: " + why));
            diagnostics.flush();
        });
        Policy policy = found.file().isEmpty()
                ? Policy.NONE
                : PolicyReader.read(found.file().get(), base);
        Catalog catalog = base.withSeverities(policy.severities());
        Parameters parameters;
        Set<String> enabled;
        try {
            Map<String, String> merged = new LinkedHashMap<>(policy.params());
            merged.putAll(request.params());
            parameters = Parameters.of(catalog, merged);
            List<String> ignored = new ArrayList<>(request.ignore());
            ignored.addAll(policy.disabled());
            enabled = RuleSelection.resolve(catalog, request.select(), ignored, request.profiles(), policy.turnedOn());
        } catch (IllegalArgumentException e) {
            throw new RequestError(Objects.requireNonNullElse(e.getMessage(), e.toString()));
        }
        List<Rule> rules =
                RuleSet.all().stream().filter(r -> enabled.contains(r.id())).toList();
        List<RuleInfo> ran =
                catalog.all().stream().filter(r -> enabled.contains(r.id())).toList();
        return new Prepared(
                catalog, policy, new Linter(catalog, parameters, rules), Set.copyOf(new HashSet<>(enabled)), ran);
    }

    private static InputFinder finder(LintRequest request) {
        try {
            return new InputFinder(request.include(), request.exclude());
        } catch (IllegalArgumentException e) {
            String why = e instanceof PatternSyntaxException p
                    ? "'" + p.getPattern() + "': " + p.getDescription().replaceFirst("^Missing '(.)$", "missing '$1'")
                            + " at character " + (p.getIndex() + 1)
                    : e.getMessage();
            throw new RequestError("bad --include/--exclude glob " + why);
        }
    }
}
