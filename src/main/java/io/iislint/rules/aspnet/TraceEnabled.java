package io.iislint.rules.aspnet;

import io.iislint.model.ConfigPath;
import io.iislint.model.IisConfig;
import io.iislint.model.Settings;
import io.iislint.model.Value;
import io.iislint.model.WebServerScope;
import io.iislint.rules.Rule;
import io.iislint.rules.RuleContext;
import io.iislint.rules.SettingScopes;

/**
 * IIS-1102: ASP.NET tracing on. Reported where it is switched on; a level below that inherits it and makes it worse
 * ({@code localOnly="false"}, {@code pageOutput="true"}) is reported where it does.
 */
public final class TraceEnabled implements Rule {
    private static final String TRACE = "system.web/trace";

    @Override
    public String id() {
        return "IIS-1102";
    }

    @Override
    public void check(IisConfig config, RuleContext ctx) {
        for (WebServerScope scope : config.scopes()) {
            if (scope.kind().isMetabase()) continue;
            Settings s = scope.settings();
            Value<Boolean> enabled = s.bool(TRACE, "enabled");
            if (!enabled.is(true) || SettingScopes.retail(scope)) continue;
            Value<Boolean> localOnly = s.bool(TRACE, "localOnly");
            Value<Boolean> pageOutput = s.bool(TRACE, "pageOutput");
            String message = message(localOnly.is(false), pageOutput.is(true));
            Value<Boolean> decided;
            String attribute;
            if (SettingScopes.aspNet(scope, enabled)) {
                decided = enabled;
                attribute = "enabled";
            } else if (localOnly.is(false) && SettingScopes.aspNet(scope, localOnly)) {
                decided = localOnly;
                attribute = "localOnly";
            } else if (pageOutput.is(true) && SettingScopes.aspNet(scope, pageOutput)) {
                decided = pageOutput;
                attribute = "pageOutput";
            } else continue;
            ctx.finding(scope)
                    .message(message)
                    .value(new ConfigPath.Written(TRACE + "/@" + attribute), decided)
                    .report();
        }
    }

    private static String message(boolean remote, boolean onPages) {
        String who = remote ? "any visitor" : "browsers on the server itself";
        String base = "ASP.NET tracing is on: trace.axd shows " + who
                + " the last requests with their cookies, headers, form fields and server variables";
        return onPages ? base + ", and every page appends its trace (pageOutput=true)" : base;
    }
}
