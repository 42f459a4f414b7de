package io.iislint.rules.sites;

import io.iislint.model.ConfigPath.SiteSetting;
import io.iislint.model.IisConfig;
import io.iislint.model.Site;
import io.iislint.rules.Rule;
import io.iislint.rules.RuleContext;

/**
 * IIS-1321: a site that does not start with the service ({@code serverAutoStart="false"}, IIS 6 ServerAutoStart):
 * it serves nothing after a restart. Often deliberate (a spare or retired site), hence info: remove a site no longer
 * used, so that its configuration is not reviewed and patched for nothing.
 */
public final class SiteStopped implements Rule {
    @Override
    public String id() {
        return "IIS-1321";
    }

    @Override
    public void check(IisConfig config, RuleContext ctx) {
        for (Site site : config.sites()) {
            if (!site.serverAutoStart().is(false)) continue;
            ctx.finding("site", site.name())
                    .at(site.location())
                    .message("does not start with IIS: it serves nothing after a restart; start it, or remove it if"
                            + " it is no longer used")
                    .value(new SiteSetting(site, "@serverAutoStart"), site.serverAutoStart())
                    .fix("site", site.name())
                    .fix("siteId", site.id())
                    .report();
        }
    }
}
