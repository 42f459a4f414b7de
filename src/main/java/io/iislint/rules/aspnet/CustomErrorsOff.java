package io.iislint.rules.aspnet;

import io.iislint.model.Settings;
import io.iislint.model.Value;
import io.iislint.model.WebServerScope;
import io.iislint.rules.RuleContext;
import io.iislint.rules.SettingRule;
import io.iislint.rules.SettingScopes;
import java.util.Optional;

/** IIS-1103: ASP.NET's detailed error pages (stack traces, source) shown to every visitor. */
public final class CustomErrorsOff extends SettingRule<String> {
    public CustomErrorsOff() {
        super("IIS-1103", "system.web/customErrors", "mode");
    }

    @Override
    protected Value<String> read(Settings settings, String section, String attribute) {
        return settings.text(section, attribute);
    }

    @Override
    protected Optional<String> judge(String mode, WebServerScope scope, RuleContext ctx) {
        // ASP.NET reads the enum with its letter case: "off" is a configuration error, not Off
        if (!mode.trim().equals("Off") || SettingScopes.retail(scope)) return Optional.empty();
        return Optional.of(
                "ASP.NET shows remote visitors its detailed error pages: exception, stack trace and source" + " lines");
    }
}
