package io.iislint.audit.appservice;

import io.iislint.audit.Audit;
import io.iislint.audit.ReadinessCheck;
import io.iislint.audit.SiteFacts;
import io.iislint.audit.Target;
import io.iislint.model.Site;
import io.iislint.source.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** MIG-202: bindings of a protocol other than http and https, which App Service does not serve. */
public final class Protocol extends ReadinessCheck {
    public Protocol() {
        super("MIG-202", Target.AZURE_APP_SERVICE);
    }

    @Override
    public Audit.Check evaluate(SiteFacts site) {
        List<Location> protocols = new ArrayList<>();
        for (Site.Binding b : site.site().bindings()) if (!web(b)) protocols.add(b.location());
        return protocols.isEmpty()
                ? pass("http/https only")
                : fail(
                        "bindings with protocols App Service does not serve (net.tcp, net.pipe, msmq, ftp, …)",
                        protocols);
    }

    /** http or https: what App Service's front end serves; TcpPort judges their ports. */
    static boolean web(Site.Binding b) {
        String p = b.protocol().toLowerCase(Locale.ROOT);
        return p.equals("http") || p.equals("https");
    }
}
