package io.iislint.rules.recycling;

import io.iislint.model.ApplicationPool;
import io.iislint.model.ConfigPath.PoolSetting;
import io.iislint.model.IisConfig;
import io.iislint.model.SessionStateMode;
import io.iislint.model.Site;
import io.iislint.model.Value;
import io.iislint.model.WebServerScope;
import io.iislint.rules.Rule;
import io.iislint.rules.RuleContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * IIS-505: a web garden: several worker processes that share no memory. maxProcesses="0" (IIS 8 and later) starts
 * one per NUMA node. Session loss is claimed only where this file keeps session state in process; where it cannot
 * tell (the mode comes from machine.config, the root web.config or the site's web.config), it is said as a condition.
 */
public final class PoolWebGarden implements Rule {
    @Override
    public String id() {
        return "IIS-505";
    }

    @Override
    public void check(IisConfig config, RuleContext ctx) {
        // each pool's applications, gathered once: a lookup per pool would grow with pools times applications
        Map<String, List<Site.Application>> appsByPool = new HashMap<>();
        for (Site.Application a : config.applications()) {
            a.applicationPool()
                    .known()
                    .ifPresent(pool -> appsByPool
                            .computeIfAbsent(pool.toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                            .add(a));
        }
        for (ApplicationPool pool : config.judgedPools()) {
            check(pool, appsByPool.getOrDefault(pool.name().toLowerCase(Locale.ROOT), List.of()), config, ctx);
        }
    }

    private static void check(ApplicationPool pool, List<Site.Application> apps, IisConfig config, RuleContext ctx) {
        var v = pool.processModel().maxProcesses();
        // IIS 6 documents no meaning for 0: only IIS 8+ gives it one
        if (!(v instanceof Value.Known<Long> max) || max.value() == 1 || (max.value() == 0 && pool.isIis6())) return;
        String garden = max.value() == 0
                ? "runs one worker process per NUMA node (IIS 8 and later), a web garden on NUMA hardware"
                : "runs " + max.value() + " worker processes (a web garden)";
        ctx.finding(pool)
                .message(garden + ": in-memory caches are not shared between them" + sessions(apps, config))
                .value(new PoolSetting(pool, "processModel/@maxProcesses"), v)
                .fixTo("1")
                .report();
    }

    /** What the split means for the pool's applications' sessions, as far as this file tells. */
    private static String sessions(List<Site.Application> apps, IisConfig config) {
        Optional<Value<SessionStateMode>> outOfProcess = Optional.empty();
        boolean allKnown = !apps.isEmpty();
        for (Site.Application app : apps) {
            Value<SessionStateMode> mode = config.scopeFor(app.locationPath())
                    .map(WebServerScope::sessionStateMode)
                    .orElse(Value.notSet(app.locationPath()));
            if (!(mode instanceof Value.Known<SessionStateMode> known)) {
                allKnown = false;
            } else if (known.value().inProcess()) {
                return ", and application '" + app.locationPath()
                        + "' keeps session state in process (sessionState mode=" + mode.display() + " at "
                        + where(mode, config) + "): its users lose their sessions between requests";
            } else if (outOfProcess.isEmpty()) {
                outOfProcess = Optional.of(mode);
            }
        }
        if (allKnown && outOfProcess.isPresent()) {
            return "; this file keeps session state out of process for the pool's applications (sessionState mode="
                    + outOfProcess.get().display() + " at " + where(outOfProcess.get(), config) + ")";
        }
        return ", and if an application in this pool keeps session state in process (the ASP.NET default), its users"
                + " lose their sessions between requests";
    }

    private static String where(Value<?> v, IisConfig config) {
        return v.location()
                .map(l -> l.file().equals(config.file()) ? "line " + l.line() : l.fileAndLine())
                .orElse("?");
    }
}
