package io.iislint.rules.asp;

import io.iislint.model.IisConfig;
import io.iislint.model.WebServerScope;
import io.iislint.rules.Rule;
import io.iislint.rules.RuleContext;

/** Classic ASP ({@code system.webServer/asp}). */
public final class AspRules {
    private AspRules() {}

    /** IIS-401: {@code #include} and MapPath may climb out of the application with "..". */
    public static final class ParentPaths implements Rule {
        @Override
        public String id() {
            return "IIS-401";
        }

        @Override
        public void check(IisConfig config, RuleContext ctx) {
            for (WebServerScope scope : config.scopes()) {
                var v = scope.asp().enableParentPaths();
                if (!v.value() || !scope.decides(v)) continue;
                ctx.finding(scope)
                        .message("ASP pages may use \"..\" in #include and Server.MapPath to reach files outside the application")
                        .value("enableParentPaths", "system.webServer/asp/@enableParentPaths", v)
                        .report();
            }
        }
    }

    /** IIS-402: ASP script errors, with file names and line numbers, shown to visitors. */
    public static final class ScriptErrorsToBrowser implements Rule {
        @Override
        public String id() {
            return "IIS-402";
        }

        @Override
        public void check(IisConfig config, RuleContext ctx) {
            for (WebServerScope scope : config.scopes()) {
                var v = scope.asp().scriptErrorSentToBrowser();
                if (!v.value() || !scope.decides(v)) continue;
                ctx.finding(scope)
                        .message("ASP script errors, with file paths and line numbers, are sent to the browser")
                        .value("scriptErrorSentToBrowser", "system.webServer/asp/@scriptErrorSentToBrowser", v)
                        .report();
            }
        }
    }
}
