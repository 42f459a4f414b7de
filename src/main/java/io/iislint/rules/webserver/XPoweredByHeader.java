package io.iislint.rules.webserver;

import io.iislint.model.ConfigPath;
import io.iislint.model.IisConfig;
import io.iislint.model.Origin;
import io.iislint.model.Settings;
import io.iislint.model.WebServerScope;
import io.iislint.rules.Rule;
import io.iislint.rules.RuleContext;

/**
 * IIS-1202: the X-Powered-By custom header (a stock applicationHost.config adds {@code X-Powered-By: ASP.NET}).
 * Reported where the entry is added; a scope that inherits it is not reported again, and a {@code <remove>} or
 * {@code <clear/>} below takes it away there.
 */
public final class XPoweredByHeader implements Rule {
    private static final String HEADERS = "system.webServer/httpProtocol/customHeaders";

    @Override
    public String id() {
        return "IIS-1202";
    }

    @Override
    public void check(IisConfig config, RuleContext ctx) {
        for (WebServerScope scope : config.scopes()) {
            if (scope.kind().isMetabase()) continue;
            for (Settings.Entry e : scope.settings().collection(HEADERS, "add", "name")) {
                if (!e.attribute("name").trim().equalsIgnoreCase("X-Powered-By")) continue;
                if (!(e.origin() instanceof Origin.SetHere here)) continue;
                ctx.finding(scope)
                        .message("every response carries X-Powered-By: " + e.attribute("value")
                                + ", which tells a scanner the server runs ASP.NET")
                        .about(new ConfigPath.Written(HEADERS + "/add[@name='X-Powered-By']"))
                        .at(here.at())
                        .report();
            }
        }
    }
}
