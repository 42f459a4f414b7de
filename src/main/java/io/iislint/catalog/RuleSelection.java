package io.iislint.catalog;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which rules run. A token names rules by id ({@code IIS-101}), id prefix ({@code IIS-1}), name
 * ({@code pool-identity-localsystem}) or tag ({@code security}, {@code cis}, {@code stig}, …). Profiles are tags.
 * Without {@code --select} or {@code --profile} every rule runs but those the catalog marks off by default
 * ({@link RuleInfo#offByDefault}); such a rule runs when its id or name is given, when a benchmark's tag
 * ({@link RuleInfo#BENCHMARK_TAGS}) is, or when the policy turns it on, which makes it a rule like the others.
 * {@code --ignore} always wins.
 */
public final class RuleSelection {
    private RuleSelection() {}

    /** @throws IllegalArgumentException naming the first token that matches no rule, or an unknown profile */
    public static Set<String> resolve(
            Catalog catalog, List<String> select, List<String> ignore, List<String> profiles) {
        return resolve(catalog, select, ignore, profiles, Set.of());
    }

    /** The same, with {@code turnedOn}: the ids of rules off by default that the policy turns on. */
    public static Set<String> resolve(
            Catalog catalog, List<String> select, List<String> ignore, List<String> profiles, Set<String> turnedOn) {
        Set<String> tags = new TreeSet<>();
        for (RuleInfo r : catalog.all()) tags.addAll(r.tags());
        Set<String> chosen = new LinkedHashSet<>();
        if (select.isEmpty() && profiles.isEmpty()) {
            for (RuleInfo r : catalog.all()) if (!off(r, turnedOn)) chosen.add(r.id());
        }
        for (String token : split(select)) chosen.addAll(matches(catalog, token, "--select", turnedOn));
        for (String profile : split(profiles)) {
            if (!tags.contains(profile.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException(
                        "unknown profile '" + profile + "' (profiles: " + String.join(", ", tags) + ")");
            }
            chosen.addAll(matches(catalog, profile, "--profile", turnedOn));
        }
        // --ignore takes away whatever a token names, a rule off by default included
        Set<String> every = new LinkedHashSet<>();
        for (RuleInfo r : catalog.all()) every.add(r.id());
        for (String token : split(ignore)) chosen.removeAll(matches(catalog, token, "--ignore", every));
        return chosen;
    }

    private static boolean off(RuleInfo r, Set<String> turnedOn) {
        return r.offByDefault() && !turnedOn.contains(r.id());
    }

    private static List<String> matches(Catalog catalog, String token, String option, Set<String> turnedOn) {
        String t = token.toLowerCase(Locale.ROOT);
        List<String> ids = new ArrayList<>();
        for (RuleInfo r : catalog.all()) {
            String id = r.id().toLowerCase(Locale.ROOT);
            boolean named = id.equals(t) || r.name().equals(t);
            boolean broadly = id.startsWith(t) || r.tags().contains(t);
            if (named
                    || (broadly
                            && (!off(r, turnedOn)
                                    || RuleInfo.BENCHMARK_TAGS.contains(t)
                                            && r.tags().contains(t)))) ids.add(r.id());
        }
        if (ids.isEmpty()) {
            throw new IllegalArgumentException(
                    option + " " + token + ": no rule has this id, id prefix, name or tag (see 'iislint rules')");
        }
        return ids;
    }

    /** Values may be repeated or comma-separated: {@code --select IIS-1,security}. */
    private static List<String> split(List<String> values) {
        List<String> out = new ArrayList<>();
        for (String v : values) {
            for (String part : v.split(",")) {
                if (!part.isBlank()) out.add(part.trim());
            }
        }
        return out;
    }
}
