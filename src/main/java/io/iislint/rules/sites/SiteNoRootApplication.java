package io.iislint.rules.sites;

import io.iislint.model.ConfigPath.SiteSetting;
import io.iislint.model.IisConfig;
import io.iislint.model.Site;
import io.iislint.rules.Rule;
import io.iislint.rules.RuleContext;

/** IIS-901: no root application: WAS ignores the site. */
public final class SiteNoRootApplication implements Rule {
    @Override
    public String id() {
        return "IIS-901";
    }

    @Override
    public void check(IisConfig config, RuleContext ctx) {
        for (Site site : config.sites()) {
            if (site.rootApplication().isPresent()) continue;
            ctx.finding("site", site.name())
                    .at(site.location())
                    .about(new SiteSetting(site, "application[@path='/']"))
                    .message("has no root application (path=\"/\"): IIS ignores the site and it never starts")
                    .fix("site", site.name())
                    .report();
        }
    }
}
