package io.iislint.rules.webserver;

import io.iislint.model.Settings;
import io.iislint.model.Value;
import io.iislint.model.WebServerScope;
import io.iislint.rules.RuleContext;
import io.iislint.rules.SettingRule;
import java.util.Optional;

/** IIS-1204: request filtering's allowDoubleEscaping on. */
public final class DoubleEscapingAllowed extends SettingRule<Boolean> {
    public DoubleEscapingAllowed() {
        super("IIS-1204", "system.webServer/security/requestFiltering", "allowDoubleEscaping");
    }

    @Override
    protected Value<Boolean> read(Settings settings, String section, String attribute) {
        return settings.bool(section, attribute);
    }

    @Override
    protected Optional<String> judge(Boolean on, WebServerScope scope, RuleContext ctx) {
        if (!on) return Optional.empty();
        return Optional.of(
                "request filtering lets double-escaped URLs through: %25 sequences that decode to a second URL can slip past the rules checked on the first");
    }
}
