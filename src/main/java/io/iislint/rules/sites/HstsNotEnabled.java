package io.iislint.rules.sites;

import io.iislint.model.IisConfig;
import io.iislint.model.IisVersion;
import io.iislint.model.Origin;
import io.iislint.model.Settings;
import io.iislint.model.Site;
import io.iislint.model.SiteSettings;
import io.iislint.model.Value;
import io.iislint.model.WebServerScope;
import io.iislint.rules.RuleContext;
import java.util.Optional;

/**
 * IIS-1310: a site with an https binding that does not tell browsers to use https only (HTTP Strict Transport
 * Security): neither the site's {@code hsts} (IIS 10 version 1709 and later) with a max-age, nor a
 * Strict-Transport-Security custom header at the site. The {@code hsts} default is judged only on IIS 10 (shown by the
 * file or given); older IIS has only the header.
 */
public final class HstsNotEnabled extends SiteSettingRule<Boolean> {
    public HstsNotEnabled() {
        super("IIS-1310", "hsts", "enabled");
    }

    @Override
    Value<Boolean> read(SiteSettings settings, String path, String attribute) {
        return settings.bool(path, attribute);
    }

    @Override
    Optional<String> judge(Boolean enabled, Site site, IisConfig config, RuleContext ctx) {
        if (!Https.has(site, "https") || header(config, site)) return Optional.empty();
        Value<Boolean> v = site.settings().bool("hsts", "enabled");
        if (!enabled) {
            if (v.origin() instanceof Origin.Default && config.iisVersion().release() != IisVersion.Release.IIS_10)
                return Optional.empty();
            return Optional.of("HSTS is off: a browser that once reached the site over https still tries http"
                    + " first, where the connection can be taken over");
        }
        Value<Long> maxAge = site.settings().number("hsts", "max-age");
        if (maxAge.is(0L))
            return Optional.of("HSTS is on with max-age 0: browsers keep nothing, so it protects nothing");
        return Optional.empty();
    }

    /** A Strict-Transport-Security response header added at the site. */
    private static boolean header(IisConfig config, Site site) {
        Settings s = config.scopeFor(site.name()).map(WebServerScope::settings).orElse(Settings.EMPTY);
        return s.collection("system.webServer/httpProtocol/customHeaders", "add", "name").stream()
                .anyMatch(e -> e.attribute("name").trim().equalsIgnoreCase("Strict-Transport-Security"));
    }
}
