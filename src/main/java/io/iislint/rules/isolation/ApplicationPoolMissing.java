package io.iislint.rules.isolation;

import io.iislint.model.ConfigPath.ApplicationSetting;
import io.iislint.model.IisConfig;
import io.iislint.model.Site;
import io.iislint.model.Value;
import io.iislint.rules.Rule;
import io.iislint.rules.RuleContext;

/** IIS-203: an application assigned to a pool that does not exist: every request gets 503. */
public final class ApplicationPoolMissing implements Rule {
    @Override
    public String id() {
        return "IIS-203";
    }

    @Override
    public void check(IisConfig config, RuleContext ctx) {
        // without the pools section (a partial export) a pool the file does not hold is unknown, not missing
        if (config.applicationPoolsSection().isEmpty() || config.poolsIgnored()) return;
        for (Site site : config.sites()) {
            for (Site.Application app : site.applications()) {
                if (!(app.applicationPool() instanceof Value.Known<String> pool)) continue;
                if (config.applicationPool(pool.value()).isPresent()) continue;
                ctx.finding("application", app.locationPath())
                        .at(app.location())
                        .message("uses application pool '" + pool.value()
                                + "', which is not defined: every request to it fails with 503")
                        .value(new ApplicationSetting(site, app, "@applicationPool"), pool)
                        .fix("pool", pool.value())
                        .fix("app", app.locationPath())
                        .report();
            }
        }
    }
}
