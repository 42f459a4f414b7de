package io.iislint.rules.health;

import io.iislint.model.ApplicationPool;
import io.iislint.model.ConfigPath.PoolSetting;
import io.iislint.model.Value;
import io.iislint.rules.PoolRule;
import io.iislint.rules.RuleContext;

/**
 * IIS-608: a worker process that fails is orphaned (left running, for a debugger) instead of being ended. Each
 * failure then leaves a process in memory; with no orphanActionExe nothing is told to collect it.
 */
public final class WorkerProcessOrphaning extends PoolRule {
    public WorkerProcessOrphaning() {
        super("IIS-608");
    }

    @Override
    protected void check(ApplicationPool pool, RuleContext ctx) {
        var v = pool.failure().orphanWorkerProcess();
        if (!v.is(true)) return;
        Value<String> action = pool.failure().orphanActionExe();
        String after = action instanceof Value.Known<String> exe && !exe.value().isBlank()
                ? "; orphanActionExe '" + exe.value().trim() + "' runs on each one, and the process stays until"
                        + " someone ends it"
                : "; no orphanActionExe is set, so nothing collects them: each stays until someone ends it by hand";
        ctx.finding(pool)
                .message("a worker process that fails or stops answering pings is orphaned, left in memory beside"
                        + " the new one IIS starts, instead of being ended" + after)
                .value(new PoolSetting(pool, "failure/@orphanWorkerProcess"), v)
                .fixTo("false")
                .report();
    }
}
