package io.iislint.audit;

import io.iislint.catalog.RuleInfo;
import io.iislint.model.IisConfig;
import java.util.Optional;

/** What a site is judged ready to move to. Each readiness check serves one; the audit reports one verdict per target. */
public enum Target {
    /** From IIS 6: only an IIS 6 file says what the move to IIS 7+ changes. */
    IIS10("iis10"),
    AZURE_APP_SERVICE("appservice");

    private final String id;
    private final String label;

    Target(String id) {
        this.id = id;
        this.label = RuleInfo.targetLabel(id);
    }

    /** As the catalog writes it ({@code target="iis10"}), and the package of its checks ({@code audit.iis10}). */
    public String id() {
        return id;
    }

    /** As every audit format shows it. */
    public String label() {
        return label;
    }

    public boolean appliesTo(IisConfig config) {
        return this != IIS10 || config.isIis6();
    }

    public static Optional<Target> of(String id) {
        for (Target t : values()) if (t.id.equals(id)) return Optional.of(t);
        return Optional.empty();
    }
}
