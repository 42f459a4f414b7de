package io.iislint.rules.aspnet;

import io.iislint.model.ConfigPath;
import io.iislint.model.IisConfig;
import io.iislint.model.Origin;
import io.iislint.model.Settings;
import io.iislint.model.Value;
import io.iislint.model.WebServerScope;
import io.iislint.rules.Rule;
import io.iislint.rules.RuleContext;

/**
 * IIS-1113: forms authentication users whose passwords the file keeps in clear text ({@code credentials
 * passwordFormat="Clear"}). Each {@code <user>} is reported where it is added; its password is never shown, only its
 * length.
 */
public final class FormsPasswordFormatClear implements Rule {
    private static final String CREDENTIALS = "system.web/authentication/forms/credentials";

    @Override
    public String id() {
        return "IIS-1113";
    }

    @Override
    public void check(IisConfig config, RuleContext ctx) {
        for (WebServerScope scope : config.scopes()) {
            if (scope.kind().isMetabase()) continue;
            Value<String> format = scope.settings().text(CREDENTIALS, "passwordFormat");
            // ASP.NET reads the format with its letter case
            if (!format.known().map(f -> f.trim().equals("Clear")).orElse(false)) continue;
            for (Settings.Entry user : scope.settings().collection(CREDENTIALS, "user", "name")) {
                if (!(user.origin() instanceof Origin.SetHere here)) continue;
                String name = user.attribute("name").trim();
                int length = user.attribute("password").length();
                if (length == 0) continue;
                ctx.finding(scope)
                        .subject("forms user", name)
                        .message("the password of this forms authentication user is kept in clear text (" + length
                                + " characters, passwordFormat=Clear): anyone who can read the file can log on as"
                                + " the user")
                        .about(new ConfigPath.Written(CREDENTIALS + "/user[@name='" + name + "']/@password"))
                        .at(here.at())
                        .fix("user", name)
                        .report();
            }
        }
    }
}
