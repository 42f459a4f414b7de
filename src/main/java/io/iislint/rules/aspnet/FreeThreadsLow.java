package io.iislint.rules.aspnet;

import static io.iislint.rules.aspnet.ThreadTuning.HTTP_RUNTIME;

import io.iislint.model.ConfigPath;
import io.iislint.model.IisConfig;
import io.iislint.model.Origin;
import io.iislint.model.Value;
import io.iislint.model.WebServerScope;
import io.iislint.rules.Param;
import io.iislint.rules.Rule;
import io.iislint.rules.RuleContext;
import java.util.List;
import java.util.Optional;

/**
 * IIS-1117: with autoConfig off, httpRuntime minFreeThreads or minLocalRequestFreeThreads below seed 002's 88 and 76
 * per processor. Without the processor count ({@code cpuCount}) a value is judged against one processor, the least a
 * server has, so what is reported is low on any server. Reported where written, or at machine.config for the default.
 */
public final class FreeThreadsLow implements Rule {
    @Override
    public String id() {
        return "IIS-1117";
    }

    @Override
    public List<Param<?>> params() {
        return List.of(ThreadTuning.CPU_COUNT);
    }

    @Override
    public void check(IisConfig config, RuleContext ctx) {
        Optional<Long> cpus = ThreadTuning.cpus(ctx);
        for (WebServerScope scope : config.scopes()) {
            if (!ThreadTuning.aspNetFile(scope) || !ThreadTuning.autoConfigOff(scope)) continue;
            judge(scope, ctx, cpus, "minFreeThreads", ThreadTuning.MIN_FREE_PER_CPU);
            judge(scope, ctx, cpus, "minLocalRequestFreeThreads", ThreadTuning.MIN_LOCAL_FREE_PER_CPU);
        }
    }

    private static void judge(
            WebServerScope scope, RuleContext ctx, Optional<Long> cpus, String attribute, long perCpu) {
        Value<Long> v = scope.settings().number(HTTP_RUNTIME, attribute);
        if (!(v instanceof Value.Known<Long> k)) return;
        boolean here = v.origin() instanceof Origin.SetHere;
        if (!here && !(v.isDefault() && ThreadTuning.machineRoot(scope))) return;
        long n = cpus.orElse(1L);
        long want = perCpu * n;
        if (k.value() >= want) return;
        String against = cpus.isPresent()
                ? perCpu + " per processor × " + ThreadTuning.processors(n) + " = " + want
                : perCpu + " per processor, even on a single processor (cpuCount not given)";
        ctx.finding(scope)
                .at(ThreadTuning.anchor(scope))
                .message("autoConfig is off and ASP.NET keeps only " + k.value()
                        + " threads free before it queues requests, below seed 002's " + against
                        + ": an I/O-bound application waiting on web services queues requests while threads are"
                        + " idle")
                .value(new ConfigPath.Written(HTTP_RUNTIME + "/@" + attribute), v)
                .fix("attribute", attribute)
                .fix("value", Long.toString(want))
                .report();
    }
}
