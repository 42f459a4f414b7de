package io.iislint.audit.iis10;

import io.iislint.audit.Audit;
import io.iislint.audit.ReadinessCheck;
import io.iislint.audit.SiteFacts;
import io.iislint.audit.Target;
import io.iislint.model.Iis6;
import io.iislint.model.Value;
import java.util.List;

/** MIG-101: IIS 7+ has no IIS 5.0 isolation mode; the server's switch says which mode its applications rely on. */
public final class Iis5IsolationMode extends ReadinessCheck {
    public Iis5IsolationMode() {
        super("MIG-101", Target.IIS10);
    }

    @Override
    public Audit.Check evaluate(SiteFacts site) {
        Iis6 iis6 = site.config().iis6().orElseThrow();
        Value<Boolean> mode = iis6.iis5IsolationMode();
        // not written down: which mode the server runs in is not known, so neither is readiness
        if (mode.known().isEmpty())
            return unknown("IIs5IsolationModeEnabled is not set on /LM/W3SVC", List.of(iis6.service()));
        if (iis6.iis5Mode())
            return fail(
                    "the server runs in IIS 5.0 isolation mode, which IIS 7+ does not have", at(mode, iis6.service()));
        return pass("worker process isolation mode", at(mode, iis6.service()));
    }
}
