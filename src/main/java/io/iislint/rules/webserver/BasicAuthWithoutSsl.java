package io.iislint.rules.webserver;

import io.iislint.model.ConfigPath;
import io.iislint.model.IisConfig;
import io.iislint.model.Origin;
import io.iislint.model.Value;
import io.iislint.model.WebServerScope;
import io.iislint.rules.Rule;
import io.iislint.rules.RuleContext;
import java.util.Locale;

/**
 * IIS-1211: basic authentication where SSL is not required. Reported where basic authentication is switched on, or
 * where a level below drops the Ssl flag while basic authentication comes from above.
 */
public final class BasicAuthWithoutSsl implements Rule {
    private static final String BASIC = "system.webServer/security/authentication/basicAuthentication";
    private static final String ACCESS = "system.webServer/security/access";

    @Override
    public String id() {
        return "IIS-1211";
    }

    @Override
    public void check(IisConfig config, RuleContext ctx) {
        for (WebServerScope scope : config.scopes()) {
            if (scope.kind().isMetabase()) continue;
            Value<Boolean> basic = scope.settings().bool(BASIC, "enabled");
            if (!basic.is(true)) continue;
            Value<String> flags = scope.settings().text(ACCESS, "sslFlags");
            if (!(flags instanceof Value.Known<String> f) || requiresSsl(f.value())) continue;
            String message = "basic authentication is on and SSL is not required (sslFlags="
                    + f.value().trim()
                    + "): user names and passwords cross the network in base64, readable by anyone on the way";
            if (basic.origin() instanceof Origin.SetHere) {
                ctx.finding(scope)
                        .message(message)
                        .value(new ConfigPath.Written(BASIC + "/@enabled"), basic)
                        .report();
            } else if (flags.origin() instanceof Origin.SetHere) {
                ctx.finding(scope)
                        .message(message)
                        .value(new ConfigPath.Written(ACCESS + "/@sslFlags"), flags)
                        .report();
            }
        }
    }

    private static boolean requiresSsl(String flags) {
        for (String f : flags.split(",")) {
            if (f.trim().toLowerCase(Locale.ROOT).equals("ssl")) return true;
        }
        return false;
    }
}
