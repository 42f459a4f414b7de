package io.iislint.rules.sites;

import io.iislint.model.ConfigPath.SiteSetting;
import io.iislint.model.IisConfig;
import io.iislint.model.Site;
import io.iislint.rules.Rule;
import io.iislint.rules.RuleContext;
import java.util.Locale;

/**
 * IIS-1307: an http or https binding with no host name answers every request that reaches its address and port,
 * whatever name the client asked for (a name that merely points at the server's address, or the bare address). IIS
 * 6's ServerBindings and SecureBindings are read into the same bindings. Bindings IIS cannot parse are IIS-903's.
 */
public final class BindingWithoutHostName implements Rule {
    @Override
    public String id() {
        return "IIS-1307";
    }

    @Override
    public void check(IisConfig config, RuleContext ctx) {
        for (Site site : config.sites()) {
            for (Site.Binding b : site.bindings()) {
                String protocol = b.protocol().toLowerCase(Locale.ROOT);
                if (!protocol.equals("http") && !protocol.equals("https")) continue;
                if (b.endpoint().isEmpty() || !b.endpoint().get().host().isEmpty()) continue;
                if (Https.local(b.endpoint().get())) continue; // a loopback address answers only this machine
                ctx.finding("site", site.name())
                        .at(b.location())
                        // the binding in the path: two bindings of one site are two findings with fingerprints
                        // of their own (a baseline tells them apart)
                        .about(new SiteSetting(
                                site,
                                "bindings/binding[@protocol='" + b.protocol() + "' and @bindingInformation='"
                                        + b.bindingInformation() + "']/@bindingInformation"))
                        .message("binding '" + b.display() + "' has no host name: the site answers requests for any"
                                + " name that reaches this address and port, or for the bare address")
                        .fix("site", site.name())
                        .fix("protocol", b.protocol())
                        .fix("info", b.bindingInformation())
                        .report();
            }
        }
    }
}
