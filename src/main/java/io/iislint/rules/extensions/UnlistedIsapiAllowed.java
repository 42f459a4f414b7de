package io.iislint.rules.extensions;

import io.iislint.rules.SectionSwitchRule;

/** IIS-801: any ISAPI DLL may run, listed or not. */
public final class UnlistedIsapiAllowed extends SectionSwitchRule {
    public UnlistedIsapiAllowed() {
        super(
                "IIS-801",
                "security/isapiCgiRestriction",
                "notListedIsapisAllowed",
                s -> s.isapiCgiRestriction().notListedIsapisAllowed(),
                "ISAPI extensions missing from the allowed list (isapiCgiRestriction; Web Service Extensions on IIS 6) may run: any DLL a handler names is loaded");
    }
}
