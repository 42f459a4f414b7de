package io.iislint.audit.appservice;

import io.iislint.audit.Audit;
import io.iislint.audit.ReadinessCheck;
import io.iislint.audit.SiteFacts;
import io.iislint.audit.Target;
import io.iislint.model.Inventory;
import io.iislint.source.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * MIG-212: connection strings written in configuration for the site (at the server level, or in a {@code <location>}
 * for the site), which move to App Service's settings. Finding none says little: they mostly live in the sites'
 * web.config files (an IIS 6 metabase never holds them), which this file does not include (unknown), unless the
 * site has no ASP.NET application to read one (an IIS 6 site without an ASP.NET script map: pass).
 */
public final class ConnectionStrings extends ReadinessCheck {
    public ConnectionStrings() {
        super("MIG-212", Target.AZURE_APP_SERVICE);
    }

    @Override
    public Audit.Check evaluate(SiteFacts site) {
        List<Location> conn = new ArrayList<>();
        String name = site.site().name().toLowerCase(Locale.ROOT);
        for (Inventory.Component c : site.config().inventory().connectionStrings()) {
            String scope = c.scope().toLowerCase(Locale.ROOT);
            if (scope.isEmpty() || scope.equals(name) || scope.startsWith(name + "/")) conn.add(c.location());
        }
        if (!conn.isEmpty())
            return warn(
                    conn.size() + " connection string(s) in configuration: move them to App Service settings", conn);
        // An IIS 6 site with no ASP.NET script map has no application that reads web.config: nothing is missed.
        boolean aspNet = site.frameworks().stream().anyMatch(f -> f.startsWith("ASP.NET"));
        if (site.config().isIis6() && !aspNet)
            return pass("no connection string in this file, and no ASP.NET application to keep one in web.config");
        return unknown("connection strings live in the sites' web.config files: audit them too", List.of());
    }
}
