package io.iislint.rules.sites;

import io.iislint.model.IisConfig;
import io.iislint.model.Site;
import io.iislint.model.SiteSettings;
import io.iislint.model.Value;
import io.iislint.rules.RuleContext;
import java.util.Optional;

/**
 * IIS-1323: a site whose HSTS is on without {@code includeSubDomains} (IIS 10 version 1709 and later), which the STIG
 * asks for: the names below the site's own are left to reach over http. Judged only where HSTS is on and the site has
 * an https binding; HSTS off is IIS-1310's finding.
 */
public final class HstsSubdomainsNotIncluded extends SiteSettingRule<Boolean> {
    public HstsSubdomainsNotIncluded() {
        super("IIS-1323", "hsts", "includeSubDomains");
    }

    @Override
    Value<Boolean> read(SiteSettings settings, String path, String attribute) {
        return settings.bool(path, attribute);
    }

    @Override
    Optional<String> judge(Boolean included, Site site, IisConfig config, RuleContext ctx) {
        if (included || !Https.has(site, "https")) return Optional.empty();
        if (!site.settings().bool("hsts", "enabled").is(true)) return Optional.empty();
        return Optional.of("HSTS is on without includeSubDomains: a browser still reaches the names below the"
                + " site's own over http, where a cookie set for the parent name can be read or planted");
    }
}
