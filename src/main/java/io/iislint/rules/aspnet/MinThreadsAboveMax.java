package io.iislint.rules.aspnet;

import static io.iislint.rules.aspnet.ThreadTuning.MAX_THREADS_PER_CPU;
import static io.iislint.rules.aspnet.ThreadTuning.PROCESS_MODEL;

import io.iislint.model.ConfigPath;
import io.iislint.model.IisConfig;
import io.iislint.model.Value;
import io.iislint.model.WebServerScope;
import io.iislint.rules.Rule;
import io.iislint.rules.RuleContext;

/**
 * IIS-1119: processModel minWorkerThreads or minIoThreads (seed 002's burst-load tuning) above the matching maximum:
 * the thread pool refuses a minimum above its maximum, and ASP.NET drops the refusal silently, so the burst-load
 * setting does nothing. The maxima are the written ones with autoConfig off, 100 per processor with it on. Both sides
 * are per processor, so no processor count is needed. Judged at machine.config only.
 */
public final class MinThreadsAboveMax implements Rule {
    @Override
    public String id() {
        return "IIS-1119";
    }

    @Override
    public void check(IisConfig config, RuleContext ctx) {
        for (WebServerScope scope : config.scopes()) {
            if (!ThreadTuning.machineRoot(scope)
                    || ThreadTuning.autoConfig(scope).isEmpty()) continue;
            judge(scope, ctx, "minWorkerThreads", "maxWorkerThreads");
            judge(scope, ctx, "minIoThreads", "maxIoThreads");
        }
    }

    private static void judge(WebServerScope scope, RuleContext ctx, String minName, String maxName) {
        Value<Long> min = scope.settings().number(PROCESS_MODEL, minName);
        if (!(min instanceof Value.Known<Long> lo) || !(min.location().isPresent())) return;
        boolean auto = ThreadTuning.autoConfigOn(scope);
        long max;
        if (auto) max = MAX_THREADS_PER_CPU;
        else if (ThreadTuning.maxPerCpu(scope, maxName) instanceof Value.Known<Long> hi) max = hi.value();
        else return;
        if (lo.value() <= max) return;
        ctx.finding(scope)
                .message(minName + " is above the " + max + " per processor " + (auto ? "autoConfig sets as " : "of ")
                        + maxName + ": the thread pool refuses a minimum above its maximum and ASP.NET ignores the"
                        + " refusal, so this burst-load setting does nothing")
                .value(new ConfigPath.Written(PROCESS_MODEL + "/@" + minName), min)
                .fix("attribute", minName)
                .fix("value", Long.toString(max))
                .report();
    }
}
