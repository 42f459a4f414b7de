package io.iislint.rules.sites;

import io.iislint.model.ConfigPath.SiteSetting;
import io.iislint.model.IisConfig;
import io.iislint.model.Site;
import io.iislint.rules.Param;
import io.iislint.rules.Rule;
import io.iislint.rules.RuleContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * IIS-1329: a binding on a protocol and port the organisation has not approved (parameter {@code approvedBindings},
 * {@code protocol:port} pairs, {@code protocol:*} for any port; default http on 80 and https on 443). Judged are the
 * bindings that listen on a network port: http, https and ftp ({@code ip:port:host}) and net.tcp
 * ({@code port:host}); net.pipe (named pipes, on the machine only) and the MSMQ bindings (the queue service's own
 * port) are not, nor a binding to a loopback address or to localhost, nor IIS 6. Bindings IIS cannot parse are
 * IIS-903's.
 */
public final class BindingPortNotApproved implements Rule {
    static final Param<String> APPROVED = Param.text("approvedBindings", "http:80, https:443");

    @Override
    public String id() {
        return "IIS-1329";
    }

    @Override
    public List<Param<?>> params() {
        return List.of(APPROVED);
    }

    @Override
    public void check(IisConfig config, RuleContext ctx) {
        if (config.isIis6()) return; // ServerBindings: a change there has no one-binding fix command
        String approved = ctx.get(APPROVED);
        for (Site site : config.sites()) {
            for (Site.Binding b : site.bindings()) {
                Optional<Integer> port = port(b);
                if (port.isEmpty()) continue;
                String protocol = b.protocol().trim().toLowerCase(Locale.ROOT);
                if (approved(approved, protocol, port.get())) continue;
                ctx.finding("site", site.name())
                        .at(b.location())
                        .about(new SiteSetting(
                                site,
                                "bindings/binding[@protocol='" + b.protocol() + "' and @bindingInformation='"
                                        + b.bindingInformation() + "']/@bindingInformation"))
                        .message("binding '" + b.display() + "' listens for " + protocol + " on port " + port.get()
                                + ", which approvedBindings does not list: a port and protocol no one approved"
                                + " is one no firewall rule or review expects")
                        .fix("site", site.name())
                        .fix("protocol", b.protocol())
                        .fix("info", b.bindingInformation())
                        .report();
            }
        }
    }

    /** The network port a binding listens on, or empty when it has none or is not judged. */
    static Optional<Integer> port(Site.Binding b) {
        String protocol = b.protocol().trim().toLowerCase(Locale.ROOT);
        if (protocol.equals("http") || protocol.equals("https") || protocol.equals("ftp")) {
            if (!b.isValid()
                    || b.endpoint().isEmpty()
                    || Https.local(b.endpoint().get())) return Optional.empty();
            return Optional.of(b.endpoint().get().port());
        }
        if (protocol.equals("net.tcp")) {
            // port:host, the host a name or * (IIS_schema; WAS's non-HTTP activation)
            String info = b.bindingInformation().trim();
            int colon = info.indexOf(':');
            String digits = colon < 0 ? info : info.substring(0, colon);
            String host = colon < 0 ? "" : info.substring(colon + 1).trim().toLowerCase(Locale.ROOT);
            if (!digits.matches("\\d{1,5}") || host.equals("localhost")) return Optional.empty();
            int p = Integer.parseInt(digits);
            return p >= 1 && p <= 65535 ? Optional.of(p) : Optional.empty();
        }
        return Optional.empty();
    }

    /** Whether {@code protocol:port} (or {@code protocol:*}) is in the list, without letter case. */
    static boolean approved(String list, String protocol, int port) {
        for (String part : list.split(",")) {
            String t = part.trim().toLowerCase(Locale.ROOT);
            int colon = t.lastIndexOf(':');
            if (colon < 0) continue;
            String p = t.substring(0, colon).trim();
            String n = t.substring(colon + 1).trim();
            if (p.equals(protocol) && (n.equals("*") || n.equals(Integer.toString(port)))) return true;
        }
        return false;
    }
}
