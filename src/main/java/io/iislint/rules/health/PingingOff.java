package io.iislint.rules.health;

import io.iislint.model.ApplicationPool;
import io.iislint.model.ConfigPath.PoolSetting;
import io.iislint.rules.PoolRule;
import io.iislint.rules.RuleContext;

/** IIS-606: pinging off: a hung worker is never detected. */
public final class PingingOff extends PoolRule {
    public PingingOff() {
        super("IIS-606");
    }

    @Override
    protected void check(ApplicationPool pool, RuleContext ctx) {
        var v = pool.processModel().pingingEnabled();
        if (!v.is(false)) return;
        ctx.finding(pool)
                .message("health pinging is off: a hung worker process is never detected or replaced")
                .value(new PoolSetting(pool, "processModel/@pingingEnabled"), v)
                .fixTo("true")
                .report();
    }
}
