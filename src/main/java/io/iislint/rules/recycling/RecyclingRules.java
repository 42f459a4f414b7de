package io.iislint.rules.recycling;

import io.iislint.model.ConfigPath;
import io.iislint.model.ApplicationPool;
import io.iislint.model.Display;
import io.iislint.model.IisConfig;
import io.iislint.model.RecycleEvent;
import io.iislint.model.SessionStateMode;
import io.iislint.model.Site;
import io.iislint.model.Value;
import io.iislint.model.WebServerScope;
import io.iislint.rules.Param;
import io.iislint.rules.PoolRule;
import io.iislint.rules.Rule;
import io.iislint.rules.RuleContext;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
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
            ctx.finding(pool)
                    .message("no recycling condition is set (time, requests, memory, privateMemory and schedule are all"
                            + " off): a leaking or degraded worker process is never replaced")
                    .value(new ConfigPath.PoolSetting(pool, "recycling/periodicRestart/@time"), r.time())
                    .report();
        }
    }

    /** IIS-502: no request limit (STIG). */
    public static final class RequestLimitUnset extends PoolRule {
        static final Param<Long> SUGGESTED = Param.integer("suggested", 35000);

        public RequestLimitUnset() {
            super("IIS-502", SUGGESTED);
        }

        @Override
        protected void check(ApplicationPool pool, RuleContext ctx) {
            var requests = pool.recycling().periodicRestart().requests();
            if (!requests.isSet() || requests.value() != 0) return;
            ctx.finding(pool)
                    .message("no request limit: the worker is not recycled after a set number of requests")
                    .value(new ConfigPath.PoolSetting(pool, "recycling/periodicRestart/@requests"), requests)
                    .fix("requests", Long.toString(ctx.get(SUGGESTED)))
                    .report();
        }
    }

    /** IIS-503: neither a virtual nor a private memory limit. */
    public static final class MemoryLimitUnset extends PoolRule {
        static final Param<Long> SUGGESTED_KILOBYTES = Param.integer("suggestedKilobytes", 1048576);

        public MemoryLimitUnset() {
            super("IIS-503", SUGGESTED_KILOBYTES);
        }

        @Override
        protected void check(ApplicationPool pool, RuleContext ctx) {
            var r = pool.recycling().periodicRestart();
            if (!r.memory().isSet() || !r.privateMemory().isSet() || r.memory().value() != 0 || r.privateMemory().value() != 0) return;
            ctx.finding(pool)
                    .message("no memory limit (memory and privateMemory are both 0): a leaking worker grows until the server runs short")
                    .value(new ConfigPath.PoolSetting(pool, "recycling/periodicRestart/@privateMemory"), r.privateMemory())
                    .fix("kilobytes", Long.toString(ctx.get(SUGGESTED_KILOBYTES)))
                    .report();
        }
    }

    /** IIS-504: recycles that happen without an event-log entry. */
    public static final class RecycleNotLogged extends PoolRule {
        static final Param<Set<RecycleEvent>> REQUIRED = Param.recycleEvents("required", "Time, Schedule");

        public RecycleNotLogged() {
            super("IIS-504", REQUIRED);
        }

        @Override
        protected void check(ApplicationPool pool, RuleContext ctx) {
            Set<RecycleEvent> required = ctx.get(REQUIRED);
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
            ctx.finding(pool)
                    .message("recycles caused by " + Display.of(missing) + " are not written to the event log")
                    .value(new ConfigPath.PoolSetting(pool, "recycling/@logEventOnRecycle"), logged)
                    .fix("flags", Display.of(wanted))
                    .fix("mask", Long.toString(wanted.stream().mapToLong(RecycleEvent::iisValue).sum()))
                    .report();
        }
    }

    /**
     * IIS-505: a web garden: several worker processes that share no memory. maxProcesses="0" (IIS 8 and later) starts
     * one per NUMA node. Session loss is claimed only where this file keeps session state in process; where it cannot
     * tell (the mode comes from machine.config, the root web.config or the site's web.config), it is said as a condition.
     */
    public static final class WebGarden implements Rule {
        @Override
        public String id() {
            return "IIS-505";
        }

        @Override
        public void check(IisConfig config, RuleContext ctx) {
            // each pool's applications, gathered once: a lookup per pool would grow with pools times applications
            Map<String, List<Site.Application>> appsByPool = new HashMap<>();
            for (Site.Application a : config.applications()) {
                appsByPool.computeIfAbsent(a.applicationPool().value().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(a);
            }
            for (ApplicationPool pool : config.judgedPools()) {
                check(pool, appsByPool.getOrDefault(pool.name().toLowerCase(Locale.ROOT), List.of()), config, ctx);
            }
        }

        private static void check(ApplicationPool pool, List<Site.Application> apps, IisConfig config, RuleContext ctx) {
            var max = pool.processModel().maxProcesses();
            // IIS 6 documents no meaning for 0: only IIS 8+ gives it one
            if (!max.isSet() || max.value() == 1 || (max.value() == 0 && pool.isIis6())) return;
            String garden = max.value() == 0
                    ? "runs one worker process per NUMA node (IIS 8 and later), a web garden on NUMA hardware"
                    : "runs " + max.value() + " worker processes (a web garden)";
            ctx.finding(pool)
                    .message(garden + ": in-memory caches are not shared between them" + sessions(apps, config))
                    .value(new ConfigPath.PoolSetting(pool, "processModel/@maxProcesses"), max)
                    .report();
        }

        /** What the split means for the pool's applications' sessions, as far as this file tells. */
        private static String sessions(List<Site.Application> apps, IisConfig config) {
            Value<SessionStateMode> outOfProcess = null;
            boolean allKnown = !apps.isEmpty();
            for (Site.Application app : apps) {
                Value<SessionStateMode> mode = config.scopeFor(app.locationPath()).map(WebServerScope::sessionStateMode)
                        .orElse(Value.notSet(app.locationPath()));
                if (!mode.isSet()) {
                    allKnown = false;
                } else if (mode.value().inProcess()) {
                    return ", and application '" + app.locationPath() + "' keeps session state in process (sessionState mode="
                            + mode.display() + " at " + where(mode, config) + "): its users lose their sessions between requests";
                } else if (outOfProcess == null) {
                    outOfProcess = mode;
                }
            }
            if (allKnown) {
                return "; this file keeps session state out of process for the pool's applications (sessionState mode="
                        + outOfProcess.display() + " at " + where(outOfProcess, config) + ")";
            }
            return ", and if an application in this pool keeps session state in process (the ASP.NET default), its users"
                    + " lose their sessions between requests";
        }

        private static String where(Value<?> v, IisConfig config) {
            return v.location().map(l -> l.file().equals(config.file()) ? "line " + l.line() : l.fileAndLine()).orElse("?");
        }
    }
}
