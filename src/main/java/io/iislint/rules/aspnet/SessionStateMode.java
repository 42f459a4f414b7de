package io.iislint.rules.aspnet;

import io.iislint.model.Settings;
import io.iislint.model.Value;
import io.iislint.model.WebServerScope;
import io.iislint.rules.RuleContext;
import io.iislint.rules.SettingRule;
import java.util.Optional;

/** IIS-1126: ASP.NET session state other than in process, as the IIS 10 Site STIG asks. */
public final class SessionStateMode extends SettingRule<String> {
    public SessionStateMode() {
        super("IIS-1126", "system.web/sessionState", "mode");
    }

    @Override
    protected Value<String> read(Settings settings, String section, String attribute) {
        return settings.text(section, attribute);
    }

    @Override
    protected Optional<String> judge(String mode, WebServerScope scope, RuleContext ctx) {
        String m = mode.trim();
        // ASP.NET reads the mode names with their letter case; another spelling is a configuration error
        return switch (m) {
            case "Off" -> Optional.of("session state is off: the STIG asks for it in process (InProc)");
            case "StateServer", "SQLServer", "Custom" ->
                Optional.of("session state is kept out of process (" + m + "): the STIG asks for InProc unless a web"
                        + " farm's shared state is documented and approved");
            default -> Optional.empty();
        };
    }
}
