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

/** MIG-105: 32-bit worker processes (IIS-204's pools), which a 64-bit IIS 10 runs only when told to. */
public final class ThirtyTwoBit extends ReadinessCheck {
    public ThirtyTwoBit() {
        super("MIG-105", Target.IIS10);
    }

    @Override
    public Audit.Check evaluate(SiteFacts site) {
        List<Location> bit32 = new ArrayList<>();
        for (String pool : site.pools()) {
            Optional<ApplicationPool> p = site.pool(pool);
            if (p.isPresent() && p.get().is32Bit())
                bit32.addAll(at(p.get().enable32BitAppOnWin64(), p.get().location()));
        }
        return bit32.isEmpty()
                ? pass("no 32-bit-only worker process")
                : warn("32-bit worker processes: on 64-bit IIS 10 the pool needs enable32BitAppOnWin64", bit32);
    }
}
