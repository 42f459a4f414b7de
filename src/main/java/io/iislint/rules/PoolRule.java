package io.iislint.rules;

import io.iislint.model.ApplicationPool;
import io.iislint.model.IisConfig;

/** A rule that judges each application pool on its own. */
public abstract class PoolRule implements Rule {
    private final String id;

    protected PoolRule(String id) {
        this.id = id;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final void check(IisConfig config, RuleContext ctx) {
        for (ApplicationPool pool : Pools.judged(config)) check(pool, ctx);
    }

    protected abstract void check(ApplicationPool pool, RuleContext ctx);
}
