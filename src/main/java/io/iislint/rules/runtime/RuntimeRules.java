package io.iislint.rules.runtime;

import io.iislint.model.ConfigPath;
import io.iislint.model.ApplicationPool;
import io.iislint.model.CpuAction;
import io.iislint.model.PipelineMode;
import io.iislint.rules.PoolRule;
import io.iislint.rules.RuleContext;
import java.util.Locale;

/** The managed runtime and the pool-level switches around it. */
public final class RuntimeRules {
    private RuntimeRules() {}

    /** IIS-701: the Classic pipeline. */
    public static final class ClassicPipeline extends PoolRule {
        public ClassicPipeline() {
            super("IIS-701");
        }

        @Override
        protected void check(ApplicationPool pool, RuleContext ctx) {
            var v = pool.managedPipelineMode();
            if (!v.isSet() || v.value() != PipelineMode.Classic) return;
            ctx.finding(pool)
                    .message("uses the Classic pipeline: ASP.NET runs as an ISAPI extension, apart from IIS's own"
                            + " authentication, authorization and request filtering")
                    .value(new ConfigPath.PoolSetting(pool, "@managedPipelineMode"), v)
                    .report();
        }
    }

    /** IIS-702: CLR 1.1 or 2.0. */
    public static final class LegacyClr extends PoolRule {
        public LegacyClr() {
            super("IIS-702");
        }

        @Override
        protected void check(ApplicationPool pool, RuleContext ctx) {
            var v = pool.managedRuntimeVersion();
            if (!v.isSet()) return;
            String version = v.value().trim().toLowerCase(Locale.ROOT);
            if (!version.startsWith("v1.") && !version.startsWith("v2.")) return;
            String what = version.startsWith("v1.") ? ".NET Framework 1.1, unsupported and 32-bit only"
                    : ".NET Framework 2.0-3.5, an old runtime without current security fixes";
            ctx.finding(pool)
                    .message("loads CLR " + v.value() + " (" + what + ")")
                    .value(new ConfigPath.PoolSetting(pool, "@managedRuntimeVersion"), v)
                    .report();
        }
    }

    /** IIS-703: a CPU limit whose action kills the worker: a busy spell becomes an outage. */
    public static final class CpuLimitKillsWorker extends PoolRule {
        public CpuLimitKillsWorker() {
            super("IIS-703");
        }

        @Override
        protected void check(ApplicationPool pool, RuleContext ctx) {
            ApplicationPool.Cpu cpu = pool.cpu();
            if (!cpu.limit().isSet() || !cpu.action().isSet() || cpu.limit().value() == 0 || cpu.action().value() != CpuAction.KillW3wp) return;
            var interval = cpu.resetInterval();
            // a reset interval of 0 turns CPU monitoring off (WMI ApplicationPoolProcessorSettings; IIS 6 CPUResetInterval)
            if (interval.isSet() && interval.value().isZero()) return;
            String percent = (cpu.limit().value() / 1000.0) + "% CPU";
            String message = interval.isSet()
                    ? "a worker process using more than " + percent + " over "
                            + (pool.isIis6() ? interval.value().seconds() / 60 + " minutes" : interval.display())
                            + " is killed, and the pool stays down until the interval ends"
                    // IIS 6 only: the references give the unset interval both 0 and 5 minutes as its default
                    : "a worker process using more than " + percent + " is probably killed: CPUResetInterval is not set, and the"
                            + " IIS 6 references give both 0 (CPU monitoring off) and 5 minutes as its default; while killed, the pool"
                            + " stays down until the interval ends";
            ctx.finding(pool).message(message)
                    .value(new ConfigPath.PoolSetting(pool, "cpu/@action"), cpu.action())
                    .report();
        }
    }

    /** IIS-704: web.config settings ignored for every application in the pool. */
    public static final class ConfigOverrideDisabled extends PoolRule {
        public ConfigOverrideDisabled() {
            super("IIS-704");
        }

        @Override
        protected void check(ApplicationPool pool, RuleContext ctx) {
            var v = pool.enableConfigurationOverride();
            if (!v.isSet() || v.value()) return;
            ctx.finding(pool)
                    .message("every web.config setting of the applications in this pool is ignored, including hardening set there")
                    .value(new ConfigPath.PoolSetting(pool, "@enableConfigurationOverride"), v)
                    .report();
        }
    }
}
