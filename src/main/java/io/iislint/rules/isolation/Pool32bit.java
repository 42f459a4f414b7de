package io.iislint.rules.isolation;

import io.iislint.model.ApplicationPool;
import io.iislint.model.ConfigPath.PoolSetting;
import io.iislint.model.IisConfig;
import io.iislint.model.Settings;
import io.iislint.model.Site;
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
 * IIS-204: a 32-bit worker process on 64-bit Windows that nothing in the file needs. Seed 001 runs a pool 32-bit where
 * 32-bit components need it; so a pool is reported only when none of its applications maps a handler that loads only
 * in a 32-bit worker (IIS-205's test, asked for 64 bits) and the server loads no 32-bit-only global module. A pool
 * on .NET 1.x (32-bit only) is reported as going with IIS-702's move to .NET 4, so that one --fix makes both.
 */
public final class Pool32bit implements Rule {
    @Override
    public String id() {
        return "IIS-204";
    }

    @Override
    public void check(IisConfig config, RuleContext ctx) {
        Map<String, List<Site.Application>> appsByPool = new HashMap<>();
        for (Site.Application a : config.applications()) {
            a.applicationPool()
                    .known()
                    .ifPresent(pool -> appsByPool
                            .computeIfAbsent(pool.toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                            .add(a));
        }
        boolean module32 = config.scopes().stream()
                .filter(s -> s.kind() == WebServerScope.Kind.SERVER)
                .anyMatch(s -> thirtyTwoBitOnlyModule(s.settings()).isPresent());
        for (ApplicationPool pool : config.judgedPools()) {
            if (!pool.is32Bit() || module32) continue;
            List<Site.Application> apps = appsByPool.getOrDefault(pool.name().toLowerCase(Locale.ROOT), List.of());
            if (apps.stream().anyMatch(a -> needs32Bit(config, a))) continue;
            // CLR 1.x exists only as 32-bit, and IIS-702 moves such a pool to .NET 4: the switch goes with that move,
            // so both are reported (and fixed) together rather than this one only after the other's fix
            String message = pool.loadsClr1()
                    ? "runs a 32-bit worker process only for .NET 1.x, which loads only in one; once the pool moves to"
                            + " .NET 4 (IIS-702), no handler its applications map and no global module here needs 32"
                            + " bits: switch it with that move, unless a 32-bit component this file does not show"
                            + " needs it"
                    : "runs a 32-bit worker process, and no handler its applications map and no global module"
                            + " here needs one: a 64-bit worker has more than 4 GB of address space, unless a 32-bit"
                            + " component this file does not show (a COM object, a driver) needs it";
            ctx.finding(pool)
                    .message(message)
                    .value(new PoolSetting(pool, "@enable32BitAppOnWin64"), pool.enable32BitAppOnWin64())
                    .fixTo("false")
                    .report();
        }
    }

    /** Whether one of the handlers the application maps loads only in a 32-bit worker process. */
    private static boolean needs32Bit(IisConfig config, Site.Application app) {
        Optional<WebServerScope> scope = config.scopeFor(app.locationPath());
        if (scope.isEmpty()) return false;
        List<WebServerScope.HandlerMapping> handlers = scope.get().handlers().mappings();
        return handlers.stream()
                .anyMatch(h -> HandlerBitnessMismatch.problem(h, 64, handlers).isPresent());
    }

    /**
     * A global module that loads only in 32-bit workers (preCondition bitness32) with no bitness64 module of the same
     * file name beside it (IIS's own pairs: ManagedEngine and ManagedEngine64, webengine.dll both).
     */
    private static Optional<String> thirtyTwoBitOnlyModule(Settings settings) {
        List<Settings.Entry> modules = settings.collection("system.webServer/globalModules", "add", "name");
        for (Settings.Entry m : modules) {
            if (!bitness(m, "bitness32")) continue;
            String file = fileName(m.attribute("image"));
            boolean twin = modules.stream()
                    .anyMatch(o -> bitness(o, "bitness64")
                            && fileName(o.attribute("image")).equals(file));
            if (!twin) return Optional.of(m.attribute("name"));
        }
        return Optional.empty();
    }

    private static boolean bitness(Settings.Entry m, String bitness) {
        return m.attribute("preCondition").toLowerCase(Locale.ROOT).contains(bitness);
    }

    private static String fileName(String image) {
        String p = image.trim().replace('/', '\\').toLowerCase(Locale.ROOT);
        return p.substring(p.lastIndexOf('\\') + 1);
    }
}
