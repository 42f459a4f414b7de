package io.iislint.engine;

import io.iislint.model.IisVersion;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What to lint and how: the inputs, which rules and with which parameters, the policy file, the baseline. Every
 * command that lints (check, baseline create/prune), the tests, the fuzz targets and the benchmark describe their
 * run with one of these; {@link Engine} does the rest.
 *
 * @param paths files and directories, as given
 * @param include globs that replace the standard file names when searching directories (empty: the standard names)
 * @param exclude globs of files to skip when searching directories
 * @param select rules to run: ids, id prefixes, names or tags (empty: all)
 * @param ignore rules not to run (same forms); the policy's disabled rules are added
 * @param profiles tags whose rules run
 * @param params rule parameters ({@code RULE.name=value}), over the policy's
 * @param policy the policy file to use: {@link PolicyChoice#none}, a given file, or discovery from the first path
 * @param baseline the baseline whose findings are not reported, if any
 * @param maxFileSize the largest input read, in bytes
 * @param jobs how many files to lint at a time
 * @param debug whether internal errors and a file's parse errors print their stack traces
 * @param today the date exemptions expire against
 * @param iisVersion the IIS version of the servers, when the user gives it ({@code --iis-version}); else the
 *     policy's {@code iisVersion}, else what each file shows
 */
public record LintRequest(
        List<String> paths,
        List<String> include,
        List<String> exclude,
        List<String> select,
        List<String> ignore,
        List<String> profiles,
        Map<String, String> params,
        PolicyChoice policy,
        Optional<Path> baseline,
        long maxFileSize,
        int jobs,
        boolean debug,
        Supplier<LocalDate> today,
        Optional<IisVersion> iisVersion) {

    public static final long DEFAULT_MAX_FILE_SIZE = 64L * 1024 * 1024;

    public LintRequest {
        paths = List.copyOf(paths);
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
        select = List.copyOf(select);
        ignore = List.copyOf(ignore);
        profiles = List.copyOf(profiles);
        params = Map.copyOf(params);
    }

    /** Every rule, the catalog's parameters, no policy, no baseline, the default limits: what tests and tools start from. */
    public static LintRequest of(List<String> paths) {
        return new LintRequest(
                paths,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                Map.of(),
                PolicyChoice.none(),
                Optional.empty(),
                DEFAULT_MAX_FILE_SIZE,
                Runtime.getRuntime().availableProcessors(),
                false,
                LocalDate::now,
                Optional.empty());
    }

    public LintRequest withParams(Map<String, String> p) {
        return new LintRequest(
                paths,
                include,
                exclude,
                select,
                ignore,
                profiles,
                p,
                policy,
                baseline,
                maxFileSize,
                jobs,
                debug,
                today,
                iisVersion);
    }

    public LintRequest withSelect(List<String> s) {
        return new LintRequest(
                paths,
                include,
                exclude,
                s,
                ignore,
                profiles,
                params,
                policy,
                baseline,
                maxFileSize,
                jobs,
                debug,
                today,
                iisVersion);
    }

    public LintRequest withMaxFileSize(long bytes) {
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
                bytes,
                jobs,
                debug,
                today,
                iisVersion);
    }

    /** The same lint, with every server taken for {@code version}. */
    public LintRequest withIisVersion(Optional<IisVersion> version) {
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
                today,
                version);
    }

    /** The same request as a lint without {@code --iis-version} would make, for the constructors below. */
    public LintRequest(
            List<String> paths,
            List<String> include,
            List<String> exclude,
            List<String> select,
            List<String> ignore,
            List<String> profiles,
            Map<String, String> params,
            PolicyChoice policy,
            Optional<Path> baseline,
            long maxFileSize,
            int jobs,
            boolean debug,
            Supplier<LocalDate> today) {
        this(
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
                today,
                Optional.empty());
    }

    public LintRequest withJobs(int j) {
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
                j,
                debug,
                today,
                iisVersion);
    }

    /** Which policy file a run uses. */
    public sealed interface PolicyChoice {
        /** No policy file ({@code --no-config}). */
        record None() implements PolicyChoice {}

        /** This file ({@code --config FILE}). */
        record Given(Path file) implements PolicyChoice {}

        /** The first {@code .iislint.xml} found walking up from the first path, within the repository. */
        record Discover() implements PolicyChoice {}

        static PolicyChoice none() {
            return new None();
        }
    }
}
