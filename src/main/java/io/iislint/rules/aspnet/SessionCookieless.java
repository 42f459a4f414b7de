package io.iislint.rules.aspnet;

import io.iislint.model.Settings;
import io.iislint.model.Value;
import io.iislint.model.WebServerScope;
import io.iislint.rules.RuleContext;
import io.iislint.rules.SettingRule;
import java.util.Optional;

/** IIS-1107: the ASP.NET session id carried in URLs. */
public final class SessionCookieless extends SettingRule<String> {
    public SessionCookieless() {
        super("IIS-1107", "system.web/sessionState", "cookieless");
    }

    @Override
    protected Value<String> read(Settings settings, String section, String attribute) {
        return settings.text(section, attribute);
    }

    @Override
    protected Optional<String> judge(String mode, WebServerScope scope, RuleContext ctx) {
        String m = mode.trim();
        // ASP.NET reads the mode names with their letter case; true and false stand for UseUri and UseCookies
        boolean inUrl = m.equals("UseUri")
                || m.equals("AutoDetect")
                || m.equals("UseDeviceProfile")
                || m.equalsIgnoreCase("true");
        if (!inUrl) return Optional.empty();
        return Optional.of("the session id may travel in the URL (cookieless=" + m
                + "): it leaks through Referer headers, logs and shared links, and invites session fixation");
    }
}
