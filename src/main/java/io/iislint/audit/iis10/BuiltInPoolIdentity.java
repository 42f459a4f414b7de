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

/**
 * MIG-108: pools running as NetworkService or LocalService. NetworkService is IIS 6's recommended identity (IIS-102
 * spares it there) and IIS 10 runs a pool as it: advice for after the move, which leaves the verdict alone.
 */
public final class BuiltInPoolIdentity extends ReadinessCheck {
    public BuiltInPoolIdentity() {
        super("MIG-108", Target.IIS10);
    }

    @Override
    public Audit.Check evaluate(SiteFacts site) {
        List<Location> builtIn = new ArrayList<>();
        for (String pool : site.pools()) {
            Optional<ApplicationPool> p = site.pool(pool);
            if (p.isPresent() && p.get().runsAsSharedServiceAccount())
                builtIn.addAll(at(p.get().processModel().identityType(), p.get().location()));
        }
        return builtIn.isEmpty()
                ? pass("no pool runs as NetworkService or LocalService")
                : info(
                        "pools run as NetworkService or LocalService, accounts every such pool shares:"
                                + " after the move, give each pool its own identity with ApplicationPoolIdentity (the IIS 7.5+ default)",
                        builtIn);
    }
}
