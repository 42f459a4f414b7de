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
import java.util.Optional;

/**
 * IIS-1118: with autoConfig off, thread settings ASP.NET refuses at start-up (HttpRuntime's request-queue checks):
 * minLocalRequestFreeThreads above minFreeThreads, or minFreeThreads not below the smaller thread-pool maximum
 * (maxWorkerThreads or maxIoThreads × processors) — seed 002's concurrency, maxWorkerThreads × CPUs − minFreeThreads,
 * must stay above 0. The second needs the processor count: without {@code cpuCount} the finding names the processor
 * counts on which the application fails. Reported on the threshold where an application or machine.config writes it,
 * else on the maximum machine.config writes.
 */
public final class ThreadSettingsInconsistent implements Rule {
    @Override
    public String id() {
        return "IIS-1118";
    }

    @Override
    public List<Param<?>> params() {
        return List.of(ThreadTuning.CPU_COUNT);
    }

    @Override
    public void check(IisConfig config, RuleContext ctx) {
        for (WebServerScope scope : config.scopes()) {
            if (!ThreadTuning.aspNetFile(scope) || !ThreadTuning.autoConfigOff(scope)) continue;
            localAboveFree(scope, ctx);
            freeAboveMaximum(scope, ctx);
        }
    }

    private static void localAboveFree(WebServerScope scope, RuleContext ctx) {
        Value<Long> free = scope.settings().number(HTTP_RUNTIME, "minFreeThreads");
        Value<Long> local = scope.settings().number(HTTP_RUNTIME, "minLocalRequestFreeThreads");
        if (!(free instanceof Value.Known<Long> f) || !(local instanceof Value.Known<Long> l)) return;
        if (l.value() <= f.value()) return;
        boolean localHere = local.origin() instanceof Origin.SetHere;
        if (!localHere && !(free.origin() instanceof Origin.SetHere)) return;
        Value<Long> blamed = localHere ? local : free;
        String attribute = localHere ? "minLocalRequestFreeThreads" : "minFreeThreads";
        ctx.finding(scope)
                .message("ASP.NET refuses to start the application: minLocalRequestFreeThreads (" + l.value()
                        + ") is above minFreeThreads (" + f.value() + ")")
                .value(new ConfigPath.Written(HTTP_RUNTIME + "/@" + attribute), blamed)
                .fix("section", HTTP_RUNTIME)
                .fix("attribute", attribute)
                // the two equal: the lower one raised, or the higher one lowered
                .fix("value", Long.toString(localHere ? f.value() : l.value()))
                .report();
    }

    private static void freeAboveMaximum(WebServerScope scope, RuleContext ctx) {
        Value<Long> free = scope.settings().number(HTTP_RUNTIME, "minFreeThreads");
        Value<Long> worker = ThreadTuning.maxPerCpu(scope, "maxWorkerThreads");
        Value<Long> io = ThreadTuning.maxPerCpu(scope, "maxIoThreads");
        if (!(free instanceof Value.Known<Long> f)
                || !(worker instanceof Value.Known<Long> w)
                || !(io instanceof Value.Known<Long> i)) return;
        boolean workerSmaller = w.value() <= i.value();
        Value<Long> max = workerSmaller ? worker : io;
        String maxName = workerSmaller ? "maxWorkerThreads" : "maxIoThreads";
        long perCpu = Math.min(w.value(), i.value());
        // the application fails on every server with this many processors or fewer
        long failsUpTo = f.value() / perCpu;
        if (failsUpTo < 1) return;
        Optional<Long> cpus = ThreadTuning.cpus(ctx);
        if (cpus.isPresent() && cpus.get() > failsUpTo) return;
        long n = cpus.orElse(1L);
        Value<Long> blamed;
        String section;
        String attribute;
        long fixed;
        if (free.origin() instanceof Origin.SetHere) {
            // seed 002's proportion: 88 of every 100 threads kept free
            blamed = free;
            section = HTTP_RUNTIME;
            attribute = "minFreeThreads";
            fixed = perCpu * n * 88 / 100;
        } else if (ThreadTuning.machineRoot(scope) && max.origin() instanceof Origin.SetHere) {
            blamed = max;
            section = PROCESS_MODEL;
            attribute = maxName;
            fixed = Math.max(ThreadTuning.MAX_THREADS_PER_CPU, f.value() / n + 1);
        } else return;
        String where = cpus.map(c -> "on this server (" + ThreadTuning.processors(c) + ")")
                .orElse("on a server with " + ThreadTuning.processors(failsUpTo) + " or fewer (cpuCount not given)");
        ctx.finding(scope)
                .message("ASP.NET refuses to start the application " + where + ": minFreeThreads (" + f.value()
                        + ") is not below " + maxName + " (" + perCpu + " per processor) times the processors, so no"
                        + " thread would be left for requests")
                .value(new ConfigPath.Written(section + "/@" + attribute), blamed)
                .fix("section", section)
                .fix("attribute", attribute)
                .fix("value", Long.toString(fixed))
                .report();
    }
}
