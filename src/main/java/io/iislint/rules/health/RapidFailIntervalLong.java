package io.iislint.rules.health;

import io.iislint.model.ApplicationPool;
import io.iislint.model.ConfigPath.PoolSetting;
import io.iislint.model.TimeSpan;
import io.iislint.model.Value;
import io.iislint.rules.Param;
import io.iislint.rules.PoolRule;
import io.iislint.rules.RuleContext;

/** IIS-602: crashes are counted over a long window. */
public final class RapidFailIntervalLong extends PoolRule {
    static final Param<TimeSpan> MAX = Param.timeSpan("max", "00:05:00");

    public RapidFailIntervalLong() {
        super("IIS-602", MAX);
    }

    @Override
    protected void check(ApplicationPool pool, RuleContext ctx) {
        TimeSpan max = ctx.get(MAX);
        var v = pool.failure().rapidFailProtectionInterval();
        if (!pool.failure().rapidFailProtection().is(true)
                || !(v instanceof Value.Known<TimeSpan> interval)
                || interval.value().compareTo(max) <= 0) return;
        ctx.finding(pool)
                .message("rapid-fail protection counts crashes over " + interval.value() + ", longer than " + max)
                .value(new PoolSetting(pool, "failure/@rapidFailProtectionInterval"), v)
                .fixTo(max.toString())
                .fix("interval", max.toString())
                .fix("minutes", Long.toString(max.seconds() / 60))
                .report();
    }
}
