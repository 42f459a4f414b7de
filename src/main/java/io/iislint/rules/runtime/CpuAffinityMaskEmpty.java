package io.iislint.rules.runtime;

import io.iislint.model.ApplicationPool;
import io.iislint.model.ConfigPath.PoolSetting;
import io.iislint.model.Value;
import io.iislint.rules.PoolRule;
import io.iislint.rules.RuleContext;

/**
 * IIS-705: processor affinity on ({@code smpAffinitized}) with a mask of 0 for the first 32 processors, which
 * Microsoft documents as an error condition: no processor for the worker to be bound to.
 */
public final class CpuAffinityMaskEmpty extends PoolRule {
    public CpuAffinityMaskEmpty() {
        super("IIS-705");
    }

    @Override
    protected void check(ApplicationPool pool, RuleContext ctx) {
        ApplicationPool.Cpu cpu = pool.cpu();
        if (!cpu.smpAffinitized().is(true) || !cpu.smpProcessorAffinityMask().is(0L)) return;
        String name = pool.isIis6() ? "SMPProcessorAffinityMask" : "smpProcessorAffinityMask";
        // the second mask covers processors 33 to 64 only: written, a server that has them may still run the pool there
        String message = cpu.smpProcessorAffinityMask2() instanceof Value.Known<Long> second
                        && second.value() != 0
                        && !second.isDefault()
                ? "processor affinity is on and " + name + " is 0, which Microsoft documents as an error condition:"
                        + " the worker can probably run only if the server has more than 32 processors, on those"
                        + " smpProcessorAffinityMask2 names"
                : "processor affinity is on and " + name + " is 0, which Microsoft documents as an error condition:"
                        + " the mask names no processor for the worker process to be bound to";
        ctx.finding(pool)
                .message(message)
                .value(new PoolSetting(pool, "cpu/@smpProcessorAffinityMask"), cpu.smpProcessorAffinityMask())
                .fixTo("4294967295")
                .report();
    }
}
