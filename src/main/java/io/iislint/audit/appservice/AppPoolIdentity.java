package io.iislint.audit.appservice;

import io.iislint.audit.Audit;
import io.iislint.audit.ReadinessCheck;
import io.iislint.audit.SiteFacts;
import io.iislint.audit.Target;
import io.iislint.model.ApplicationPool;
import io.iislint.model.IdentityType;
import io.iislint.model.Value;
import io.iislint.source.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * MIG-206: pools running as LocalSystem or a named account: App Service runs the app as its own identity. A pool
 * the file does not define, or an identity it does not state, leaves the check unknown.
 */
public final class AppPoolIdentity extends ReadinessCheck {
    public AppPoolIdentity() {
        super("MIG-206", Target.AZURE_APP_SERVICE);
    }

    @Override
    public Audit.Check evaluate(SiteFacts site) {
        List<Location> identities = new ArrayList<>();
        boolean unknown = !site.applicationsWithUnknownPool().isEmpty();
        for (String pool : site.pools()) {
            Optional<ApplicationPool> p = site.pool(pool);
            if (p.isEmpty()) {
                unknown = true;
                continue;
            }
            Value<IdentityType> id = p.get().processModel().identityType();
            if (!(id instanceof Value.Known<IdentityType> known)) unknown = true;
            else if (known.value() == IdentityType.LocalSystem || known.value() == IdentityType.SpecificUser)
                identities.addAll(at(id, p.get().location()));
        }
        if (!identities.isEmpty())
            return fail(
                    "pools run as LocalSystem or a named account; App Service runs the app under its own identity",
                    identities);
        return unknown
                ? unknown("a pool of the site is not in this file", List.of())
                : pass("ApplicationPoolIdentity, NetworkService or LocalService");
    }
}
