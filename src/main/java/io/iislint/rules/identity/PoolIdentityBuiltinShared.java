package io.iislint.rules.identity;

import io.iislint.model.ApplicationPool;
import io.iislint.model.ConfigPath.PoolSetting;
import io.iislint.model.IdentityType;
import io.iislint.rules.PoolRule;
import io.iislint.rules.RuleContext;

/** IIS-102: a pool running as NetworkService or LocalService, accounts shared with Windows services. */
public final class PoolIdentityBuiltinShared extends PoolRule {
    public PoolIdentityBuiltinShared() {
        super("IIS-102");
    }

    @Override
    protected void check(ApplicationPool pool, RuleContext ctx) {
        var identity = pool.processModel().identityType();
        // IIS 6 has no ApplicationPoolIdentity: NetworkService is its default and recommended identity, and the
        // move to ApplicationPoolIdentity is migration advice (the audit gives it), not a defect of the IIS 6 server
        if (pool.isIis6() && identity.is(IdentityType.NetworkService)) return;
        if (!pool.runsAsSharedServiceAccount()) return; // as the audit's BuiltInPoolIdentity
        ctx.finding(pool)
                .message("the worker process runs as " + identity.display()
                        + ", an account shared with other Windows services and every other pool using it")
                .value(new PoolSetting(pool, "processModel/@identityType"), identity)
                .fixTo("ApplicationPoolIdentity")
                .report();
    }
}
