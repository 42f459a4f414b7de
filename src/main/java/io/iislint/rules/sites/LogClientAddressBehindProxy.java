package io.iislint.rules.sites;

import io.iislint.model.ConfigPath;
import io.iislint.model.IisConfig;
import io.iislint.model.Settings;
import io.iislint.model.Site;
import io.iislint.rules.Param;
import io.iislint.rules.Rule;
import io.iislint.rules.RuleContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * IIS-1326: a site behind a load balancer or reverse proxy whose W3C log has no custom field for the header that
 * carries the client's address: every request is logged as the proxy's. Which sites sit behind a proxy is the
 * parameter {@code sitesBehindProxy} (none by default: the files do not say); which headers carry the address is
 * {@code clientAddressHeaders}. A header is logged as a RequestHeader field or as its server variable
 * ({@code HTTP_X_FORWARDED_FOR}).
 */
public final class LogClientAddressBehindProxy implements Rule {
    static final Param<String> SITES = Param.text("sitesBehindProxy", "");
    static final Param<String> HEADERS = Param.text("clientAddressHeaders", "X-Forwarded-For, Forwarded");

    @Override
    public String id() {
        return "IIS-1326";
    }

    @Override
    public List<Param<?>> params() {
        return List.of(SITES, HEADERS);
    }

    @Override
    public void check(IisConfig config, RuleContext ctx) {
        String sites = ctx.get(SITES);
        if (sites.isBlank() || !Logging.perSite(config)) return;
        List<String> headers = new ArrayList<>();
        for (String h : ctx.get(HEADERS).split(",")) if (!h.isBlank()) headers.add(h.trim());
        if (headers.isEmpty()) return;
        for (Site site : config.sites()) {
            if (!SiteList.names(sites, site) || !CustomFieldsRule.judged(site)) continue;
            if (CustomFieldsRule.own(site.settings()).isEmpty()
                    && site.settings().exported()) continue;
            List<Settings.Entry> logged = site.settings().collection(CustomFieldsRule.PATH, "logFieldName");
            if (logged.stream().anyMatch(e -> carries(e, headers))) continue;
            ctx.finding("site", site.name())
                    .at(CustomFieldsRule.own(site.settings()).orElse(site.location()))
                    .about(new ConfigPath.SiteSetting(site, CustomFieldsRule.PATH))
                    .message("is behind a proxy (sitesBehindProxy) and its W3C log has no custom field for "
                            + String.join(" or ", headers)
                            + ": the log probably shows the proxy's address as every request's client")
                    .fix("site", site.name())
                    .fix("header", headers.get(0))
                    .report();
        }
    }

    /** A custom field that logs one of {@code headers}, as a request header or as its HTTP_ server variable. */
    static boolean carries(Settings.Entry e, List<String> headers) {
        String type = e.attribute("sourceType").trim();
        String name = e.attribute("sourceName").trim();
        for (String h : headers) {
            if (type.equalsIgnoreCase("RequestHeader") && name.equalsIgnoreCase(h)) return true;
            String variable = "HTTP_" + h.toUpperCase(Locale.ROOT).replace('-', '_');
            if (type.equalsIgnoreCase("ServerVariable") && name.equalsIgnoreCase(variable)) return true;
        }
        return false;
    }
}
