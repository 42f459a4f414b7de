package io.iislint.rules.webserver;

import io.iislint.model.Settings;
import io.iislint.model.Value;
import io.iislint.model.WebServerScope;
import io.iislint.rules.RuleContext;
import io.iislint.rules.SettingRule;
import java.util.Optional;

/**
 * IIS-1203: the Server response header names IIS and its version. {@code removeServerHeader} exists from IIS 10
 * version 1709: the default is judged only in an applicationHost.config that shows IIS 10 (its
 * {@code configProtectedData} lists {@code IISCngProvider}), and the finding says "probably".
 */
public final class ServerHeaderNotRemoved extends SettingRule<Boolean> {
    public ServerHeaderNotRemoved() {
        super("IIS-1203", "system.webServer/security/requestFiltering", "removeServerHeader");
    }

    @Override
    protected Value<Boolean> read(Settings settings, String section, String attribute) {
        return settings.bool(section, attribute);
    }

    @Override
    protected Optional<String> judge(Boolean removed, WebServerScope scope, RuleContext ctx) {
        if (removed) return Optional.empty();
        Value<Boolean> v = scope.settings().bool("system.webServer/security/requestFiltering", "removeServerHeader");
        if (v.isDefault()) {
            if (!iis10(scope.settings())) return Optional.empty();
            return Optional.of("every response names the server (Server: Microsoft-IIS/10.0); this IIS 10 can"
                    + " probably drop the header (removeServerHeader, IIS 10 version 1709 and later)");
        }
        return Optional.of("every response names the server (Server: Microsoft-IIS/10.0)");
    }

    /** IIS 10 and later list IISCngProvider among the protected-configuration providers; earlier versions do not. */
    private static boolean iis10(Settings settings) {
        return settings.collection("configProtectedData/providers", "add", "name").stream()
                .anyMatch(e -> e.attribute("name").equalsIgnoreCase("IISCngProvider"));
    }
}
