package io.iislint.rules.isolation;

import io.iislint.model.ApplicationPool;
import io.iislint.model.ConfigPath.HandlerSetting;
import io.iislint.model.IisConfig;
import io.iislint.model.Site;
import io.iislint.model.Value;
import io.iislint.model.WebServerScope;
import io.iislint.rules.Rule;
import io.iislint.rules.RuleContext;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * IIS-205: an application's handler can only load in a worker of the other bitness, and nothing else
 * handles its path; or it points at a .NET Framework DLL of the other bitness.
 */
public final class HandlerBitnessMismatch implements Rule {
    @Override
    public String id() {
        return "IIS-205";
    }

    @Override
    public void check(IisConfig config, RuleContext ctx) {
        if (config.poolsIgnored()) return; // no pool's bitness applies
        Set<String> reported = new HashSet<>();
        for (Site.Application app : config.applications()) {
            // the bitness to compare with is the pool's: without a known, defined pool there is none
            if (!(app.applicationPool() instanceof Value.Known<String> poolName)) continue;
            Optional<ApplicationPool> pool = config.applicationPool(poolName.value());
            Optional<WebServerScope> scope = config.scopeFor(app.locationPath());
            if (pool.isEmpty() || scope.isEmpty()) continue;
            int bits = pool.get().is32Bit() ? 32 : 64;
            List<WebServerScope.HandlerMapping> handlers =
                    scope.get().handlers().mappings();
            for (WebServerScope.HandlerMapping h : handlers) {
                Optional<String> problem = problem(h, bits, handlers);
                if (problem.isEmpty()
                        || !reported.add(h.location() + "|" + pool.get().name())) continue;
                ctx.finding("handler", h.name())
                        .at(h.location())
                        .about(new HandlerSetting(h.name(), Optional.empty()))
                        .message(problem.get() + ", but application '" + app.locationPath() + "' runs in " + bits
                                + "-bit pool '" + pool.get().name() + "'")
                        .fix("pool", pool.get().name())
                        .fix("enable32", bits == 32 ? "false" : "true")
                        .report();
            }
        }
    }

    static Optional<String> problem(
            WebServerScope.HandlerMapping h, int bits, List<WebServerScope.HandlerMapping> all) {
        int hb = h.bitness();
        if (hb != 0 && hb != bits) {
            // h itself is never the other handler: its bitness is neither 0 nor bits
            boolean covered = all.stream()
                    .anyMatch(o -> o.path().equalsIgnoreCase(h.path()) && (o.bitness() == 0 || o.bitness() == bits));
            return covered
                    ? Optional.empty()
                    : Optional.of("handles '" + h.path() + "' only in " + hb + "-bit worker processes (preCondition "
                            + h.preCondition() + ") and no other handler serves that path");
        }
        String sp = h.scriptProcessor().toLowerCase(Locale.ROOT).replace('/', '\\');
        if (hb == 0 && bits == 32 && sp.contains("\\framework64\\")) {
            return Optional.of("loads the 64-bit DLL " + h.scriptProcessor() + " with no bitness64 preCondition");
        }
        if (hb == 0 && bits == 64 && sp.contains("\\framework\\") && sp.contains("microsoft.net")) {
            return Optional.of("loads the 32-bit DLL " + h.scriptProcessor() + " with no bitness32 preCondition");
        }
        return Optional.empty();
    }
}
