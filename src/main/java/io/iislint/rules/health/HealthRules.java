package io.iislint.rules.health;

import io.iislint.model.ConfigPath;
import io.iislint.model.ApplicationPool;
import io.iislint.model.TimeSpan;
import io.iislint.rules.Param;
import io.iislint.rules.PoolRule;
import io.iislint.rules.RuleContext;

/** How IIS watches and protects worker processes. */
public final class HealthRules {
    private HealthRules() {}

    /** IIS-601: rapid-fail protection off: a crashing pool restarts forever. */
    public static final class RapidFailOff extends PoolRule {
        public RapidFailOff() {
            super("IIS-601");
        }

        @Override
        protected void check(ApplicationPool pool, RuleContext ctx) {
            var v = pool.failure().rapidFailProtection();
            if (v.value()) return;
            ctx.finding(pool)
                    .message("rapid-fail protection is off: a worker that keeps crashing is restarted forever instead of the pool being stopped")
                    .value(new ConfigPath.PoolSetting(pool, "failure/@rapidFailProtection"), v)
                    .report();
        }
    }

    /** IIS-602: crashes are counted over a long window. */
    public static final class RapidFailIntervalLong extends PoolRule {
        static final Param<TimeSpan> MAX = Param.timeSpan("max", "00:05:00");

        public RapidFailIntervalLong() {
            super("IIS-602", MAX);
        }

        @Override
        protected void check(ApplicationPool pool, RuleContext ctx) {
            TimeSpan max = ctx.get(MAX);
            var v = pool.failure().rapidFailProtectionInterval();
            if (!pool.failure().rapidFailProtection().value() || v.value().compareTo(max) <= 0) return;
            ctx.finding(pool)
                    .message("rapid-fail protection counts crashes over " + v.value() + ", longer than " + max)
                    .value(new ConfigPath.PoolSetting(pool, "failure/@rapidFailProtectionInterval"), v)
                    .fix("interval", max.toString()).fix("minutes", Long.toString(max.seconds() / 60))
                    .report();
        }
    }

    /** IIS-603: a request queue longer than the limit: requests wait instead of failing fast. */
    public static final class QueueLengthHigh extends PoolRule {
        static final Param<Long> MAX = Param.integer("max", 1000);

        public QueueLengthHigh() {
            super("IIS-603", MAX);
        }

        @Override
        protected void check(ApplicationPool pool, RuleContext ctx) {
            long max = ctx.get(MAX);
            var v = pool.queueLength();
            if (!v.isSet() || v.value() <= max) return;
            ctx.finding(pool)
                    .message("HTTP.sys may queue " + v.value() + " requests for this pool, more than " + max)
                    .value(new ConfigPath.PoolSetting(pool, "@queueLength"), v)
                    .fix("queueLength", Long.toString(max))
                    .report();
        }
    }

    /** IIS-604: a queue so short that a burst of requests gets 503 Service Unavailable. */
    public static final class QueueLengthLow extends PoolRule {
        static final Param<Long> MIN = Param.integer("min", 100);

        public QueueLengthLow() {
            super("IIS-604", MIN);
        }

        @Override
        protected void check(ApplicationPool pool, RuleContext ctx) {
            long min = ctx.get(MIN);
            var v = pool.queueLength();
            if (!v.isSet() || v.value() >= min) return;
            ctx.finding(pool)
                    .message("HTTP.sys queues only " + v.value() + " requests for this pool: a short burst gets 503 Service Unavailable")
                    .value(new ConfigPath.PoolSetting(pool, "@queueLength"), v)
                    .report();
        }
    }

    /** IIS-605: idle time-out off, or longer than the limit. */
    public static final class IdleTimeout extends PoolRule {
        static final Param<TimeSpan> MAX = Param.timeSpan("max", "00:20:00");

        public IdleTimeout() {
            super("IIS-605", MAX);
        }

        @Override
        protected void check(ApplicationPool pool, RuleContext ctx) {
            TimeSpan max = ctx.get(MAX);
            var v = pool.processModel().idleTimeout();
            String why;
            if (v.value().isZero()) why = "the idle time-out is off: idle worker processes are never shut down";
            else if (v.value().compareTo(max) > 0) why = "idle worker processes are kept for " + v.value() + ", longer than " + max;
            else return;
            ctx.finding(pool).message(why)
                    .value(new ConfigPath.PoolSetting(pool, "processModel/@idleTimeout"), v)
                    .fix("idleTimeout", max.toString()).fix("minutes", Long.toString(max.seconds() / 60))
                    .report();
        }
    }

    /** IIS-606: pinging off: a hung worker is never detected. */
    public static final class PingingOff extends PoolRule {
        public PingingOff() {
            super("IIS-606");
        }

        @Override
        protected void check(ApplicationPool pool, RuleContext ctx) {
            var v = pool.processModel().pingingEnabled();
            if (!v.isSet() || v.value()) return;
            ctx.finding(pool)
                    .message("health pinging is off: a hung worker process is never detected or replaced")
                    .value(new ConfigPath.PoolSetting(pool, "processModel/@pingingEnabled"), v)
                    .report();
        }
    }
}
