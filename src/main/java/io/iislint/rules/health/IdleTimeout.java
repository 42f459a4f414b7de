package io.iislint.rules.health;

import io.iislint.model.ApplicationPool;
import io.iislint.model.ConfigPath.PoolSetting;
import io.iislint.model.TimeSpan;
import io.iislint.model.Value;
import io.iislint.rules.Param;
import io.iislint.rules.PoolRule;
import io.iislint.rules.RuleContext;

/** IIS-605: idle time-out off, or longer than the limit. */
public final class IdleTimeout extends PoolRule {
    static final Param<TimeSpan> MAX = Param.timeSpan("max", "00:20:00");

    public IdleTimeout() {
        super("IIS-605", MAX);
    }

    @Override
    protected void check(ApplicationPool pool, RuleContext ctx) {
        TimeSpan max = ctx.get(MAX);
        var v = pool.processModel().idleTimeout();
        if (!(v instanceof Value.Known<TimeSpan> idle)) return;
        String why;
        if (idle.value().isZero()) why = "the idle time-out is off: idle worker processes are never shut down";
        else if (idle.value().compareTo(max) > 0)
            why = "idle worker processes are kept for " + idle.value() + ", longer than " + max;
        else return;
        ctx.finding(pool)
                .message(why)
                .value(new PoolSetting(pool, "processModel/@idleTimeout"), v)
                .fixTo(max.toString())
                .fix("idleTimeout", max.toString())
                .fix("minutes", Long.toString(max.seconds() / 60))
                .report();
    }
}
