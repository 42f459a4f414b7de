package io.iislint.rules.recycling;

import io.iislint.model.ApplicationPool;
import io.iislint.model.ConfigPath.Written;
import io.iislint.model.IisConfig;
import io.iislint.model.Origin;
import io.iislint.model.Settings;
import io.iislint.model.Value;
import io.iislint.model.WebConfigPlace;
import io.iislint.model.WebServerScope;
import io.iislint.rules.Rule;
import io.iislint.rules.RuleContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * IIS-506: a web.config that writes {@code <sessionState>} whose mode is InProc, in an application whose pool recycles
 * (IIS-501's conditions) or runs several worker processes (a web garden; maxProcesses="0" is one per NUMA node).
 * Judged only where the file writes the element: a file that says nothing about sessions may keep none, and even one
 * that does cannot say whether the application stores anything in them ("probably").
 */
public final class InprocSessionLostOnRecycle implements Rule {
    private static final String SECTION = "system.web/sessionState";

    @Override
    public String id() {
        return "IIS-506";
    }

    @Override
    public void check(IisConfig config, RuleContext ctx) {
        Optional<WebConfigPlace> place = config.place();
        if (place.isEmpty()
                || !place.get().aspNet()
                || place.get().ignored().isPresent()
                || place.get().pool().isEmpty()) return;
        ApplicationPool pool = place.get().pool().get();
        List<String> why = why(pool);
        if (why.isEmpty()) return;
        for (WebServerScope scope : config.scopes()) {
            if (scope.kind() != WebServerScope.Kind.WEB_CONFIG) continue;
            Settings settings = scope.settings();
            Optional<Settings.Written> element = settings.element(SECTION);
            if (element.isEmpty() || !(element.get().origin() instanceof Origin.SetHere)) continue;
            Value<String> mode = settings.text(SECTION, "mode");
            // ASP.NET reads the mode's name with its letter case
            if (!mode.matches(m -> m.trim().equals("InProc"))) continue;
            ctx.finding(scope)
                    .at(element.get().element().location())
                    .message("session state is kept in the worker process of application pool '" + pool.name()
                            + "', which " + String.join(" and ", why) + ": users probably lose their sessions"
                            + " (logged out, baskets emptied) " + when(why)
                            + ", if the application keeps anything in session, which this file cannot tell")
                    .value(new Written(SECTION + "/@mode"), mode)
                    .report();
        }
    }

    /** When sessions go: at a recycle, on another worker process of the garden, or both. */
    private static String when(List<String> why) {
        boolean recycles = why.get(0).startsWith("recycles");
        boolean garden = why.get(why.size() - 1).startsWith("runs");
        if (recycles && garden) return "at each recycle, or when a request reaches another worker process";
        return recycles ? "at each recycle" : "when a request reaches another worker process";
    }

    /** Why the pool's worker processes do not keep one memory: its recycling conditions and its web garden. */
    private static List<String> why(ApplicationPool pool) {
        List<String> why = new ArrayList<>();
        ApplicationPool.PeriodicRestart r = pool.recycling().periodicRestart();
        List<String> conditions = new ArrayList<>();
        if (r.time().matches(t -> !t.isZero()))
            conditions.add("every " + r.time().display());
        if (r.requests().matches(n -> n > 0))
            conditions.add("after " + r.requests().display() + " requests");
        if (r.memory().matches(n -> n > 0)) conditions.add("at " + r.memory().display() + " KB of virtual memory");
        if (r.privateMemory().matches(n -> n > 0))
            conditions.add("at " + r.privateMemory().display() + " KB of private memory");
        if (r.schedule().matches(s -> !s.isEmpty())) conditions.add("at scheduled times");
        if (!conditions.isEmpty()) why.add("recycles " + String.join(", ", conditions));
        Value<Long> max = pool.processModel().maxProcesses();
        if (max.matches(n -> n > 1)) why.add("runs " + max.display() + " worker processes (a web garden)");
        else if (max.is(0L) && !pool.isIis6())
            why.add("runs one worker process per NUMA node (maxProcesses=0, a web garden on NUMA hardware)");
        return why;
    }
}
