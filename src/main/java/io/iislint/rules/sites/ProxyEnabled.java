package io.iislint.rules.sites;

import io.iislint.model.Settings;
import io.iislint.model.Value;
import io.iislint.model.WebServerScope;
import io.iislint.rules.RuleContext;
import io.iislint.rules.SettingRule;
import java.util.Optional;

/**
 * IIS-1317: Application Request Routing's proxy switched on ({@code system.webServer/proxy enabled="true"}) on a
 * server that serves sites: the server forwards requests to other hosts as well, a second role the STIG keeps apart.
 * ARR's default is off, so only a written value is reported.
 */
public final class ProxyEnabled extends SettingRule<Boolean> {
    public ProxyEnabled() {
        super("IIS-1317", "system.webServer/proxy", "enabled");
    }

    @Override
    protected Value<Boolean> read(Settings settings, String section, String attribute) {
        return settings.bool(section, attribute);
    }

    @Override
    protected Optional<String> judge(Boolean enabled, WebServerScope scope, RuleContext ctx) {
        // AppHostOnly: IIS refuses the section anywhere else
        if (!enabled || (scope.kind() != WebServerScope.Kind.SERVER && scope.kind() != WebServerScope.Kind.LOCATION))
            return Optional.empty();
        return Optional.of("the ARR proxy is on: this web server also forwards requests to other servers, a second"
                + " role whose flaws and load then reach its sites");
    }
}
