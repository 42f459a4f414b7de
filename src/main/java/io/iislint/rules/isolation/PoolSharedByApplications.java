package io.iislint.rules.isolation;

import io.iislint.model.ConfigPath.ApplicationSetting;
import io.iislint.model.IisConfig;
import io.iislint.model.Site;
import io.iislint.model.Value;
import io.iislint.rules.Names;
import io.iislint.rules.Rule;
import io.iislint.rules.RuleContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * IIS-208: applications of one site, its root application counted, that share an application pool. Sharing across
 * sites is IIS-201's; this is the finer boundary, and information only.
 */
public final class PoolSharedByApplications implements Rule {
    @Override
    public String id() {
        return "IIS-208";
    }

    @Override
    public void check(IisConfig config, RuleContext ctx) {
        if (config.poolsIgnored()) return; // IIS 5.0 isolation mode: no application runs in a pool
        for (Site site : config.sites()) {
            // the site's applications by pool, in file order; names compared in any letter case, as IIS does
            Map<String, List<Site.Application>> byPool = new LinkedHashMap<>();
            for (Site.Application app : site.applications()) {
                app.applicationPool()
                        .known()
                        .ifPresent(pool -> byPool.computeIfAbsent(pool.toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                                .add(app));
            }
            for (List<Site.Application> apps : byPool.values()) {
                if (apps.size() < 2) continue;
                // reported at the second application: the first is where the pool was already in use
                Site.Application app = apps.get(1);
                Value<String> pool = app.applicationPool();
                ctx.finding("site", site.name())
                        .at(app.location())
                        .message("applications "
                                + Names.some(apps.stream().map(a -> a.path()), apps.size())
                                + " share application pool '" + pool.known().orElse("")
                                + "': they run in one worker process, under one identity, and a crash, hang, recycle"
                                + " or compromise in one is shared by all")
                        .value(new ApplicationSetting(site, app, "@applicationPool"), pool)
                        .fix("newPool", app.locationPath().replace('/', '-'))
                        .fix("appId", site.name() + app.path())
                        .fix("psApp", site.name() + app.path().replace('/', '\\'))
                        .report();
            }
        }
    }
}
