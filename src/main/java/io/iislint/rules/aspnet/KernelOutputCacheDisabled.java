package io.iislint.rules.aspnet;

import io.iislint.model.Settings;
import io.iislint.model.Value;
import io.iislint.model.WebServerScope;
import io.iislint.rules.RuleContext;
import io.iislint.rules.SettingRule;
import java.util.Optional;

/** IIS-1121: ASP.NET output cached by the page only, never by HTTP.sys's kernel cache. */
public final class KernelOutputCacheDisabled extends SettingRule<Boolean> {
    public KernelOutputCacheDisabled() {
        super("IIS-1121", "system.web/httpRuntime", "enableKernelOutputCache");
    }

    @Override
    protected Value<Boolean> read(Settings settings, String section, String attribute) {
        return settings.bool(section, attribute);
    }

    @Override
    protected Optional<String> judge(Boolean enabled, WebServerScope scope, RuleContext ctx) {
        if (enabled) return Optional.empty();
        return Optional.of("ASP.NET never hands cached pages to the kernel-mode cache: each cached response still"
                + " goes through the worker process");
    }
}
