package io.iislint.rules.identity;

import io.iislint.model.ConfigPath.VirtualDirectorySetting;
import io.iislint.model.IisConfig;
import io.iislint.model.Origin;
import io.iislint.model.Site;
import io.iislint.model.Value;
import io.iislint.rules.Rule;
import io.iislint.rules.RuleContext;

/** IIS-107: the password for a virtual directory's content share (UNC) written in clear text. */
public final class VdirPasswordCleartext implements Rule {
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
                    String path = app.path().equals("/")
                            ? vdir.path()
                            : vdir.path().equals("/") ? app.path() : app.path() + vdir.path();
                    String name = site.name() + path; // appcmd's virtual directory id: "Site/" for a site's root
                    ctx.finding("virtual directory", name)
                            .at(vdir.location())
                            .fix("vdir", name)
                            .fix("user", vdir.userName())
                            .message("the password of account '" + vdir.userName() + "' for the content at "
                                    + vdir.physicalPath() + " is stored in clear text in this file"
                                    + PoolPasswordCleartext.appcmdNote(config))
                            .value(
                                    new VirtualDirectorySetting(site, app, vdir, "@password"),
                                    Value.of(vdir.password(), new Origin.SetHere(vdir.location())))
                            .report();
                }
            }
        }
    }
}
