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
 * IIS-1130: forms authentication users kept in the configuration file with hashed passwords ({@code credentials
 * passwordFormat} SHA1, MD5 or another hash; clear text is IIS-1113's). Each {@code <user>} is reported where it is
 * added; nothing of its password is shown.
 */
public final class FormsCredentialsStored implements Rule {
    private static final String CREDENTIALS = "system.web/authentication/forms/credentials";

    @Override
    public String id() {
        return "IIS-1130";
    }

    @Override
    public void check(IisConfig config, RuleContext ctx) {
        for (WebServerScope scope : config.scopes()) {
            if (scope.kind().isMetabase()) continue;
            Value<String> format = scope.settings().text(CREDENTIALS, "passwordFormat");
            // clear text is IIS-1113's (ASP.NET reads the format with its letter case)
            if (format.known().map(f -> f.trim().equals("Clear")).orElse(false)) continue;
            String written = format.known().map(String::trim).orElse("SHA1");
            for (Settings.Entry user : scope.settings().collection(CREDENTIALS, "user", "name")) {
                if (!(user.origin() instanceof Origin.SetHere here)) continue;
                String name = user.attribute("name").trim();
                ctx.finding(scope)
                        .subject("forms user", name)
                        .message("this forms authentication user is kept in the configuration file with a " + written
                                + " hash of its password: the hash is unsalted and fast to compute, so a copy of the"
                                + " file, a backup or its repository is enough to guess simple passwords offline;"
                                + " keep users in a membership or identity store")
                        .about(new ConfigPath.Written(CREDENTIALS + "/user[@name='" + name + "']"))
                        .at(here.at())
                        .fix("user", name)
                        .report();
            }
        }
    }
}
