package io.iislint.catalog;

import io.iislint.finding.RuleRef;
import io.iislint.finding.Severity;
import java.util.List;
import java.util.Optional;

/**
 * A rule's catalog entry: everything about a rule except its logic. An audit readiness check has one too: category
 * {@code migration}, its {@code target} ({@code iis10}, {@code appservice}; empty for a rule) and, as its severity,
 * the result it gives a site that does not pass: error is fail (NotReady), warning is warn (ConditionallyReady),
 * info is advice that leaves the verdict alone.
 */
public record RuleInfo(
        String id,
        String name,
        Severity severity,
        String category,
        String title,
        String rationale,
        String appcmd,
        String powershell,
        String adsutil,
        List<String> tags,
        List<String> references,
        List<Parameter> parameters,
        String badExample,
        String goodExample,
        String target,
        FileFix fileFix,
        boolean offByDefault) {

    public RuleInfo {
        tags = List.copyOf(tags);
        references = List.copyOf(references);
        parameters = List.copyOf(parameters);
    }

    /**
     * The profiles that choose a rule that is off by default, as its id or name does: the benchmarks' tags. Such a
     * rule checks a control the benchmark itself marks not applicable on many servers (a public site, SharePoint,
     * Exchange), so it runs only when asked for; an id prefix or a broader tag ({@code security}) does not choose it.
     */
    public static final List<String> BENCHMARK_TAGS = List.of("cis", "stig", "kisa");

    /** How {@code iislint rules}, the rule pages and README mark a rule that is off by default. */
    public static final String OFF_BY_DEFAULT = "off by default";

    /** The same entry with another severity (a policy's {@code <rule severity="…">}). */
    public RuleInfo withSeverity(Severity s) {
        return new RuleInfo(
                id,
                name,
                s,
                category,
                title,
                rationale,
                appcmd,
                powershell,
                adsutil,
                tags,
                references,
                parameters,
                badExample,
                goodExample,
                target,
                fileFix,
                offByDefault);
    }

    /**
     * Whether {@code check --fix} changes the file for this rule's findings: {@code safe} (by default: the change
     * does only what the rule asks), {@code unsafe} (only with {@code --unsafe-fixes}: it may change how the site
     * behaves), or empty (never: the fix needs a choice, or more than one attribute). {@code why} says why, in the
     * catalog's words.
     */
    public record FileFix(String safety, String why) {
        public static final FileFix NONE = new FileFix("", "");
        public static final String SAFE = "safe";
        public static final String UNSAFE = "unsafe";

        public boolean exists() {
            return !safety.isEmpty();
        }

        public boolean isSafe() {
            return safety.equals(SAFE);
        }
    }

    /** How reports name a readiness check's target ({@code iis10}, {@code appservice}). */
    public static String targetLabel(String target) {
        return switch (target) {
            case "iis10" -> "IIS 10";
            case "appservice" -> "Azure App Service";
            default -> throw new IllegalArgumentException("unknown readiness target '" + target + "'");
        };
    }

    /** Whether this is one of the audit's readiness checks rather than a lint rule. */
    public boolean isReadinessCheck() {
        return !target.isEmpty();
    }

    /**
     * The id the audit shows for a readiness check (in every format, as it always has): its name in CamelCase,
     * {@code iis5-isolation-mode} → {@code Iis5IsolationMode}, {@code clr11} → {@code Clr11}.
     */
    public String auditName() {
        StringBuilder sb = new StringBuilder(name.length());
        for (String part : name.split("-")) {
            if (!part.isEmpty())
                sb.append(Character.toUpperCase(part.charAt(0))).append(part, 1, part.length());
        }
        return sb.toString();
    }

    /** A threshold an organisation may set differently. {@code type} is integer, timespan or text. */
    public record Parameter(String name, String type, String defaultValue, String description) {}

    /** What a finding names of this rule. */
    public RuleRef ref() {
        return new RuleRef(id, name, severity, category);
    }

    /** Security rules get a security-severity in SARIF, which GitHub uses to rank alerts. */
    public boolean isSecurity() {
        return tags.contains("security");
    }

    public Optional<Parameter> parameter(String parameterName) {
        return parameters.stream().filter(p -> p.name().equals(parameterName)).findFirst();
    }
}
