package io.iislint.rules.health;

import io.iislint.model.ApplicationPool;
import io.iislint.model.ConfigPath.PoolSetting;
import io.iislint.model.Value;
import io.iislint.rules.Param;
import io.iislint.rules.PoolRule;
import io.iislint.rules.RuleContext;

/** IIS-607: rapid-fail protection allows so many crashes per interval that it never stops a crashing pool. */
public final class RapidFailMaxCrashesHigh extends PoolRule {
    static final Param<Long> MAX = Param.integer("max", 20);

    public RapidFailMaxCrashesHigh() {
        super("IIS-607", MAX);
    }

    @Override
    protected void check(ApplicationPool pool, RuleContext ctx) {
        long max = ctx.get(MAX);
        var v = pool.failure().rapidFailProtectionMaxCrashes();
        if (!pool.failure().rapidFailProtection().is(true)
                || !(v instanceof Value.Known<Long> crashes)
                || crashes.value() <= max) return;
        ctx.finding(pool)
                .message("rapid-fail protection stops the pool only after " + crashes.value() + " crashes within "
                        + pool.failure().rapidFailProtectionInterval().display() + ", more than " + max
                        + ": a pool that crashes on every request keeps being restarted")
                .value(new PoolSetting(pool, "failure/@rapidFailProtectionMaxCrashes"), v)
                .fixTo("5")
                .report();
    }
}
