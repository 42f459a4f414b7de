package io.iislint.rules.asp;

import io.iislint.model.ConfigPath;
import io.iislint.model.IisConfig;
import io.iislint.model.Value;
import io.iislint.model.WebServerScope;
import io.iislint.rules.Rule;
import io.iislint.rules.RuleContext;
import io.iislint.rules.SectionSwitchRule;

/** Classic ASP ({@code system.webServer/asp}). */
public final class AspRules {
    private AspRules() {}

    /** IIS-401: {@code #include} and MapPath may climb out of the application with "..". */
    public static final class ParentPaths extends SectionSwitchRule {
        public ParentPaths() {
            super("IIS-401", "asp", "enableParentPaths", s -> s.asp().enableParentPaths(),
                    "ASP pages may use \"..\" in #include and Server.MapPath to reach files outside the application");
        }
    }

    /** IIS-402: ASP script errors, with file names and line numbers, shown to visitors. */
    public static final class ScriptErrorsToBrowser extends SectionSwitchRule {
        public ScriptErrorsToBrowser() {
            super("IIS-402", "asp", "scriptErrorSentToBrowser", s -> s.asp().scriptErrorSentToBrowser(),
                    "ASP script errors, with file paths and line numbers, are sent to the browser");
        }
    }

    /**
     * IIS-403: the ASP response buffer or request-body limit raised above the IIS default. IIS 6 introduced both
     * limits (4 MB of buffered output; 204,800 bytes of posted data, 200,000 on IIS 7+) to bound what one request
     * can make the server hold in memory.
     */
    public static final class LimitsRaised implements Rule {
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
                check(ctx, scope, "maxRequestEntityAllowed", scope.asp().maxRequestEntityAllowed(), maxEntity, "an ASP request body");
            }
        }

        private static void check(RuleContext ctx, WebServerScope scope, String attribute, Value<Long> v, long limit, String what) {
            if (!v.isSet() || v.value() <= limit || !scope.decides(v)) return;
            ctx.finding(scope)
                    .message(what + " may grow to " + v.value() + " bytes, above the IIS default of " + limit
                            + ": each request can hold that much memory")
                    .value(new ConfigPath.SectionSetting(scope, "asp", "limits/@" + attribute), v)
                    .fix("attribute", attribute).fix("default", Long.toString(limit))
                    .fix("property", attribute.equals("bufferingLimit") ? "AspBufferingLimit" : "AspMaxRequestEntityAllowed")
                    .report();
        }
    }
}
