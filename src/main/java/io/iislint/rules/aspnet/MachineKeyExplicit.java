package io.iislint.rules.aspnet;

import io.iislint.model.ConfigPath;
import io.iislint.model.IisConfig;
import io.iislint.model.Origin;
import io.iislint.model.Value;
import io.iislint.model.WebServerScope;
import io.iislint.rules.Rule;
import io.iislint.rules.RuleContext;
import java.util.Locale;

/**
 * IIS-1114: a machineKey written in the file ({@code validationKey} or {@code decryptionKey} other than
 * {@code AutoGenerate…}). Reported where it is written; the key is never shown, only its length.
 */
public final class MachineKeyExplicit implements Rule {
    private static final String MACHINE_KEY = "system.web/machineKey";

    @Override
    public String id() {
        return "IIS-1114";
    }

    @Override
    public void check(IisConfig config, RuleContext ctx) {
        for (WebServerScope scope : config.scopes()) {
            if (scope.kind().isMetabase()) continue;
            for (String attribute : new String[] {"validationKey", "decryptionKey"}) {
                Value<String> v = scope.settings().text(MACHINE_KEY, attribute);
                if (!(v instanceof Value.Known<String> k) || !(v.origin() instanceof Origin.SetHere here)) continue;
                String key = k.value().trim();
                if (key.isEmpty() || key.toLowerCase(Locale.ROOT).startsWith("autogenerate")) continue;
                ctx.finding(scope)
                        .message("the machineKey's " + attribute + " is written in the file (" + key.length()
                                + " characters): whoever reads it can forge or read view state and authentication"
                                + " tickets, and forged view state can run code on the server")
                        .about(new ConfigPath.Written(MACHINE_KEY + "/@" + attribute))
                        .at(here.at())
                        .fix("attribute", attribute)
                        .report();
            }
        }
    }
}
