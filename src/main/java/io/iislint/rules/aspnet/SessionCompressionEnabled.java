package io.iislint.rules.aspnet;

import io.iislint.model.Settings;
import io.iislint.model.Value;
import io.iislint.model.WebServerScope;
import io.iislint.rules.RuleContext;
import io.iislint.rules.SettingRule;
import java.util.Optional;

/** IIS-1127: ASP.NET session state compressed. */
public final class SessionCompressionEnabled extends SettingRule<Boolean> {
    public SessionCompressionEnabled() {
        super("IIS-1127", "system.web/sessionState", "compressionEnabled");
    }

    @Override
    protected Value<Boolean> read(Settings settings, String section, String attribute) {
        return settings.bool(section, attribute);
    }

    @Override
    protected Optional<String> judge(Boolean compressed, WebServerScope scope, RuleContext ctx) {
        if (!compressed) return Optional.empty();
        return Optional.of("session state is compressed before it is stored: the IIS 10 Site STIG asks for it off");
    }
}
