package io.iislint.rules.aspnet;

import io.iislint.model.ConfigPath;
import io.iislint.model.IisConfig;
import io.iislint.model.Origin;
import io.iislint.model.Value;
import io.iislint.model.WebServerScope;
import io.iislint.rules.Rule;
import io.iislint.rules.RuleContext;
import java.util.Set;

/**
 * IIS-1124: a machineKey validation weaker than HMAC-SHA-256 where the framework offers it. Only written values are
 * judged: the default is HMACSHA256 on .NET 4 and SHA1 (the strongest there) on .NET 2.0 to 3.5. On .NET 2.0 to 3.5
 * (told by the framework files above) only MD5 is weak; with no framework file among the inputs a value is judged as
 * .NET 4 reads it, and the message says so. The keys are never read.
 */
public final class MachineKeyWeakValidation implements Rule {
    private static final String MACHINE_KEY = "system.web/machineKey";
    /** ASP.NET's names, as it reads them (letter case included); "alg:…" names a custom algorithm, not judged. */
    private static final Set<String> LEGACY = Set.of("MD5", "SHA1", "3DES", "AES");

    @Override
    public String id() {
        return "IIS-1124";
    }

    @Override
    public void check(IisConfig config, RuleContext ctx) {
        for (WebServerScope scope : config.scopes()) {
            if (scope.kind().isMetabase()) continue;
            Value<String> v = scope.settings().text(MACHINE_KEY, "validation");
            if (!(v instanceof Value.Known<String> k) || !(v.origin() instanceof Origin.SetHere)) continue;
            String name = k.value().trim();
            int framework = Frameworks.of(scope);
            boolean weak = framework == 2 ? name.equals("MD5") : LEGACY.contains(name);
            if (!weak) continue;
            String detail = framework == 2
                    ? "MD5 is the weakest choice .NET Framework 2.0 to 3.5 offer (SHA1 is their strongest)"
                    : "view state and authentication tickets are signed with " + (name.equals("MD5") ? "MD5" : "SHA1")
                            + (name.equals("3DES") || name.equals("AES") ? " (" + name + " names the encryption)" : "")
                            + (framework == 0 ? " on .NET Framework 4 and later" : "")
                            + ", where HMACSHA256 or stronger is available";
            ctx.finding(scope)
                    .message("weak machineKey validation: " + detail)
                    .value(new ConfigPath.Written(MACHINE_KEY + "/@validation"), v)
                    .report();
        }
    }
}
