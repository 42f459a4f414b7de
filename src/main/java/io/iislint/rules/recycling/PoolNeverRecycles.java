package io.iislint.rules.recycling;

import io.iislint.model.ApplicationPool;
import io.iislint.model.ConfigPath.PoolSetting;
import io.iislint.model.TimeSpan;
import io.iislint.rules.PoolRule;
import io.iislint.rules.RuleContext;
import java.util.List;

/** IIS-501: no recycling condition at all: a leaking worker runs until it falls over. */
public final class PoolNeverRecycles extends PoolRule {
    public PoolNeverRecycles() {
        super("IIS-501");
    }

    @Override
    protected void check(ApplicationPool pool, RuleContext ctx) {
        ApplicationPool.PeriodicRestart r = pool.recycling().periodicRestart();
        // unknown (an IIS 6 property no key sets) is not "off": judged only when every condition is known to be off
        if (!r.time().matches(TimeSpan::isZero)
                || !r.requests().is(0L)
                || !r.memory().is(0L)
                || !r.privateMemory().is(0L)
                || !r.schedule().matches(List::isEmpty)) return;
        ctx.finding(pool)
                .message("no recycling condition is set (time, requests, memory, privateMemory and schedule are all"
                        + " off): a leaking or degraded worker process is never replaced")
                .value(new PoolSetting(pool, "recycling/periodicRestart/@time"), r.time())
                .report();
    }
}
