package io.iislint.rules.health;

import io.iislint.model.ApplicationPool;
import io.iislint.model.ConfigPath.PoolSetting;
import io.iislint.rules.PoolRule;
import io.iislint.rules.RuleContext;

/** IIS-601: rapid-fail protection off: a crashing pool restarts forever. */
public final class RapidFailProtectionOff extends PoolRule {
    public RapidFailProtectionOff() {
        super("IIS-601");
    }

    @Override
    protected void check(ApplicationPool pool, RuleContext ctx) {
        var v = pool.failure().rapidFailProtection();
        if (!v.is(false)) return;
        ctx.finding(pool)
                .message(
                        "rapid-fail protection is off: a worker that keeps crashing is restarted forever instead of the pool being stopped")
                .value(new PoolSetting(pool, "failure/@rapidFailProtection"), v)
                .fixTo("true")
                .report();
    }
}
