package io.iislint.rules.identity;

import io.iislint.model.ApplicationPool;
import io.iislint.model.ConfigPath.PoolSetting;
import io.iislint.model.IisConfig;
import io.iislint.model.Site;
import io.iislint.rules.Names;
import io.iislint.rules.Rule;
import io.iislint.rules.RuleContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * IIS-109: a LocalSystem pool (IIS-101) that serves more than one application, of one site or several. Where
 * LocalSystem cannot be avoided, the application that needs it should run alone in its pool.
 */
public final class LocalsystemPoolShared implements Rule {
    @Override
    public String id() {
        return "IIS-109";
    }

    @Override
    public void check(IisConfig config, RuleContext ctx) {
        // pool names are compared as IIS compares them; an application whose pool is unknown is not counted
        Map<String, List<Site.Application>> appsByPool = new HashMap<>();
        for (Site.Application a : config.applications()) {
            a.applicationPool()
                    .known()
                    .ifPresent(pool -> appsByPool
                            .computeIfAbsent(pool.toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                            .add(a));
        }
        for (ApplicationPool pool : config.judgedPools()) {
            if (!pool.runsAsLocalSystem()) continue;
            List<Site.Application> apps = appsByPool.getOrDefault(pool.name().toLowerCase(Locale.ROOT), List.of());
            if (apps.size() < 2) continue;
            Site.Application moved = apps.get(1);
            String newPool = moved.locationPath().replace('/', '-');
            ctx.finding(pool)
                    .message("runs as LocalSystem and serves " + apps.size() + " applications ("
                            + Names.some(apps.stream().map(Site.Application::locationPath), apps.size())
                            + "): a flaw in any of them gives full control of the server; if one needs LocalSystem,"
                            + " give it a pool of its own and move the others out")
                    .value(
                            new PoolSetting(pool, "processModel/@identityType"),
                            pool.processModel().identityType())
                    .fix("newPool", newPool)
                    .fix("appId", moved.siteName() + moved.path())
                    .fix(
                            "psApp",
                            moved.path().equals("/")
                                    ? moved.siteName()
                                    : moved.siteName() + moved.path().replace('/', '\\'))
                    .report();
        }
    }
}
