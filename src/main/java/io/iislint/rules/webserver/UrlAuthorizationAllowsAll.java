package io.iislint.rules.webserver;

import io.iislint.model.ConfigPath;
import io.iislint.model.IisConfig;
import io.iislint.model.Settings;
import io.iislint.model.WebServerScope;
import io.iislint.rules.Rule;
import io.iislint.rules.RuleContext;
import io.iislint.source.FileKind;
import java.util.List;
import java.util.Locale;

/**
 * IIS-1215: the server-wide URL authorization rules ({@code system.webServer/security/authorization} at the server
 * level of applicationHost.config) allow all users, as a stock install does (CIS 2.1 wants them to allow only an
 * approved role). Off by default: the control does not apply to public sites and several Microsoft products.
 */
public final class UrlAuthorizationAllowsAll implements Rule {
    static final String SECTION = "system.webServer/security/authorization";

    @Override
    public String id() {
        return "IIS-1215";
    }

    @Override
    public void check(IisConfig config, RuleContext ctx) {
        if (config.kind() != FileKind.APPLICATION_HOST) return;
        for (WebServerScope scope : config.scopes()) {
            if (scope.kind() != WebServerScope.Kind.SERVER) continue;
            Settings s = scope.settings();
            // a file without the section is an excerpt, or URL authorization is not installed: nothing to judge
            if (s.element(SECTION).isEmpty()) continue;
            List<Settings.Entry> rules = s.collection(SECTION, "add", "users", "roles", "verbs");
            // IIS evaluates deny rules before allow rules: a deny for everyone leaves the allow nothing to let in
            if (rules.stream()
                    .anyMatch(e ->
                            is(e, "deny") && everyone(e) && e.attribute("verbs").isBlank())) continue;
            for (Settings.Entry e : rules) {
                if (!is(e, "allow") || !everyone(e)) continue;
                String verbs = e.attribute("verbs").trim();
                ctx.finding(scope)
                        .message(
                                "URL authorization allows all users" + (verbs.isEmpty() ? "" : " (verbs " + verbs + ")")
                                        + " at the server level: every site and application that sets no rules of its own"
                                        + " lets anyone in")
                        .about(new ConfigPath.Written(SECTION))
                        .at(e.element().location())
                        .fix("users", e.attribute("users"))
                        .fix("roles", e.attribute("roles"))
                        .fix("verbs", e.attribute("verbs"))
                        .report();
            }
        }
    }

    private static boolean is(Settings.Entry e, String accessType) {
        return e.attribute("accessType").trim().toLowerCase(Locale.ROOT).equals(accessType);
    }

    /** {@code users} names {@code *}, alone or in a list. */
    private static boolean everyone(Settings.Entry e) {
        for (String u : e.attribute("users").split(",")) if (u.trim().equals("*")) return true;
        return false;
    }
}
