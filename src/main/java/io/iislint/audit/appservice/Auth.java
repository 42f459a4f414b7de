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
 * MIG-210: authentication other than anonymous switched on for the site (server-wide, on its metabase keys or in
 * its location paths): App Service offers its own authentication instead.
 */
public final class Auth extends ReadinessCheck {
    public Auth() {
        super("MIG-210", Target.AZURE_APP_SERVICE);
    }

    @Override
    public Audit.Check evaluate(SiteFacts site) {
        List<Location> auth = new ArrayList<>();
        List<String> methods = new ArrayList<>();
        String key = site.siteKey();
        String name = site.site().name().toLowerCase(Locale.ROOT);
        for (Inventory.Authentication a : site.config().inventory().authentication()) {
            String scope = a.scope().toLowerCase(Locale.ROOT);
            if (scope.isEmpty()
                    || scope.equals("/lm/w3svc")
                    || scope.equals(key)
                    || scope.startsWith(key + "/")
                    || scope.equals(name)
                    || scope.startsWith(name + "/")) {
                auth.add(a.location());
                if (!methods.contains(a.method())) methods.add(a.method());
            }
        }
        return auth.isEmpty()
                ? pass("anonymous authentication only")
                : fail(
                        String.join(", ", methods)
                                + " authentication: not available on App Service; use App Service authentication (Entra ID)",
                        auth);
    }
}
