package io.iislint.audit.appservice;

import io.iislint.audit.Audit;
import io.iislint.audit.ReadinessCheck;
import io.iislint.audit.SiteFacts;
import io.iislint.audit.Target;
import io.iislint.source.Location;
import java.util.List;

/** MIG-209: ISAPI filters other than ASP.NET's: App Service cannot install them. */
public final class IsapiFilter extends ReadinessCheck {
    public IsapiFilter() {
        super("MIG-209", Target.AZURE_APP_SERVICE);
    }

    @Override
    public Audit.Check evaluate(SiteFacts site) {
        List<Location> filters = site.customIsapiFilters();
        return filters.isEmpty()
                ? pass("no ISAPI filter other than ASP.NET's")
                : fail("ISAPI filters cannot be installed on App Service", filters);
    }
}
