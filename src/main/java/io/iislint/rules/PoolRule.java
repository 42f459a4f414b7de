package io.iislint.rules;

import io.iislint.model.ApplicationPool;
import io.iislint.model.IisConfig;
import java.util.List;

/** A rule that judges each application pool on its own. */
public abstract class PoolRule implements Rule {
    private final String id;
    private final List<Param<?>> params;

    protected PoolRule(String id, Param<?>... params) {
        this.id = id;
        this.params = List.of(params);
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final List<Param<?>> params() {
        return params;
    }

    @Override
    public final void check(IisConfig config, RuleContext ctx) {
        for (ApplicationPool pool : config.judgedPools()) check(pool, ctx);
    }

    protected abstract void check(ApplicationPool pool, RuleContext ctx);
}
