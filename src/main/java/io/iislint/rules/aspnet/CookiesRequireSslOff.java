package io.iislint.rules.aspnet;

import io.iislint.model.Settings;
import io.iislint.model.Value;
import io.iislint.model.WebServerScope;
import io.iislint.rules.RuleContext;
import io.iislint.rules.SettingRule;
import java.util.Optional;

/** IIS-1106: system.web/httpCookies/@requireSSL off. */
public final class CookiesRequireSslOff extends SettingRule<Boolean> {
    public CookiesRequireSslOff() {
        super("IIS-1106", "system.web/httpCookies", "requireSSL");
    }

    @Override
    protected Value<Boolean> read(Settings settings, String section, String attribute) {
        return settings.bool(section, attribute);
    }

    @Override
    protected Optional<String> judge(Boolean on, WebServerScope scope, RuleContext ctx) {
        if (on) return Optional.empty();
        return Optional.of(
                "ASP.NET cookies lack the Secure flag: browsers also send them over plain HTTP, where they can be read on the way");
    }
}
