package io.iislint.rules.asp;

import io.iislint.model.Settings;
import io.iislint.model.Value;
import io.iislint.model.WebServerScope;
import io.iislint.rules.RuleContext;
import io.iislint.rules.SettingRule;
import java.util.Optional;

/** IIS-1128: the classic ASP session cookie sent over plain HTTP too. */
public final class AspSessionIdNotSecure extends SettingRule<Boolean> {
    public AspSessionIdNotSecure() {
        super("IIS-1128", "system.webServer/asp/session", "keepSessionIdSecure");
    }

    @Override
    protected Value<Boolean> read(Settings settings, String section, String attribute) {
        return settings.bool(section, attribute);
    }

    @Override
    protected Optional<String> judge(Boolean secure, WebServerScope scope, RuleContext ctx) {
        if (secure) return Optional.empty();
        return Optional.of("the ASP session cookie set on an HTTPS request lacks the Secure flag: browsers also send it"
                + " over plain HTTP, where it can be read and the session taken over");
    }
}
