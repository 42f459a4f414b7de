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

/** MIG-107: a pool running as LocalSystem (IIS-101's pools): carried to IIS 10 as it is, it keeps full control of the server. */
public final class LocalSystemPool extends ReadinessCheck {
    public LocalSystemPool() {
        super("MIG-107", Target.IIS10);
    }

    @Override
    public Audit.Check evaluate(SiteFacts site) {
        List<Location> system = new ArrayList<>();
        for (String pool : site.pools()) {
            Optional<ApplicationPool> p = site.pool(pool);
            if (p.isPresent() && p.get().runsAsLocalSystem())
                system.addAll(at(p.get().processModel().identityType(), p.get().location()));
        }
        return system.isEmpty()
                ? pass("no pool runs as LocalSystem")
                : warn("a pool runs as LocalSystem; IIS 10 pools should use ApplicationPoolIdentity", system);
    }
}
