package io.iislint.rules.recycling;

import io.iislint.model.ApplicationPool;
import io.iislint.model.ConfigPath.PoolSetting;
import io.iislint.rules.Param;
import io.iislint.rules.PoolRule;
import io.iislint.rules.RuleContext;

/** IIS-503: neither a virtual nor a private memory limit. */
public final class PoolMemoryLimitUnset extends PoolRule {
    static final Param<Long> SUGGESTED_KILOBYTES = Param.integer("suggestedKilobytes", 1048576);

    public PoolMemoryLimitUnset() {
        super("IIS-503", SUGGESTED_KILOBYTES);
    }

    @Override
    protected void check(ApplicationPool pool, RuleContext ctx) {
        var r = pool.recycling().periodicRestart();
        if (!r.memory().is(0L) || !r.privateMemory().is(0L)) return;
        ctx.finding(pool)
                .message(
                        "no memory limit (memory and privateMemory are both 0): a leaking worker grows until the server runs short")
                .value(new PoolSetting(pool, "recycling/periodicRestart/@privateMemory"), r.privateMemory())
                .fixTo(Long.toString(ctx.get(SUGGESTED_KILOBYTES)))
                .fix("kilobytes", Long.toString(ctx.get(SUGGESTED_KILOBYTES)))
                .report();
    }
}
