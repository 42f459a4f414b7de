package io.iislint.rules.sites;

import io.iislint.model.ConfigPath;
import io.iislint.model.IisConfig;
import io.iislint.model.Site;
import io.iislint.rules.Param;
import io.iislint.rules.Rule;
import io.iislint.rules.RuleContext;
import java.util.List;
import java.util.Optional;

/**
 * IIS-1316: a virtual directory whose content is on the system drive: a path traversal flaw then reaches Windows'
 * own files, and uploads or logs that fill the drive stop the server. {@code %SystemDrive%} and its kin are the
 * system drive for sure; a drive letter is only taken for it (the parameter {@code systemDrive}, C:), and the finding
 * says "probably". UNC paths and other drives pass. IIS 6 virtual directories (Path) too.
 */
public final class ContentOnSystemDrive implements Rule {
    static final Param<String> SYSTEM_DRIVE = Param.text("systemDrive", "C:");

    @Override
    public String id() {
        return "IIS-1316";
    }

    @Override
    public List<Param<?>> params() {
        return List.of(SYSTEM_DRIVE);
    }

    @Override
    public void check(IisConfig config, RuleContext ctx) {
        for (Site site : config.sites()) {
            for (Site.Application app : site.applications()) {
                for (Site.VirtualDirectory v : app.virtualDirectories()) {
                    Optional<String> how = SystemDrive.judge(v.physicalPath(), ctx.get(SYSTEM_DRIVE));
                    if (how.isEmpty()) continue;
                    String vpath = app.path().equals("/")
                            ? v.path()
                            : app.path() + (v.path().equals("/") ? "" : v.path());
                    ctx.finding("site", site.name())
                            .at(v.location())
                            .about(new ConfigPath.VirtualDirectorySetting(site, app, v, "@physicalPath"))
                            .message("the content of '" + vpath + "' is " + how.get()
                                    + ": a path traversal flaw reaches Windows' own files, and a full drive stops"
                                    + " the server")
                            .fix("site", site.name())
                            .fix("app", app.path())
                            .fix("vdir", v.path())
                            .fix("vdirName", site.name() + vpath)
                            .report();
                }
            }
        }
    }
}
