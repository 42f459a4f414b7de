package io.iislint.rules.sites;

import io.iislint.model.ConfigPath;
import io.iislint.model.IisConfig;
import io.iislint.model.Origin;
import io.iislint.model.Site;
import io.iislint.model.Value;
import io.iislint.model.WebServerScope;
import io.iislint.rules.Rule;
import io.iislint.rules.RuleContext;
import java.util.Locale;
import java.util.Optional;

/**
 * IIS-1309: a site with both http and https bindings whose root does not require SSL ({@code security/access
 * sslFlags} without Ssl) and whose HSTS does not send http to https: what it serves over TLS is served in clear text
 * too. Read at the site's configuration path in applicationHost.config (the section is locked to it by default);
 * reported where sslFlags is written for the site, else on the site.
 */
public final class SiteSslNotRequired implements Rule {
    static final String ACCESS = "system.webServer/security/access";

    @Override
    public String id() {
        return "IIS-1309";
    }

    @Override
    public void check(IisConfig config, RuleContext ctx) {
        for (Site site : config.sites()) {
            if (!Https.has(site, "http") || !Https.has(site, "https")) continue;
            Optional<WebServerScope> scope = config.scopeFor(site.name());
            if (scope.isEmpty()) continue;
            Value<String> flags = scope.get().settings().text(ACCESS, "sslFlags");
            if (!(flags instanceof Value.Known<String> f) || requiresSsl(f.value())) continue;
            if (site.settings().bool("hsts", "enabled").is(true)
                    && site.settings().bool("hsts", "redirectHttpToHttps").is(true)) continue;
            String message = "takes http and https, and SSL is not required (sslFlags="
                    + f.value().trim() + "): what it serves over TLS can be had in clear text too";
            RuleContext.Builder b =
                    ctx.finding("site", site.name()).at(site.location()).fix("site", site.name());
            if (flags.origin() instanceof Origin.SetHere || flags.origin() instanceof Origin.Inherited)
                b.message(message).value(new ConfigPath.Written(ACCESS + "/@sslFlags"), flags);
            else b.message(message + " (IIS default)").about(new ConfigPath.Written(ACCESS + "/@sslFlags"));
            b.report();
        }
    }

    static boolean requiresSsl(String flags) {
        for (String f : flags.split(",")) {
            String t = f.trim().toLowerCase(Locale.ROOT);
            if (t.equals("ssl") || t.equals("ssl128")) return true;
        }
        return false;
    }
}
