package io.iislint.rules.sites;

import io.iislint.model.IisConfig;
import io.iislint.model.Settings;
import io.iislint.model.Site;
import io.iislint.model.SiteSettings;
import io.iislint.model.Value;
import io.iislint.model.WebServerScope;
import io.iislint.rules.RuleContext;
import java.util.Locale;
import java.util.Optional;

/**
 * IIS-1322: a site on http and https whose HSTS is on but does not send http to https ({@code hsts
 * redirectHttpToHttps}, IIS 10 version 1709 and later). A browser honours Strict-Transport-Security only on an https
 * response, so a visitor who arrives over http never learns it. A site whose root redirects to an https address
 * another way (httpRedirect, or a URL Rewrite rule that redirects to https) is not reported.
 */
public final class HstsHttpNotRedirected extends SiteSettingRule<Boolean> {
    public HstsHttpNotRedirected() {
        super("IIS-1322", "hsts", "redirectHttpToHttps");
    }

    @Override
    Value<Boolean> read(SiteSettings settings, String path, String attribute) {
        return settings.bool(path, attribute);
    }

    @Override
    Optional<String> judge(Boolean redirect, Site site, IisConfig config, RuleContext ctx) {
        if (redirect || !Https.has(site, "http") || !Https.has(site, "https")) return Optional.empty();
        // HSTS off is IIS-1310's finding: this rule is about HSTS that is on and cannot reach an http visitor
        if (!site.settings().bool("hsts", "enabled").is(true)) return Optional.empty();
        Settings s = config.scopeFor(site.name()).map(WebServerScope::settings).orElse(Settings.EMPTY);
        if (redirectsToHttps(s)) return Optional.empty();
        return Optional.of("HSTS is on but http is not sent to https: a browser heeds the HSTS header only on an"
                + " https response, so a visitor who comes over http stays on http");
    }

    /** Whether the site's root sends requests to an https address through httpRedirect or a URL Rewrite rule. */
    static boolean redirectsToHttps(Settings s) {
        if (s.bool("system.webServer/httpRedirect", "enabled").is(true)
                && s.text("system.webServer/httpRedirect", "destination").matches(HstsHttpNotRedirected::https))
            return true;
        for (Settings.Entry rule : s.collection("system.webServer/rewrite/rules", "rule", "name")) {
            Optional<String> type = rule.element().path("action").flatMap(a -> a.attribute("type"));
            Optional<String> url = rule.element().path("action").flatMap(a -> a.attribute("url"));
            if (type.isPresent()
                    && type.get().trim().equalsIgnoreCase("Redirect")
                    && url.isPresent()
                    && https(url.get())) return true;
        }
        return false;
    }

    private static boolean https(String url) {
        return url.trim().toLowerCase(Locale.ROOT).startsWith("https://");
    }
}
