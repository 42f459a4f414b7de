package io.iislint.rules;

import io.iislint.catalog.Catalog;
import io.iislint.catalog.RuleInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Every rule, in catalog order: the catalog is the registry. A rule's class is named after its catalog name, in the
 * package of its family (its category; the config rule sits in {@code rules} itself): {@code queue-length-high} of
 * family health is {@code io.iislint.rules.health.QueueLengthHigh}. So adding a rule is its class, its catalog
 * entry and its fixtures, and nothing is scanned for at start-up: each class is named, then loaded.
 */
public final class RuleSet {
    private RuleSet() {}

    /** Categories whose findings come from iislint's own inputs (suppress, policy), not from a rule class. */
    public static final Set<String> WITHOUT_CLASS = Set.of("suppression", "policy");

    public static List<Rule> all() {
        return Holder.ALL;
    }

    /** Made once, on first use: rules hold no state. */
    private static final class Holder {
        static final List<Rule> ALL = of(Catalog.load());
    }

    /** The rule class of each catalog entry that has one. */
    static List<Rule> of(Catalog catalog) {
        List<Rule> rules = new ArrayList<>();
        for (RuleInfo r : catalog.all()) {
            if (WITHOUT_CLASS.contains(r.category())) continue;
            String name = className(r);
            try {
                Rule rule = Class.forName(name)
                        .asSubclass(Rule.class)
                        .getDeclaredConstructor()
                        .newInstance();
                if (!rule.id().equals(r.id()))
                    throw new IllegalStateException(
                            name + " declares " + rule.id() + ", its catalog entry is " + r.id());
                rules.add(rule);
            } catch (ReflectiveOperationException | ClassCastException e) {
                throw new IllegalStateException("rule " + r.id() + " (" + r.name() + "): no rule class " + name, e);
            }
        }
        return List.copyOf(rules);
    }

    /** {@code queue-length-high} of category health → {@code io.iislint.rules.health.QueueLengthHigh}. */
    public static String className(RuleInfo r) {
        StringBuilder sb = new StringBuilder("io.iislint.rules.");
        if (!r.category().equals("config")) sb.append(r.category()).append('.');
        for (String part : r.name().split("-"))
            sb.append(Character.toUpperCase(part.charAt(0))).append(part, 1, part.length());
        return sb.toString();
    }
}
