package io.iislint.audit.iis10;

import io.iislint.audit.Audit;
import io.iislint.audit.ReadinessCheck;
import io.iislint.audit.SiteFacts;
import io.iislint.audit.Target;
import io.iislint.model.WebServerScope;
import io.iislint.source.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * MIG-106: what needs a Classic-pipeline pool after the move: a wildcard ISAPI map (an ISAPI DLL that sees every
 * request) or ASP.NET 1.x. Not IIS-701's question: that rule judges a pool already set to Classic, and an IIS 6
 * pool has no pipeline mode to set.
 */
public final class ClassicPipeline extends ReadinessCheck {
    public ClassicPipeline() {
        super("MIG-106", Target.IIS10);
    }

    @Override
    public Audit.Check evaluate(SiteFacts site) {
        List<Location> classic = new ArrayList<>();
        for (WebServerScope.HandlerMapping h : site.handlers()) {
            if (h.path().equals("*")
                    && h.scriptProcessor().toLowerCase(Locale.ROOT).endsWith(".dll")) classic.add(h.location());
        }
        classic.addAll(site.aspNet1());
        return classic.isEmpty()
                ? pass("nothing found that needs the Classic pipeline")
                : warn("wildcard ISAPI maps or ASP.NET 1.x: these applications need a Classic-pipeline pool", classic);
    }
}
