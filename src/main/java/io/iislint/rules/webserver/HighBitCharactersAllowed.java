package io.iislint.rules.webserver;

import io.iislint.model.Settings;
import io.iislint.model.Value;
import io.iislint.model.WebServerScope;
import io.iislint.rules.RuleContext;
import io.iislint.rules.SettingRule;
import java.util.Optional;

/** IIS-1205: request filtering's allowHighBitCharacters on. */
public final class HighBitCharactersAllowed extends SettingRule<Boolean> {
    public HighBitCharactersAllowed() {
        super("IIS-1205", "system.webServer/security/requestFiltering", "allowHighBitCharacters");
    }

    @Override
    protected Value<Boolean> read(Settings settings, String section, String attribute) {
        return settings.bool(section, attribute);
    }

    @Override
    protected Optional<String> judge(Boolean on, WebServerScope scope, RuleContext ctx) {
        if (!on) return Optional.empty();
        return Optional.of("request filtering lets non-ASCII bytes through in URLs");
    }
}
