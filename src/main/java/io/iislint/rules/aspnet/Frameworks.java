package io.iislint.rules.aspnet;

import io.iislint.model.Settings;
import io.iislint.model.WebServerScope;
import java.util.Locale;

/**
 * Which .NET Framework a scope's ASP.NET settings are read by, told by the folder of the framework files above it
 * ({@code Framework64/v2.0.50727/Config} or {@code …/v4.0.30319/Config}): 2 for CLR 2 (.NET 2.0 to 3.5, and 1.x),
 * 4 for CLR 4 (.NET 4.x), 0 when no framework file among the inputs says.
 */
final class Frameworks {
    private Frameworks() {}

    static int of(WebServerScope scope) {
        if (scope.kind() == WebServerScope.Kind.MACHINE || scope.kind() == WebServerScope.Kind.WEBROOT)
            return ofPath(scope.location().file());
        for (Settings.Level level : scope.settings().chain()) {
            boolean framework =
                    level.label().startsWith("machine.config") || level.label().startsWith("the root web.config");
            if (framework && !level.containers().isEmpty())
                return ofPath(level.containers().get(0).location().file());
        }
        return 0;
    }

    static int ofPath(String file) {
        String p = file.replace('\\', '/').toLowerCase(Locale.ROOT);
        if (p.contains("/v4.0.") || p.contains("/v4.")) return 4;
        if (p.contains("/v2.0.") || p.contains("/v1.")) return 2;
        return 0;
    }
}
