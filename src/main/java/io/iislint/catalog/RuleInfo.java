package io.iislint.catalog;

import io.iislint.finding.RuleRef;
import io.iislint.finding.Severity;
import java.util.List;
import java.util.Optional;

/** A rule's catalog entry: everything about a rule except its logic. */
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
        String goodExample) {

    public RuleInfo {
        tags = List.copyOf(tags);
        references = List.copyOf(references);
        parameters = List.copyOf(parameters);
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
