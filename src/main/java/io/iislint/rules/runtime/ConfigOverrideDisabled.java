package io.iislint.rules.runtime;

import io.iislint.model.ApplicationPool;
import io.iislint.model.ConfigPath.PoolSetting;
import io.iislint.rules.PoolRule;
import io.iislint.rules.RuleContext;

/** IIS-704: web.config settings ignored for every application in the pool. */
public final class ConfigOverrideDisabled extends PoolRule {
    public ConfigOverrideDisabled() {
        super("IIS-704");
    }

    @Override
    protected void check(ApplicationPool pool, RuleContext ctx) {
        var v = pool.enableConfigurationOverride();
        if (!v.is(false)) return;
        ctx.finding(pool)
                .message(
                        "every web.config setting of the applications in this pool is ignored, including hardening set there")
                .value(new PoolSetting(pool, "@enableConfigurationOverride"), v)
                .fixTo("true")
                .report();
    }
}
