package io.iislint.audit.iis10;

import io.iislint.audit.Audit;
import io.iislint.audit.ReadinessCheck;
import io.iislint.audit.SiteFacts;
import io.iislint.audit.Target;
import io.iislint.model.ApplicationPool;
import io.iislint.source.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** MIG-104: ASP.NET 1.x, which IIS 10 cannot run (on IIS 6 the pool's CLR is read from the ASP.NET script maps). */
public final class Clr11 extends ReadinessCheck {
    public Clr11() {
        super("MIG-104", Target.IIS10);
    }

    @Override
    public Audit.Check evaluate(SiteFacts site) {
        List<Location> clr1 = evidence(site);
        return clr1.isEmpty() ? pass("no ASP.NET 1.x script map")
                : fail("ASP.NET 1.1 does not run on IIS 10 (32-bit only, unsupported): move the application to .NET 4.x", clr1);
    }

    /** Where the site's pools get CLR 1.x: ClassicPipeline rests on the same lines. */
    static List<Location> evidence(SiteFacts site) {
        List<Location> out = new ArrayList<>();
        for (String pool : site.pools()) {
            Optional<ApplicationPool> p = site.pool(pool);
            if (p.isPresent() && p.get().loadsClr1()) out.addAll(at(p.get().managedRuntimeVersion(), p.get().location()));
        }
        return out;
    }
}
