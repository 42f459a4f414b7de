package io.iislint.rules.recycling;

import io.iislint.model.ApplicationPool;
import io.iislint.model.Display;
import io.iislint.model.RecycleEvent;
import io.iislint.rules.PoolRule;
import io.iislint.rules.Pools;
import io.iislint.rules.RuleContext;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** When worker processes are recycled, and whether anyone hears about it. */
public final class RecyclingRules {
    private RecyclingRules() {}

    /** IIS-501: no recycling condition at all: a leaking worker runs until it falls over. */
    public static final class NeverRecycles extends PoolRule {
        public NeverRecycles() {
            super("IIS-501");
        }

        @Override
        protected void check(ApplicationPool pool, RuleContext ctx) {
            ApplicationPool.PeriodicRestart r = pool.recycling().periodicRestart();
            // unknown (an IIS 6 property no key sets) is not "off": judged only when every condition is known
            if (!r.time().isSet() || !r.requests().isSet() || !r.memory().isSet() || !r.privateMemory().isSet()) return;
            if (!r.time().value().isZero() || r.requests().value() != 0 || r.memory().value() != 0
                    || r.privateMemory().value() != 0 || !r.schedule().value().isEmpty()) return;
            Pools.finding(ctx, pool)
                    .message("no recycling condition is set (time, requests, memory, privateMemory and schedule are all"
                            + " off): a leaking or degraded worker process is never replaced")
                    .value("time", Pools.path(pool, "recycling/periodicRestart/@time"), r.time())
                    .report();
        }
    }

    /** IIS-502: no request limit (STIG). */
    public static final class RequestLimitUnset extends PoolRule {
        public RequestLimitUnset() {
            super("IIS-502");
        }

        @Override
        protected void check(ApplicationPool pool, RuleContext ctx) {
            var requests = pool.recycling().periodicRestart().requests();
            if (!requests.isSet() || requests.value() != 0) return;
            Pools.finding(ctx, pool)
                    .message("no request limit: the worker is not recycled after a set number of requests")
                    .value("requests", Pools.path(pool, "recycling/periodicRestart/@requests"), requests)
                    .fix("requests", Long.toString(ctx.integer("suggested")))
                    .report();
        }
    }

    /** IIS-503: neither a virtual nor a private memory limit. */
    public static final class MemoryLimitUnset extends PoolRule {
        public MemoryLimitUnset() {
            super("IIS-503");
        }

        @Override
        protected void check(ApplicationPool pool, RuleContext ctx) {
            var r = pool.recycling().periodicRestart();
            if (!r.memory().isSet() || !r.privateMemory().isSet() || r.memory().value() != 0 || r.privateMemory().value() != 0) return;
            Pools.finding(ctx, pool)
                    .message("no memory limit (memory and privateMemory are both 0): a leaking worker grows until the server runs short")
                    .value("privateMemory", Pools.path(pool, "recycling/periodicRestart/@privateMemory"), r.privateMemory())
                    .fix("kilobytes", Long.toString(ctx.integer("suggestedKilobytes")))
                    .report();
        }
    }

    /** IIS-504: recycles that happen without an event-log entry. */
    public static final class RecycleNotLogged extends PoolRule {
        public RecycleNotLogged() {
            super("IIS-504");
        }

        @Override
        protected void check(ApplicationPool pool, RuleContext ctx) {
            Set<RecycleEvent> required = ctx.recycleEvents("required");
            var logged = pool.recycling().logEventOnRecycle();
            if (!logged.isSet()) return;
            List<RecycleEvent> missing = new ArrayList<>();
            for (RecycleEvent e : required) {
                if (!logged.value().contains(e)) missing.add(e);
            }
            if (missing.isEmpty()) return;
            Set<RecycleEvent> wanted = EnumSet.noneOf(RecycleEvent.class);
            wanted.addAll(logged.value());
            wanted.addAll(required);
            Pools.finding(ctx, pool)
                    .message("recycles caused by " + Display.of(missing) + " are not written to the event log")
                    .value("logEventOnRecycle", Pools.path(pool, "recycling/@logEventOnRecycle"), logged)
                    .fix("flags", Display.of(wanted))
                    .fix("mask", Long.toString(wanted.stream().mapToLong(RecycleEvent::iisValue).sum()))
                    .report();
        }
    }

    /** IIS-505: a web garden: in-process session state and caches split between processes. */
    public static final class WebGarden extends PoolRule {
        public WebGarden() {
            super("IIS-505");
        }

        @Override
        protected void check(ApplicationPool pool, RuleContext ctx) {
            var max = pool.processModel().maxProcesses();
            if (!max.isSet() || max.value() <= 1) return;
            Pools.finding(ctx, pool)
                    .message("runs " + max.value() + " worker processes (a web garden): in-process session state and"
                            + " caches are not shared, so users lose sessions between requests")
                    .value("maxProcesses", Pools.path(pool, "processModel/@maxProcesses"), max)
                    .report();
        }
    }
}
