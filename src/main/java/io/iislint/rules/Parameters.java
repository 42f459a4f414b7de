package io.iislint.rules;

import io.iislint.model.Digits;
import io.iislint.model.TimeSpan;
import java.util.Map;
import java.util.TreeMap;

/**
 * Rule parameter values: the catalog's documented defaults, overridden per organisation with
 * {@code --param RULE.name=value}. Overrides are checked against the catalog before any file is read.
 */
public final class Parameters {
    private final Catalog catalog;
    private final Map<String, String> overrides;

    private Parameters(Catalog catalog, Map<String, String> overrides) {
        this.catalog = catalog;
        this.overrides = overrides;
    }

    public static Parameters defaults(Catalog catalog) {
        return new Parameters(catalog, Map.of());
    }

    /** @throws IllegalArgumentException with a message for the user when an override is unknown or ill-typed */
    public static Parameters of(Catalog catalog, Map<String, String> overrides) {
        Map<String, String> checked = new TreeMap<>();
        for (Map.Entry<String, String> e : overrides.entrySet()) {
            String key = e.getKey();
            int dot = key.indexOf('.');
            if (dot < 0) throw new IllegalArgumentException("--param " + key + ": expected RULE.name=value, e.g. IIS-605.maxMinutes=30");
            String ruleId = key.substring(0, dot);
            String name = key.substring(dot + 1);
            RuleInfo rule = catalog.get(ruleId).orElseThrow(() ->
                    new IllegalArgumentException("--param " + key + ": unknown rule " + ruleId));
            RuleInfo.Parameter p = rule.parameter(name).orElseThrow(() -> new IllegalArgumentException(
                    "--param " + key + ": rule " + ruleId + " has no parameter '" + name + "'"
                            + (rule.parameters().isEmpty() ? "" : " (it has: " + String.join(", ",
                            rule.parameters().stream().map(RuleInfo.Parameter::name).toList()) + ")")));
            if (!valid(p.type(), e.getValue())) {
                throw new IllegalArgumentException("--param " + key + "=" + e.getValue() + ": expected " + describe(p.type()));
            }
            checked.put(key, e.getValue());
        }
        return new Parameters(catalog, checked);
    }

    String raw(String ruleId, String name) {
        String v = overrides.get(ruleId + "." + name);
        if (v != null) return v;
        return catalog.require(ruleId).parameter(name)
                .orElseThrow(() -> new IllegalStateException("rule " + ruleId + " has no parameter " + name))
                .defaultValue();
    }

    long integer(String ruleId, String name) {
        return Long.parseLong(raw(ruleId, name).trim());
    }

    TimeSpan timeSpan(String ruleId, String name) {
        return TimeSpan.parse(raw(ruleId, name)).orElseThrow();
    }

    private static boolean valid(String type, String value) {
        return switch (type) {
            case "integer" -> Digits.upTo(value.trim(), 12);
            case "timespan" -> TimeSpan.parse(value).isPresent();
            default -> true;
        };
    }

    private static String describe(String type) {
        return switch (type) {
            case "integer" -> "a whole number";
            case "timespan" -> "a time span such as 00:20:00";
            default -> "text";
        };
    }
}
