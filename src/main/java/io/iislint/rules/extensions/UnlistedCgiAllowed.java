package io.iislint.rules.extensions;

import io.iislint.rules.SectionSwitchRule;

/** IIS-802: any CGI executable may run, listed or not. */
public final class UnlistedCgiAllowed extends SectionSwitchRule {
    public UnlistedCgiAllowed() {
        super(
                "IIS-802",
                "security/isapiCgiRestriction",
                "notListedCgisAllowed",
                s -> s.isapiCgiRestriction().notListedCgisAllowed(),
                "CGI programs missing from the allowed list (isapiCgiRestriction; Web Service Extensions on IIS 6) may run: any executable a handler names is started");
    }
}
