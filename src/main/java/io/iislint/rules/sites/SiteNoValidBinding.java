package io.iislint.rules.sites;

import io.iislint.model.ConfigPath.SiteSetting;
import io.iislint.model.IisConfig;
import io.iislint.model.Site;
import io.iislint.rules.Rule;
import io.iislint.rules.RuleContext;

/** IIS-902: no binding IIS can listen on. */
public final class SiteNoValidBinding implements Rule {
    @Override
    public String id() {
        return "IIS-902";
    }

    @Override
    public void check(IisConfig config, RuleContext ctx) {
        for (Site site : config.sites()) {
            if (site.bindings().stream().anyMatch(Site.Binding::isValid)) continue;
            ctx.finding("site", site.name())
                    .at(site.location())
                    .about(new SiteSetting(site, "bindings"))
                    .message(
                            site.bindings().isEmpty()
                                    ? "has no bindings: the site cannot start"
                                    : "has no valid binding: the site cannot start")
                    .fix("site", site.name())
                    .report();
        }
    }
}
