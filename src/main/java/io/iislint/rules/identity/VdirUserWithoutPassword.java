package io.iislint.rules.identity;

import io.iislint.model.ConfigPath.VirtualDirectorySetting;
import io.iislint.model.IisConfig;
import io.iislint.model.Secret;
import io.iislint.model.Site;
import io.iislint.rules.Rule;
import io.iislint.rules.RuleContext;

/**
 * IIS-112: a virtual directory that logs on to its content with a fixed account but no password. IIS uses the account
 * whenever a user name is set (on IIS 6 for content on a share only: UNCUserName), and the logon fails, so requests
 * get 500. An encrypted password may hold anything and is not judged.
 */
public final class VdirUserWithoutPassword implements Rule {
    @Override
    public String id() {
        return "IIS-112";
    }

    @Override
    public void check(IisConfig config, RuleContext ctx) {
        for (Site site : config.sites()) {
            for (Site.Application app : site.applications()) {
                for (Site.VirtualDirectory vdir : app.virtualDirectories()) {
                    if (vdir.userName().isBlank() || !(vdir.password() instanceof Secret.Empty)) continue;
                    // IIS 6 uses UNCUserName only for content on a share; the value may be inherited from a parent key
                    if (config.isIis6() && !vdir.physicalPath().trim().startsWith("\\\\")) continue;
                    String path = app.path().equals("/")
                            ? vdir.path()
                            : vdir.path().equals("/") ? app.path() : app.path() + vdir.path();
                    String name = site.name() + path;
                    ctx.finding("virtual directory", name)
                            .at(vdir.location())
                            .fix("vdir", name)
                            .fix("user", vdir.userName())
                            .message("IIS logs on as '" + vdir.userName() + "' with an empty password to read the"
                                    + " content at " + vdir.physicalPath() + ": the logon fails (Windows refuses"
                                    + " network logons with a blank password by default), so requests get 500")
                            .about(new VirtualDirectorySetting(site, app, vdir, "@password"))
                            .report();
                }
            }
        }
    }
}
