package io.iislint.rules.asp;

import io.iislint.model.ConfigPath;
import io.iislint.model.IisConfig;
import io.iislint.model.Value;
import io.iislint.model.WebServerScope;
import io.iislint.rules.Rule;
import io.iislint.rules.RuleContext;
import io.iislint.rules.SettingScopes;

/** IIS-404: classic ASP debugging (server-side or client-side) switched on. */
public final class AspDebugging implements Rule {
    @Override
    public String id() {
        return "IIS-404";
    }

    @Override
    public void check(IisConfig config, RuleContext ctx) {
        for (WebServerScope scope : config.scopes()) {
            if (scope.kind().isMetabase()) continue;
            report(
                    config,
                    scope,
                    ctx,
                    "appAllowDebugging",
                    "ASP server-side script debugging is on: ASP serves an application's requests one at a time, and a"
                            + " script error can wait in a debugger on the server");
            report(
                    config,
                    scope,
                    ctx,
                    "appAllowClientDebug",
                    "ASP client-side script debugging is on: a debugging aid meant for development servers");
        }
    }

    private static void report(IisConfig config, WebServerScope scope, RuleContext ctx, String attribute, String what) {
        Value<Boolean> v = scope.settings().bool("system.webServer/asp", attribute);
        if (!v.is(true) || !SettingScopes.webServer(config, scope, v, "system.webServer/asp")) return;
        ctx.finding(scope)
                .message(what)
                .value(new ConfigPath.Written("system.webServer/asp/@" + attribute), v)
                .fix("attribute", attribute)
                .report();
    }
}
