package io.iislint.audit.iis10;

import io.iislint.audit.Audit;
import io.iislint.audit.ReadinessCheck;
import io.iislint.audit.SiteFacts;
import io.iislint.audit.Target;
import io.iislint.source.Location;
import java.util.List;

/** MIG-109: ISAPI filters other than ASP.NET's, which must be proven on IIS 10 or replaced by modules. */
public final class CustomIsapiFilters extends ReadinessCheck {
    public CustomIsapiFilters() {
        super("MIG-109", Target.IIS10);
    }

    @Override
    public Audit.Check evaluate(SiteFacts site) {
        List<Location> filters = site.customIsapiFilters();
        return filters.isEmpty()
                ? pass("no custom ISAPI filter")
                : warn(
                        "custom ISAPI filters must be checked for IIS 10 (64-bit, worker-process mode) or replaced by modules",
                        filters);
    }
}
