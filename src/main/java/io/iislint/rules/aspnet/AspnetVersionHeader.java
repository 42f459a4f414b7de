package io.iislint.rules.aspnet;

import io.iislint.model.Settings;
import io.iislint.model.Value;
import io.iislint.model.WebServerScope;
import io.iislint.rules.RuleContext;
import io.iislint.rules.SettingRule;
import java.util.Optional;

/** IIS-1104: the X-AspNet-Version response header. */
public final class AspnetVersionHeader extends SettingRule<Boolean> {
    public AspnetVersionHeader() {
        super("IIS-1104", "system.web/httpRuntime", "enableVersionHeader");
    }

    @Override
    protected Value<Boolean> read(Settings settings, String section, String attribute) {
        return settings.bool(section, attribute);
    }

    @Override
    protected Optional<String> judge(Boolean on, WebServerScope scope, RuleContext ctx) {
        if (!on) return Optional.empty();
        return Optional.of("every ASP.NET response carries an X-AspNet-Version header naming the framework version");
    }
}
