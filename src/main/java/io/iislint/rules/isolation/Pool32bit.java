package io.iislint.rules.isolation;

import io.iislint.model.ApplicationPool;
import io.iislint.model.ConfigPath.PoolSetting;
import io.iislint.rules.PoolRule;
import io.iislint.rules.RuleContext;

/** IIS-204: a 32-bit worker process on 64-bit Windows. */
public final class Pool32bit extends PoolRule {
    public Pool32bit() {
        super("IIS-204");
    }

    @Override
    protected void check(ApplicationPool pool, RuleContext ctx) {
        if (!pool.is32Bit()) return;
        ctx.finding(pool)
                .message(
                        "runs a 32-bit worker process: limited to 4 GB of address space, and 64-bit-only modules will not load")
                .value(new PoolSetting(pool, "@enable32BitAppOnWin64"), pool.enable32BitAppOnWin64())
                .fixTo("false")
                .report();
    }
}
