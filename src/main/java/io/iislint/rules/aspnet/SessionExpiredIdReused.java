package io.iislint.rules.aspnet;

import io.iislint.model.ConfigPath;
import io.iislint.model.IisConfig;
import io.iislint.model.Origin;
import io.iislint.model.Settings;
import io.iislint.model.Value;
import io.iislint.model.WebServerScope;
import io.iislint.rules.RuleContext;
import io.iislint.rules.SettingRule;
import java.util.Optional;

/**
 * IIS-1134: a session id in the URL ({@code sessionState cookieless} other than UseCookies) with
 * {@code regenerateExpiredSessionId="false"}: ASP.NET then starts a new session under an id the client sent, one it
 * never issued, instead of issuing a fresh one. With cookies the setting is not used, and nothing is reported.
 */
public final class SessionExpiredIdReused extends SettingRule<Boolean> {
    private static final String SECTION = "system.web/sessionState";

    public SessionExpiredIdReused() {
        super("IIS-1134", SECTION, "regenerateExpiredSessionId");
    }

    /**
     * As every setting rule, plus the case where this scope puts the id in the URL under a false it inherits: the
     * scope above did not use the setting (cookies there), so nothing was reported there.
     */
    @Override
    public void check(IisConfig config, RuleContext ctx) {
        super.check(config, ctx);
        for (WebServerScope scope : config.scopes()) {
            if (scope.kind().isMetabase()) continue;
            Value<Boolean> regenerate = scope.settings().bool(SECTION, "regenerateExpiredSessionId");
            Value<String> cookieless = scope.settings().text(SECTION, "cookieless");
            if (!regenerate.is(false) || regenerate.origin() instanceof Origin.SetHere) continue;
            if (!(cookieless.origin() instanceof Origin.SetHere) || !cookieless.matches(SessionExpiredIdReused::inUrl))
                continue;
            ctx.finding(scope)
                    .message("the session id travels in the URL here, under regenerateExpiredSessionId=false "
                            + "from above: an id ASP.NET never issued or has expired is taken as it is, so whoever "
                            + "hands a victim a link with an id of his choosing shares the victim's session")
                    .value(new ConfigPath.Written(SECTION + "/@cookieless"), cookieless)
                    .report();
        }
    }

    @Override
    protected Value<Boolean> read(Settings settings, String section, String attribute) {
        return settings.bool(section, attribute);
    }

    @Override
    protected Optional<String> judge(Boolean regenerate, WebServerScope scope, RuleContext ctx) {
        if (regenerate) return Optional.empty();
        Value<String> cookieless = scope.settings().text(SECTION, "cookieless");
        if (!cookieless.matches(SessionExpiredIdReused::inUrl)) return Optional.empty();
        return Optional.of("the session id travels in the URL (cookieless="
                + cookieless.orElse("").trim()
                + ") and an id ASP.NET never issued or has expired is taken as it is: whoever hands a victim a link"
                + " with an id of his choosing shares the victim's session");
    }

    /** The modes that may put the id in the URL; ASP.NET reads their names with their letter case (true: UseUri). */
    static boolean inUrl(String mode) {
        String m = mode.trim();
        return m.equals("UseUri")
                || m.equals("AutoDetect")
                || m.equals("UseDeviceProfile")
                || m.equalsIgnoreCase("true");
    }
}
