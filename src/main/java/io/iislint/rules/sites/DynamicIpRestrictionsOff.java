package io.iislint.rules.sites;

import io.iislint.model.Settings;
import io.iislint.model.Value;
import io.iislint.model.WebServerScope;
import io.iislint.rules.RuleContext;
import io.iislint.rules.SettingRule;
import java.util.Optional;

/**
 * IIS-1318: dynamic IP restrictions do not deny a client that opens too many concurrent requests
 * ({@code dynamicIpSecurity/denyByConcurrentRequests enabled}). The default is judged only where applicationHost.config
 * writes the section (the IP and Domain Restrictions feature is installed); a value written false where it is.
 */
public final class DynamicIpRestrictionsOff extends SettingRule<Boolean> {
    public DynamicIpRestrictionsOff() {
        super("IIS-1318", "system.webServer/security/dynamicIpSecurity/denyByConcurrentRequests", "enabled");
    }

    @Override
    protected Value<Boolean> read(Settings settings, String section, String attribute) {
        return settings.bool(section, attribute);
    }

    @Override
    protected Optional<String> judge(Boolean enabled, WebServerScope scope, RuleContext ctx) {
        if (enabled) return Optional.empty();
        return Optional.of("a client opening many requests at once is not denied: one address can tie up the"
                + " server's workers");
    }
}
