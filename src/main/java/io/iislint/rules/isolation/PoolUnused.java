package io.iislint.rules.isolation;

import io.iislint.model.ApplicationPool;
import io.iislint.model.ConfigPath.PoolSetting;
import io.iislint.model.IisConfig;
import io.iislint.model.Site;
import io.iislint.model.Value;
import io.iislint.rules.Rule;
import io.iislint.rules.RuleContext;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** IIS-202: a pool no application uses. */
public final class PoolUnused implements Rule {
    @Override
    public String id() {
        return "IIS-202";
    }

    @Override
    public void check(IisConfig config, RuleContext ctx) {
        // a file without both sections (a pool-only or site-only export) cannot tell which pools are used
        if (!config.hasPoolsAndSites() || config.poolsIgnored()) return;
        Set<String> used = new HashSet<>();
        for (Site.Application app : config.applications()) {
            // an application whose pool is unknown may use any of them: no pool can be called unused
            if (!(app.applicationPool() instanceof Value.Known<String> pool)) return;
            used.add(pool.value().toLowerCase(Locale.ROOT));
        }
        for (ApplicationPool pool : config.applicationPools()) {
            if (used.contains(pool.name().toLowerCase(Locale.ROOT))) continue;
            ctx.finding(pool)
                    .about(new PoolSetting(pool, "@name"))
                    .message(
                            "no application in this file uses this pool; if it is not needed elsewhere, remove or stop it")
                    .report();
        }
    }
}
