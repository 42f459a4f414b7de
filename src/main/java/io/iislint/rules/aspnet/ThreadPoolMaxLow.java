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
 * IIS-1115: machine.config turns processModel autoConfig off and leaves the worker or I/O thread maximum below
 * seed 002's 100 per processor (the .NET 2.0 default of 20 included). Judged at machine.config only.
 */
public final class ThreadPoolMaxLow implements Rule {
    @Override
    public String id() {
        return "IIS-1115";
    }

    @Override
    public void check(IisConfig config, RuleContext ctx) {
        for (WebServerScope scope : config.scopes()) {
            if (!ThreadTuning.machineRoot(scope) || !ThreadTuning.autoConfigOff(scope)) continue;
            for (String attribute : new String[] {"maxWorkerThreads", "maxIoThreads"}) {
                Value<Long> v = ThreadTuning.maxPerCpu(scope, attribute);
                if (!(v instanceof Value.Known<Long> k) || k.value() >= MAX_THREADS_PER_CPU) continue;
                String kind = attribute.equals("maxWorkerThreads") ? "worker" : "I/O";
                ctx.finding(scope)
                        .at(ThreadTuning.anchor(scope))
                        .message("processModel autoConfig is off and ASP.NET may use at most " + k.value() + " " + kind
                                + " threads per processor, below the " + MAX_THREADS_PER_CPU
                                + " of seed 002's formula (and of autoConfig): requests queue while threads wait on"
                                + " I/O")
                        .value(new ConfigPath.Written(PROCESS_MODEL + "/@" + attribute), v)
                        .fix("attribute", attribute)
                        .report();
            }
        }
    }
}
