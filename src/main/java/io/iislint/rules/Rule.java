package io.iislint.rules;

import io.iislint.model.IisConfig;

/** One check. Reads only the resolved model; its id links it to its catalog entry. */
public interface Rule {
    String id();

    /** The rule's parameters, each declared once in its class; the catalog documents the same names, types and defaults. */
    default java.util.List<Param<?>> params() {
        return java.util.List.of();
    }

    void check(IisConfig config, RuleContext ctx);
}
