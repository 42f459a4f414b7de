package io.iislint.rules.isolation;

import io.iislint.model.ConfigPath.ApplicationSetting;
import io.iislint.model.IisConfig;
import io.iislint.model.Site;
import io.iislint.model.Value;
import io.iislint.rules.Names;
import io.iislint.rules.Rule;
import io.iislint.rules.RuleContext;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** IIS-201: a pool serving several sites. Reported for each site that shares it. */
public final class PoolSharedBySites implements Rule {
    @Override
    public String id() {
        return "IIS-201";
    }

    @Override
    public void check(IisConfig config, RuleContext ctx) {
        if (config.poolsIgnored()) return; // IIS 5.0 isolation mode: no application runs in a pool
        // pool names are compared as IIS compares them, in any letter case; an application whose pool is unknown
        // cannot be said to share one
        Map<String, Set<String>> sitesByPool = new LinkedHashMap<>();
        for (Site.Application app : config.applications()) {
            app.applicationPool()
                    .known()
                    .ifPresent(pool -> sitesByPool
                            .computeIfAbsent(pool.toLowerCase(Locale.ROOT), k -> new LinkedHashSet<>())
                            .add(app.siteName()));
        }
        for (Site site : config.sites()) {
            Set<String> reported = new HashSet<>();
            for (Site.Application app : site.applications()) {
                if (!(app.applicationPool() instanceof Value.Known<String> known)) continue;
                String pool = known.value();
                // every application's pool was counted above
                Set<String> sites = Objects.requireNonNull(sitesByPool.get(pool.toLowerCase(Locale.ROOT)));
                if (sites.size() < 2 || !reported.add(pool.toLowerCase(Locale.ROOT))) continue;
                int others = sites.size() - 1; // the set holds this site
                ctx.finding("site", site.name())
                        .at(app.location())
                        .message("shares application pool '" + pool + "' with site" + (others > 1 ? "s " : " ")
                                + Names.some(sites.stream().filter(s -> !s.equals(site.name())), others)
                                + ": a crash, hang or compromise in one takes down the other")
                        .value(new ApplicationSetting(site, app, "@applicationPool"), known)
                        .fix("site", site.name())
                        .fix("appId", site.name() + app.path())
                        .fix(
                                "psApp",
                                app.path().equals("/")
                                        ? site.name()
                                        : site.name() + app.path().replace('/', '\\'))
                        .report();
            }
        }
    }
}
