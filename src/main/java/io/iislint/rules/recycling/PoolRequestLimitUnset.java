package io.iislint.rules.recycling;

import io.iislint.model.ApplicationPool;
import io.iislint.model.ConfigPath.PoolSetting;
import io.iislint.rules.Param;
import io.iislint.rules.PoolRule;
import io.iislint.rules.RuleContext;

/** IIS-502: no request limit (STIG). */
public final class PoolRequestLimitUnset extends PoolRule {
    static final Param<Long> SUGGESTED = Param.integer("suggested", 35000);

    public PoolRequestLimitUnset() {
        super("IIS-502", SUGGESTED);
    }

    @Override
    protected void check(ApplicationPool pool, RuleContext ctx) {
        var requests = pool.recycling().periodicRestart().requests();
        if (!requests.is(0L)) return;
        ctx.finding(pool)
                .message("no request limit: the worker is not recycled after a set number of requests")
                .value(new PoolSetting(pool, "recycling/periodicRestart/@requests"), requests)
                .fixTo(Long.toString(ctx.get(SUGGESTED)))
                .fix("requests", Long.toString(ctx.get(SUGGESTED)))
                .report();
    }
}
