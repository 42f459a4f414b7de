package io.iislint.rules.identity;

import io.iislint.model.ApplicationPool;
import io.iislint.model.ConfigPath.PoolSetting;
import io.iislint.rules.PoolRule;
import io.iislint.rules.RuleContext;

/** IIS-101: a pool running as LocalSystem. */
public final class PoolIdentityLocalsystem extends PoolRule {
    public PoolIdentityLocalsystem() {
        super("IIS-101");
    }

    @Override
    protected void check(ApplicationPool pool, RuleContext ctx) {
        var identity = pool.processModel().identityType();
        if (!pool.runsAsLocalSystem()) return; // the audit's LocalSystemPool asks the same
        ctx.finding(pool)
                .message("the worker process runs as LocalSystem: code in this pool has full control of the server")
                .value(new PoolSetting(pool, "processModel/@identityType"), identity)
                .fixTo("ApplicationPoolIdentity")
                .report();
    }
}
