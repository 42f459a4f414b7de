package io.iislint.rules.sites;

import io.iislint.model.IisConfig;
import io.iislint.model.Site;
import io.iislint.model.SiteSettings;
import io.iislint.model.Value;
import io.iislint.rules.RuleContext;
import java.util.Optional;

/**
 * IIS-1302: a site logging in the IIS or NCSA format, whose fields are fixed: no sub-status, no user agent or referer
 * (NCSA), no custom fields. Custom (a logging module of one's own) is not judged. Not judged in a central logging
 * mode, where the sites' logFile is not used, nor for a site whose logging is off (IIS-1301 says so).
 */
public final class LogFormatNotW3c extends SiteSettingRule<String> {
    public LogFormatNotW3c() {
        super("IIS-1302", "logFile", "logFormat");
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
    Optional<String> judge(String format, Site site, IisConfig config, RuleContext ctx) {
        String f = Logging.lower(format);
        if (!f.equals("iis") && !f.equals("ncsa")) return Optional.empty();
        if (site.settings().bool("logFile", "enabled").is(false)) return Optional.empty();
        return Optional.of("the log is in the " + format.trim() + " format, whose fields are fixed: it cannot hold"
                + " the sub-status, the fields the benchmarks ask for, or custom fields (W3C can)");
    }
}
