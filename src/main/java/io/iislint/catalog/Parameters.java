package io.iislint.catalog;

import io.iislint.model.Digits;
import io.iislint.model.IisEnums;
import io.iislint.model.RecycleEvent;
import io.iislint.model.TimeSpan;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Rule parameter values: the catalog's documented defaults, overridden per organisation with
 * {@code --param RULE.name=value} or the policy file. Every value is checked and parsed once, before any file is
 * read, so a bad value is a usage error naming the parameter and rules only read typed values.
 */
public final class Parameters {
    private final Map<String, Object> values;

    private Parameters(Map<String, Object> values) {
        this.values = values;
    }

    public static Parameters defaults(Catalog catalog) {
        return of(catalog, Map.of());
    }

    /** @throws IllegalArgumentException with a message for the user when an override is unknown or ill-typed */
    public static Parameters of(Catalog catalog, Map<String, String> overrides) {
        for (String key : overrides.keySet()) {
            int dot = key.indexOf('.');
            if (dot < 0)
                throw new IllegalArgumentException(
                        "--param " + key + ": expected RULE.name=value, e.g. IIS-605.max=00:30:00");
            String ruleId = key.substring(0, dot);
            String name = key.substring(dot + 1);
            RuleInfo rule = catalog.get(ruleId)
                    .orElseThrow(() -> new IllegalArgumentException("--param " + key + ": unknown rule " + ruleId));
            if (rule.parameter(name).isEmpty()) {
                throw new IllegalArgumentException("--param " + key + ": rule " + ruleId + " has no parameter '" + name
                        + "'"
                        + (rule.parameters().isEmpty()
                                ? ""
                                : " (it has: "
                                        + String.join(
                                                ", ",
                                                rule.parameters().stream()
                                                        .map(RuleInfo.Parameter::name)
                                                        .toList())
                                        + ")"));
            }
        }
        Map<String, Object> values = new HashMap<>();
        for (RuleInfo rule : catalog.all()) {
            for (RuleInfo.Parameter p : rule.parameters()) {
                String key = rule.id() + "." + p.name();
                String raw = overrides.getOrDefault(key, p.defaultValue());
                Object parsed = parse(p.type(), raw)
                        .orElseThrow(() -> new IllegalArgumentException(
                                "--param " + key + "=" + raw + ": expected " + describe(p.type())));
                values.put(key, parsed);
            }
        }
        return new Parameters(values);
    }

    /** Why {@code raw} is not a valid value of this parameter type ("a whole number", …), or empty if it is. */
    public static Optional<String> problem(String type, String raw) {
        return parse(type, raw).isPresent() ? Optional.empty() : Optional.of(describe(type));
    }

    /** The parameter types the catalog may declare. */
    static Optional<Object> parse(String type, String raw) {
        return switch (type) {
            case "integer" -> Digits.upTo(raw.trim(), 12) ? Optional.of(Long.parseLong(raw.trim())) : Optional.empty();
            case "timespan" -> TimeSpan.parse(raw).map(Object.class::cast);
            case "recycle-events" ->
                IisEnums.parseFlags(RecycleEvent.class, raw)
                        .filter(s -> !s.isEmpty())
                        .map(Object.class::cast);
            case "text" -> Optional.of(raw);
            default -> throw new IllegalStateException("unknown parameter type " + type + " in the rule catalog");
        };
    }

    private static String describe(String type) {
        return switch (type) {
            case "integer" -> "a whole number";
            case "timespan" -> "a time span such as 00:20:00";
            case "recycle-events" -> "recycle events such as Time, Schedule (names from logEventOnRecycle)";
            default -> "text";
        };
    }

    /**
     * A parameter's value, parsed to the Java type its catalog type names ({@code integer}: Long, {@code timespan}:
     * TimeSpan, {@code recycle-events}: a set of RecycleEvent, {@code text}: String).
     */
    public Object value(String ruleId, String name) {
        Object v = values.get(ruleId + "." + name);
        if (v == null)
            throw new IllegalStateException("rule " + ruleId + " has no parameter " + name + " in the catalog");
        return v;
    }
}
