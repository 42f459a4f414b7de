package io.iislint.audit.appservice;

import io.iislint.audit.Audit;
import io.iislint.audit.ReadinessCheck;
import io.iislint.audit.SiteFacts;
import io.iislint.audit.Target;
import io.iislint.model.Site;
import io.iislint.source.Location;
import java.util.ArrayList;
import java.util.List;

/** MIG-205: a site whose applications use more than one pool: an App Service app runs in one. */
public final class AppPool extends ReadinessCheck {
    public AppPool() {
        super("MIG-205", Target.AZURE_APP_SERVICE);
    }

    @Override
    public Audit.Check evaluate(SiteFacts site) {
        if (site.pools().size() <= 1) {
            // an appcmd export's application naming no pool may use another one
            List<Location> unnamed = site.applicationsWithUnknownPool();
            if (!unnamed.isEmpty())
                return unknown(
                        "an application's pool comes from sites/applicationDefaults, which this export does not"
                                + " hold",
                        unnamed);
            return pass("one application pool");
        }
        List<Location> used = new ArrayList<>();
        for (Site.Application a : site.site().applications()) used.addAll(at(a.applicationPool(), a.location()));
        return fail(
                "the site's applications use " + site.pools().size() + " pools (" + String.join(", ", site.pools())
                        + "); an App Service app has one",
                used);
    }
}
