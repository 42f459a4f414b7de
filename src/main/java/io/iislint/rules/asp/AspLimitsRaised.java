package io.iislint.rules.asp;

import io.iislint.model.ConfigPath;
import io.iislint.model.IisConfig;
import io.iislint.model.Value;
import io.iislint.model.WebServerScope;
import io.iislint.rules.Rule;
import io.iislint.rules.RuleContext;

/**
 * IIS-403: the ASP response buffer or request-body limit raised above the IIS default. IIS 6 introduced both
 * limits (4 MB of buffered output; 204,800 bytes of posted data, 200,000 on IIS 7+) to bound what one request
 * can make the server hold in memory.
 */
public final class AspLimitsRaised implements Rule {
    static final long BUFFERING = 4_194_304L;

    @Override
    public String id() {
        return "IIS-403";
    }

    @Override
    public void check(IisConfig config, RuleContext ctx) {
        long maxEntity = config.isIis6() ? 204_800L : 200_000L;
        for (WebServerScope scope : config.scopes()) {
            check(ctx, scope, "bufferingLimit", scope.asp().bufferingLimit(), BUFFERING, "buffered ASP output");
            check(
                    ctx,
                    scope,
                    "maxRequestEntityAllowed",
                    scope.asp().maxRequestEntityAllowed(),
                    maxEntity,
                    "an ASP request body");
        }
    }

    private static void check(
            RuleContext ctx, WebServerScope scope, String attribute, Value<Long> v, long limit, String what) {
        if (!(v instanceof Value.Known<Long> bytes) || bytes.value() <= limit || !scope.decides(v)) return;
        ctx.finding(scope)
                .message(what + " may grow to " + bytes.value() + " bytes, above the IIS default of " + limit
                        + ": each request can hold that much memory")
                .value(new ConfigPath.SectionSetting(scope, "asp", "limits/@" + attribute), v)
                .fixTo(Long.toString(limit))
                .fix("attribute", attribute)
                .fix("default", Long.toString(limit))
                .fix(
                        "property",
                        attribute.equals("bufferingLimit") ? "AspBufferingLimit" : "AspMaxRequestEntityAllowed")
                .report();
    }
}
