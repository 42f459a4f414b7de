package io.iislint.rules.isolation;

import io.iislint.model.ApplicationPool;
import io.iislint.model.ConfigPath.PoolSetting;
import io.iislint.model.IisConfig;
import io.iislint.model.Site;
import io.iislint.rules.Names;
import io.iislint.rules.Rule;
import io.iislint.rules.RuleContext;
import java.util.ArrayList;
import java.util.List;

/** IIS-207: a pool that serves applications but does not start with IIS: they answer 503 after every restart. */
public final class PoolAutostartOff implements Rule {
    @Override
    public String id() {
        return "IIS-207";
    }

    @Override
    public void check(IisConfig config, RuleContext ctx) {
        // without the sites the file cannot say whether the pool serves anything (a pool nothing uses is IIS-202's)
        if (!config.hasPoolsAndSites()) return;
        for (ApplicationPool pool : config.judgedPools()) {
            var v = pool.autoStart();
            if (!v.is(false)) continue;
            List<String> apps = new ArrayList<>();
            for (Site.Application app : config.applications()) {
                if (app.applicationPool().matches(pool.name()::equalsIgnoreCase)) apps.add(app.locationPath());
            }
            if (apps.isEmpty()) continue;
            ctx.finding(pool)
                    .message("the pool does not start with IIS: after a restart of IIS or of the server, "
                            + (apps.size() == 1 ? "application " : "applications ")
                            + Names.some(apps.stream(), apps.size())
                            + " answer 503 until someone starts it")
                    .value(new PoolSetting(pool, "@autoStart"), v)
                    .fixTo("true")
                    .report();
        }
    }
}
