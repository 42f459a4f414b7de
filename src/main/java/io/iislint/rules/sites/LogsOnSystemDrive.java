package io.iislint.rules.sites;

import io.iislint.model.IisConfig;
import io.iislint.model.Site;
import io.iislint.model.SiteSettings;
import io.iislint.model.Value;
import io.iislint.rules.Param;
import io.iislint.rules.RuleContext;
import java.util.List;
import java.util.Optional;

/**
 * IIS-1306: a site's log directory on the system drive: logs that fill it stop Windows, and they share its
 * permissions. {@code %SystemDrive%} (and the variables below it) is the system drive for sure; a drive letter is
 * only taken for it (the parameter {@code systemDrive}, C: by default), and the finding says "probably". Judged where
 * IIS logs per site and the site's logging is on.
 */
public final class LogsOnSystemDrive extends SiteSettingRule<String> {
    static final Param<String> SYSTEM_DRIVE = Param.text("systemDrive", "C:");

    public LogsOnSystemDrive() {
        super("IIS-1306", "logFile", "directory");
    }

    @Override
    public List<Param<?>> params() {
        return List.of(SYSTEM_DRIVE);
    }

    @Override
    boolean applies(IisConfig config) {
        return Logging.perSite(config);
    }

    @Override
    Value<String> read(SiteSettings settings, String path, String attribute) {
        return settings.text(path, attribute);
    }

    @Override
    Optional<String> judge(String directory, Site site, IisConfig config, RuleContext ctx) {
        if (site.settings().bool("logFile", "enabled").is(false)) return Optional.empty();
        return SystemDrive.judge(directory, ctx.get(SYSTEM_DRIVE))
                .map(how -> "the logs are " + how
                        + ": logs that fill it can stop Windows; keep them on a drive of their own");
    }
}
