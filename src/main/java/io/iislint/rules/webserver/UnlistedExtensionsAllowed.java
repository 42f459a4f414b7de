package io.iislint.rules.webserver;

import io.iislint.model.Settings;
import io.iislint.model.Value;
import io.iislint.model.WebServerScope;
import io.iislint.rules.RuleContext;
import io.iislint.rules.SettingRule;
import java.util.Optional;

/** IIS-1206: request filtering's allowUnlisted on. */
public final class UnlistedExtensionsAllowed extends SettingRule<Boolean> {
    public UnlistedExtensionsAllowed() {
        super("IIS-1206", "system.webServer/security/requestFiltering/fileExtensions", "allowUnlisted");
    }

    @Override
    protected Value<Boolean> read(Settings settings, String section, String attribute) {
        return settings.bool(section, attribute);
    }

    @Override
    protected Optional<String> judge(Boolean on, WebServerScope scope, RuleContext ctx) {
        if (!on) return Optional.empty();
        return Optional.of(
                "request filtering serves any file extension its list does not deny: a file left in the content (.bak, .old, .log) can be fetched");
    }
}
