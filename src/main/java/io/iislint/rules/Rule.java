package io.iislint.rules;

import io.iislint.model.IisConfig;

/** One check. Reads only the resolved model; its id links it to its catalog entry. */
public interface Rule {
    String id();

    void check(IisConfig config, RuleContext ctx);
}
