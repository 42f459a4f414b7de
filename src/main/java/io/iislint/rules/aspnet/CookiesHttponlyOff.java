package io.iislint.rules.aspnet;

import io.iislint.model.Settings;
import io.iislint.model.Value;
import io.iislint.model.WebServerScope;
import io.iislint.rules.RuleContext;
import io.iislint.rules.SettingRule;
import java.util.Optional;

/** IIS-1105: system.web/httpCookies/@httpOnlyCookies off. */
public final class CookiesHttponlyOff extends SettingRule<Boolean> {
    public CookiesHttponlyOff() {
        super("IIS-1105", "system.web/httpCookies", "httpOnlyCookies");
    }

    @Override
    protected Value<Boolean> read(Settings settings, String section, String attribute) {
        return settings.bool(section, attribute);
    }

    @Override
    protected Optional<String> judge(Boolean on, WebServerScope scope, RuleContext ctx) {
        if (on) return Optional.empty();
        return Optional.of(
                "ASP.NET cookies are readable by page scripts (no HttpOnly flag): a cross-site scripting flaw can steal the session");
    }
}
