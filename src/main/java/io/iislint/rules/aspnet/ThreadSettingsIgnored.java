package io.iislint.rules.aspnet;

import static io.iislint.rules.aspnet.ThreadTuning.HTTP_RUNTIME;
import static io.iislint.rules.aspnet.ThreadTuning.PROCESS_MODEL;

import io.iislint.model.ConfigPath;
import io.iislint.model.IisConfig;
import io.iislint.model.Origin;
import io.iislint.model.Value;
import io.iislint.model.WebServerScope;
import io.iislint.rules.Param;
import io.iislint.rules.Rule;
import io.iislint.rules.RuleContext;
import java.util.List;

/**
 * IIS-1116: a thread setting written where machine.config's processModel autoConfig is on, which makes ASP.NET
 * ignore it: the thread maxima (machine.config) and the free-thread thresholds (any level). The minima are applied
 * either way and are not reported.
 */
public final class ThreadSettingsIgnored implements Rule {
    @Override
    public String id() {
        return "IIS-1116";
    }

    @Override
    public void check(IisConfig config, RuleContext ctx) {
        for (WebServerScope scope : config.scopes()) {
            if (!ThreadTuning.aspNetFile(scope) || !ThreadTuning.autoConfigOn(scope)) continue;
            long n = ThreadTuning.cpus(ctx).orElse(1L);
            if (ThreadTuning.machineRoot(scope)) {
                report(scope, ctx, PROCESS_MODEL, "maxWorkerThreads", "100 worker threads per processor", 100);
                report(scope, ctx, PROCESS_MODEL, "maxIoThreads", "100 I/O threads per processor", 100);
            }
            report(scope, ctx, HTTP_RUNTIME, "minFreeThreads", "88 free threads per processor", 88 * n);
            report(scope, ctx, HTTP_RUNTIME, "minLocalRequestFreeThreads", "76 free threads per processor", 76 * n);
        }
    }

    @Override
    public List<Param<?>> params() {
        return List.of(ThreadTuning.CPU_COUNT);
    }

    /** {@code autoConfigValue}: what autoConfig uses instead, which the fix writes so that nothing changes. */
    private static void report(
            WebServerScope scope,
            RuleContext ctx,
            String section,
            String attribute,
            String used,
            long autoConfigValue) {
        Value<String> v = scope.settings().text(section, attribute);
        if (!(v.origin() instanceof Origin.SetHere)) return;
        ctx.finding(scope)
                .message("ASP.NET ignores this value because machine.config's processModel autoConfig is on (it uses "
                        + used + "): remove it, or turn autoConfig off for the written values to count")
                .value(new ConfigPath.Written(section + "/@" + attribute), v)
                .fix("section", section)
                .fix("attribute", attribute)
                .fix("value", Long.toString(autoConfigValue))
                .report();
    }
}
