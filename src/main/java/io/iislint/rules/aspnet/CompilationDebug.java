package io.iislint.rules.aspnet;

import io.iislint.model.Settings;
import io.iislint.model.Value;
import io.iislint.model.WebServerScope;
import io.iislint.rules.RuleContext;
import io.iislint.rules.SettingRule;
import io.iislint.rules.SettingScopes;
import java.util.Optional;

/** IIS-1101: ASP.NET pages compiled with debug symbols. */
public final class CompilationDebug extends SettingRule<Boolean> {
    public CompilationDebug() {
        super("IIS-1101", "system.web/compilation", "debug");
    }

    @Override
    protected Value<Boolean> read(Settings settings, String section, String attribute) {
        return settings.bool(section, attribute);
    }

    @Override
    protected Optional<String> judge(Boolean debug, WebServerScope scope, RuleContext ctx) {
        if (!debug || SettingScopes.retail(scope)) return Optional.empty();
        return Optional.of("ASP.NET compiles debug builds: slower pages, no request time-out, and error pages"
                + " with source lines");
    }
}
