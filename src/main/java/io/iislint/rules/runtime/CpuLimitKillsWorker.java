package io.iislint.rules.runtime;

import io.iislint.model.ApplicationPool;
import io.iislint.model.ConfigPath.PoolSetting;
import io.iislint.model.CpuAction;
import io.iislint.model.TimeSpan;
import io.iislint.model.Value;
import io.iislint.rules.PoolRule;
import io.iislint.rules.RuleContext;

/** IIS-703: a CPU limit whose action kills the worker: a busy spell becomes an outage. */
public final class CpuLimitKillsWorker extends PoolRule {
    public CpuLimitKillsWorker() {
        super("IIS-703");
    }

    @Override
    protected void check(ApplicationPool pool, RuleContext ctx) {
        ApplicationPool.Cpu cpu = pool.cpu();
        if (!(cpu.limit() instanceof Value.Known<Long> limit)
                || limit.value() == 0
                || !cpu.action().is(CpuAction.KillW3wp)) return;
        var interval = cpu.resetInterval();
        // a reset interval of 0 turns CPU monitoring off (WMI ApplicationPoolProcessorSettings; IIS 6 CPUResetInterval)
        if (interval.matches(TimeSpan::isZero)) return;
        String percent = (limit.value() / 1000.0) + "% CPU";
        String message = interval instanceof Value.Known<TimeSpan> known
                ? "a worker process using more than " + percent + " over "
                        + (pool.isIis6() ? known.value().seconds() / 60 + " minutes" : interval.display())
                        + " is killed, and the pool stays down until the interval ends"
                // IIS 6: the references give the unset interval both 0 and 5 minutes as its default
                : pool.isIis6()
                        ? "a worker process using more than " + percent
                                + " is probably killed: CPUResetInterval is not set, and the"
                                + " IIS 6 references give both 0 (CPU monitoring off) and 5 minutes as its default; while killed, the pool"
                                + " stays down until the interval ends"
                        // an appcmd export: the interval may come from applicationPoolDefaults, which it does not hold
                        : "a worker process using more than " + percent
                                + " is probably killed: resetInterval is not set on the pool, and this export does not"
                                + " hold applicationPoolDefaults (IIS's default is 00:05:00; 0 turns CPU monitoring"
                                + " off); while killed, the pool stays down until the interval ends";
        ctx.finding(pool)
                .message(message)
                .value(new PoolSetting(pool, "cpu/@action"), cpu.action())
                .fixTo("Throttle")
                .report();
    }
}
