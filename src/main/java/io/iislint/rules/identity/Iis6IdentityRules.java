package io.iislint.rules.identity;

import io.iislint.model.Iis6;
import io.iislint.model.IisConfig;
import io.iislint.model.Origin;
import io.iislint.model.Site;
import io.iislint.model.Value;
import io.iislint.rules.Rule;
import io.iislint.rules.RuleContext;

/** Identity rules about credentials kept for virtual directories and IIS 6's anonymous-password handling. */
public final class Iis6IdentityRules {
    private Iis6IdentityRules() {}

    /** IIS-107: the password for a virtual directory's content share (UNC) written in clear text. */
    public static final class VirtualDirectoryClearTextPassword implements Rule {
        @Override
        public String id() {
            return "IIS-107";
        }

        @Override
        public void check(IisConfig config, RuleContext ctx) {
            for (Site site : config.sites()) {
                for (Site.Application app : site.applications()) {
                    for (Site.VirtualDirectory vdir : app.virtualDirectories()) {
                        if (!vdir.password().isClearText()) continue;
                        String path = app.path().equals("/") ? vdir.path() : vdir.path().equals("/") ? app.path() : app.path() + vdir.path();
                        String name = site.name() + path; // appcmd's virtual directory id: "Site/" for a site's root
                        RuleContext.Builder b = ctx.finding("virtual directory", name).at(vdir.location()).fix("vdir", name)
                                .fix("user", vdir.userName());
                        if (config.isIis6()) {
                            b.metabase("/LM/W3SVC/" + site.id() + "/ROOT" + (path.equals("/") ? "" : path));
                        }
                        b.message("the password of account '" + vdir.userName() + "' for the content at " + vdir.physicalPath()
                                        + " is stored in clear text in this file")
                                .value("password", "system.applicationHost/sites/site[@name='" + site.name() + "']/application[@path='"
                                        + app.path() + "']/virtualDirectory[@path='" + vdir.path() + "']/@password",
                                        new Value<>(vdir.password(), new Origin.SetHere(vdir.location())))
                                .report();
                    }
                }
            }
        }
    }

    /** IIS-108: IIS 6 synchronises the anonymous account's password through the sub-authentication component. */
    public static final class AnonymousPasswordSync implements Rule {
        @Override
        public String id() {
            return "IIS-108";
        }

        @Override
        public void check(IisConfig config, RuleContext ctx) {
            if (config.iis6().isEmpty()) return;
            for (Iis6.KeySettings k : config.iis6().get().keys()) {
                Value<Boolean> v = k.anonymousPasswordSync();
                if (!v.isSet() || !v.value() || !(v.origin() instanceof Origin.SetHere)) continue;
                ctx.finding("metabase key", k.key()).at(k.location()).metabase(k.key())
                        .message("anonymous requests log on through the sub-authentication component (iissuba.dll), which"
                                + " manages the anonymous account's password for IIS; it does not exist on IIS 7+")
                        .value("AnonymousPasswordSync", "AnonymousPasswordSync", v)
                        .report();
            }
        }
    }
}
