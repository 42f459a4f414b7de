package io.iislint.audit.iis10;

import io.iislint.audit.Audit;
import io.iislint.audit.ReadinessCheck;
import io.iislint.audit.SiteFacts;
import io.iislint.audit.Target;
import io.iislint.source.Location;
import java.util.List;

/** MIG-104: ASP.NET 1.x, which IIS 10 cannot run (on IIS 6 the pool's CLR is read from the ASP.NET script maps). */
public final class Clr11 extends ReadinessCheck {
    public Clr11() {
        super("MIG-104", Target.IIS10);
    }

    @Override
    public Audit.Check evaluate(SiteFacts site) {
        List<Location> clr1 = site.aspNet1();
        return clr1.isEmpty()
                ? pass("no ASP.NET 1.x script map")
                : fail(
                        "ASP.NET 1.1 does not run on IIS 10 (32-bit only, unsupported): move the application to .NET 4.x",
                        clr1);
    }
}
