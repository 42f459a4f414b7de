package io.iislint.rules.sites;

import io.iislint.model.ConfigPath.SiteSetting;
import io.iislint.model.IisConfig;
import io.iislint.model.Site;
import io.iislint.rules.Rule;
import io.iislint.rules.RuleContext;

/** IIS-903: a binding whose bindingInformation IIS cannot parse. */
public final class BindingMalformed implements Rule {
    @Override
    public String id() {
        return "IIS-903";
    }

    @Override
    public void check(IisConfig config, RuleContext ctx) {
        for (Site site : config.sites()) {
            for (Site.Binding b : site.bindings()) {
                if (b.problem().isEmpty()) continue;
                ctx.finding("site", site.name())
                        .at(b.location())
                        .about(new SiteSetting(site, "bindings/binding/@bindingInformation"))
                        .message("binding '" + b.display() + "' is malformed: "
                                + b.problem().get())
                        .fix("site", site.name())
                        .fix("protocol", b.protocol())
                        .fix("info", b.bindingInformation())
                        .report();
            }
        }
    }
}
