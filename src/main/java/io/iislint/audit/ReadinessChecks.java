package io.iislint.audit;

import io.iislint.catalog.Catalog;
import io.iislint.catalog.RuleInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * Every readiness check, in catalog order (the order every audit format shows them in): the catalog is the registry.
 * A check's class is its audit id in the package of its target: {@code clr11} for iis10 is
 * {@code io.iislint.audit.iis10.Clr11}.
 */
public final class ReadinessChecks {
    private ReadinessChecks() {}

    /** The checks hold no state: one list serves every audit. */
    public static List<ReadinessCheck> all() {
        return Holder.ALL;
    }

    private static final class Holder {
        static final List<ReadinessCheck> ALL = of(Catalog.load());
    }

    static List<ReadinessCheck> of(Catalog catalog) {
        List<ReadinessCheck> checks = new ArrayList<>();
        for (RuleInfo r : catalog.checks()) {
            String name = "io.iislint.audit." + r.target() + "." + r.auditName();
            try {
                ReadinessCheck check = Class.forName(name)
                        .asSubclass(ReadinessCheck.class)
                        .getDeclaredConstructor()
                        .newInstance();
                if (!check.id().equals(r.id()))
                    throw new IllegalStateException(
                            name + " declares " + check.id() + ", its catalog entry is " + r.id());
                checks.add(check);
            } catch (ReflectiveOperationException | ClassCastException e) {
                throw new IllegalStateException(
                        "readiness check " + r.id() + " (" + r.name() + "): no class " + name, e);
            }
        }
        return List.copyOf(checks);
    }
}
