package io.iislint.rules.sites;

import io.iislint.model.ConfigPath.SiteSetting;
import io.iislint.model.IisConfig;
import io.iislint.model.Site;
import io.iislint.rules.Rule;
import io.iislint.rules.RuleContext;

/** IIS-1308: a web site with http bindings and no https binding: everything it serves crosses the network readable. */
public final class SiteWithoutHttps implements Rule {
    @Override
    public String id() {
        return "IIS-1308";
    }

    @Override
    public void check(IisConfig config, RuleContext ctx) {
        for (Site site : config.sites()) {
            if (!Https.has(site, "http") || Https.has(site, "https")) continue;
            ctx.finding("site", site.name())
                    .at(site.location())
                    .about(new SiteSetting(site, "bindings"))
                    .message("has http bindings and no https binding: pages, cookies and passwords cross the"
                            + " network in clear text")
                    .fix("site", site.name())
                    .report();
        }
    }
}
