package io.iislint.rules.webserver;

import io.iislint.model.Settings;
import io.iislint.model.Value;
import io.iislint.model.WebServerScope;
import io.iislint.rules.RuleContext;
import io.iislint.rules.SettingRule;
import java.util.Optional;

/** IIS-1201: IIS's detailed error pages shown to remote visitors. */
public final class HttpErrorsDetailed extends SettingRule<String> {
    public HttpErrorsDetailed() {
        super("IIS-1201", "system.webServer/httpErrors", "errorMode");
    }

    @Override
    protected Value<String> read(Settings settings, String section, String attribute) {
        return settings.text(section, attribute);
    }

    @Override
    protected Optional<String> judge(String mode, WebServerScope scope, RuleContext ctx) {
        // IIS reads its enums without letter case
        if (!mode.trim().equalsIgnoreCase("Detailed")) return Optional.empty();
        return Optional.of("IIS shows remote visitors its detailed error pages: physical paths, the module and"
                + " handler, the logon user");
    }
}
