package io.iislint.audit.appservice;

import io.iislint.audit.Audit;
import io.iislint.audit.ReadinessCheck;
import io.iislint.audit.SiteFacts;
import io.iislint.audit.Target;
import io.iislint.model.WebServerScope;
import io.iislint.source.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** MIG-211: frameworks other than ASP and ASP.NET 2+, each of which needs its App Service stack picked (ASP.NET 1.x has none). */
public final class Framework extends ReadinessCheck {
    public Framework() {
        super("MIG-211", Target.AZURE_APP_SERVICE);
    }

    @Override
    public Audit.Check evaluate(SiteFacts site) {
        List<String> frameworks = site.frameworks();
        List<String> other = frameworks.stream()
                .filter(f -> !f.startsWith("ASP.NET") && !f.equals("ASP"))
                .toList();
        boolean oldClr = frameworks.stream().anyMatch(f -> f.startsWith("ASP.NET (CLR v1."));
        if (other.isEmpty() && !oldClr)
            return pass(frameworks.isEmpty() ? "static content only" : String.join(", ", frameworks));
        List<Location> handlers = new ArrayList<>();
        for (WebServerScope.HandlerMapping h : site.handlers()) {
            String p = h.scriptProcessor().toLowerCase(Locale.ROOT);
            if (p.contains("php")
                    || p.contains("python")
                    || p.contains("iisnode")
                    || p.endsWith("fcgiext.dll")
                    || p.endsWith(".exe")) handlers.add(h.location());
        }
        if (oldClr) handlers.addAll(site.aspNet1());
        return warn(
                String.join(", ", frameworks) + ": pick the matching App Service stack"
                        + (oldClr ? "; ASP.NET 1.x is not offered" : ""),
                handlers);
    }
}
