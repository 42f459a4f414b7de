package io.iislint.audit.appservice;

import io.iislint.audit.Audit;
import io.iislint.audit.ReadinessCheck;
import io.iislint.audit.SiteFacts;
import io.iislint.audit.Target;
import io.iislint.model.Site;
import io.iislint.source.Location;
import java.util.ArrayList;
import java.util.List;

/** MIG-203: http or https on a port other than 80 and 443, the only ones App Service listens on. */
public final class TcpPort extends ReadinessCheck {
    public TcpPort() {
        super("MIG-203", Target.AZURE_APP_SERVICE);
    }

    @Override
    public Audit.Check evaluate(SiteFacts site) {
        List<Location> ports = new ArrayList<>();
        for (Site.Binding b : site.site().bindings()) {
            // a malformed binding has no port to judge: IIS-903 reports it
            if (Protocol.web(b)
                    && b.endpoint().isPresent()
                    && b.endpoint().get().port() != 80
                    && b.endpoint().get().port() != 443) {
                ports.add(b.location());
            }
        }
        return ports.isEmpty()
                ? pass("ports 80 and 443 only")
                : warn("ports other than 80/443: App Service listens on 80 and 443 only", ports);
    }
}
