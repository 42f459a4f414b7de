package io.iislint.rules.aspnet;

import io.iislint.model.Settings;
import io.iislint.model.Value;
import io.iislint.model.WebServerScope;
import io.iislint.rules.RuleContext;
import io.iislint.rules.SettingRule;
import java.util.Locale;
import java.util.Optional;

/** IIS-1123: ASP.NET code trust level Full or High (CIS asks for Medium or lower). */
public final class TrustLevelFull extends SettingRule<String> {
    public TrustLevelFull() {
        super("IIS-1123", "system.web/trust", "level");
    }

    @Override
    protected Value<String> read(Settings settings, String section, String attribute) {
        return settings.text(section, attribute);
    }

    @Override
    protected Optional<String> judge(String level, WebServerScope scope, RuleContext ctx) {
        String l = level.trim().toLowerCase(Locale.ROOT);
        if (!l.equals("full") && !l.equals("high")) return Optional.empty();
        return Optional.of("ASP.NET runs the applications' code with " + level.trim()
                + " trust: it may call native code, read the registry and files beyond the application");
    }
}
