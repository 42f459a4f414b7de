package io.iislint.rules.sites;

import io.iislint.model.ConfigPath.SiteSetting;
import io.iislint.model.IisConfig;
import io.iislint.model.Site;
import io.iislint.rules.Rule;
import io.iislint.rules.RuleContext;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * IIS-904: two bindings on the same IP, port and host name: the second site fails to start. http and https share
 * HTTP.sys's namespace and are one family, ftp (the FTP service) another. A specific IP and {@code *} on one port are
 * different endpoints (HTTP.sys routes to the more specific), as are two host names; host names are compared without
 * letter case (the parser lowers them). Bindings that are not ip:port:host (net.tcp, net.pipe, msmq…) have no
 * endpoint and are not compared: sites share those by design.
 */
public final class BindingConflict implements Rule {
    @Override
    public String id() {
        return "IIS-904";
    }

    @Override
    public void check(IisConfig config, RuleContext ctx) {
        Map<String, String> owner = new HashMap<>();
        for (Site site : config.sites()) {
            for (Site.Binding b : site.bindings()) {
                if (b.endpoint().isEmpty()) continue;
                Site.Endpoint e = b.endpoint().get();
                String scheme = b.protocol().toLowerCase(Locale.ROOT).equals("ftp") ? "ftp" : "http";
                String key = scheme + "|" + e.ip().toLowerCase(Locale.ROOT) + "|" + e.port() + "|" + e.host();
                String first = owner.putIfAbsent(key, site.name());
                if (first == null) continue;
                String where = first.equals(site.name()) ? "another binding of this site" : "site '" + first + "'";
                ctx.finding("site", site.name())
                        .at(b.location())
                        .about(new SiteSetting(site, "bindings/binding/@bindingInformation"))
                        .message("binding '" + b.display() + "' listens on the same address, port and host name as "
                                + where + ": only one of them can start")
                        .fix("site", site.name())
                        .fix("protocol", b.protocol())
                        .fix("info", b.bindingInformation())
                        .report();
            }
        }
    }
}
