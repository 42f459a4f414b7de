package io.iislint.rules.webserver;

import io.iislint.model.ConfigPath;
import io.iislint.model.IisConfig;
import io.iislint.model.Value;
import io.iislint.model.WebServerScope;
import io.iislint.rules.Param;
import io.iislint.rules.Rule;
import io.iislint.rules.RuleContext;
import io.iislint.rules.SettingScopes;
import java.util.List;

/**
 * IIS-1207: request filtering's request limits (body size, URL length, query string length) above the chosen
 * maximum. The defaults are the IIS defaults, which the CIS benchmark and the STIG before V2R15 also ask for.
 */
public final class RequestLimitsRaised implements Rule {
    static final Param<Long> MAX_CONTENT = Param.integer("maxAllowedContentLength", 30_000_000);
    static final Param<Long> MAX_URL = Param.integer("maxUrl", 4096);
    static final Param<Long> MAX_QUERY = Param.integer("maxQueryString", 2048);
    private static final String LIMITS = "system.webServer/security/requestFiltering/requestLimits";

    @Override
    public String id() {
        return "IIS-1207";
    }

    @Override
    public List<Param<?>> params() {
        return List.of(MAX_CONTENT, MAX_URL, MAX_QUERY);
    }

    @Override
    public void check(IisConfig config, RuleContext ctx) {
        for (WebServerScope scope : config.scopes()) {
            if (scope.kind().isMetabase()) continue;
            judge(config, scope, ctx, "maxAllowedContentLength", ctx.get(MAX_CONTENT), "a request body may be");
            judge(config, scope, ctx, "maxUrl", ctx.get(MAX_URL), "a URL may be");
            judge(config, scope, ctx, "maxQueryString", ctx.get(MAX_QUERY), "a query string may be");
        }
    }

    private static void judge(
            IisConfig config, WebServerScope scope, RuleContext ctx, String attribute, long max, String what) {
        Value<Long> v = scope.settings().number(LIMITS, attribute);
        if (!v.matches(n -> n > max) || !SettingScopes.webServer(config, scope, v, SettingScopes.sectionOf(LIMITS)))
            return;
        long n = v.known().orElse(0L);
        String unit = attribute.equals("maxAllowedContentLength") ? " bytes" : " characters";
        ctx.finding(scope)
                .message(what + " up to " + n + unit + ", more than " + max
                        + ": larger requests cost the server memory and time before any code sees them")
                .value(new ConfigPath.Written(LIMITS + "/@" + attribute), v)
                .fix("attribute", attribute)
                .fix("max", Long.toString(max))
                .report();
    }
}
