package io.iislint.rules.identity;

import io.iislint.model.ApplicationPool;
import io.iislint.model.ConfigPath.PoolSetting;
import io.iislint.model.ConfigPath.SectionSetting;
import io.iislint.model.ConfigPath.Written;
import io.iislint.model.IdentityType;
import io.iislint.model.IisConfig;
import io.iislint.model.Origin;
import io.iislint.model.Settings;
import io.iislint.model.Value;
import io.iislint.model.WebServerScope;
import io.iislint.rules.Rule;
import io.iislint.rules.RuleContext;
import io.iislint.xml.XmlElement;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * IIS-110: an IIS 7+ file that names the IIS 6 accounts IUSR_machine, IWAM_machine or the group IIS_WPG, which IIS 7
 * replaced with the built-in IUSR account and IIS_IUSRS group: as the anonymous user, a pool's identity, or in an
 * authorization rule. IIS 6 metabases are the audit's (their IIS 10 readiness lists the same names).
 */
public final class LegacyAccountName implements Rule {
    /** {@code [DOMAIN\]IUSR_name}, {@code [DOMAIN\]IWAM_name}, {@code [DOMAIN\]IIS_WPG}. */
    private static final Pattern LEGACY =
            Pattern.compile("(?:[^\\\\]*\\\\)?(?:(IUSR|IWAM)_\\S.*|IIS_WPG)", Pattern.CASE_INSENSITIVE);

    private static final String WEB_AUTHORIZATION = "system.web/authorization";
    private static final String IIS_AUTHORIZATION = "system.webServer/security/authorization";

    @Override
    public String id() {
        return "IIS-110";
    }

    @Override
    public void check(IisConfig config, RuleContext ctx) {
        if (config.isIis6()) return;
        for (ApplicationPool pool : config.judgedPools()) pool(pool, ctx);
        Set<Object> seen = new HashSet<>();
        for (WebServerScope scope : config.scopes()) {
            if (scope.kind().isMetabase()) continue;
            anonymous(scope, seen, ctx);
            authorization(scope, WEB_AUTHORIZATION, Set.of("allow", "deny"), ctx);
            authorization(scope, IIS_AUTHORIZATION, Set.of("add", "remove"), ctx);
        }
    }

    private static void pool(ApplicationPool pool, RuleContext ctx) {
        // the user name counts only for a SpecificUser pool; any other identity ignores it
        if (!pool.processModel().identityType().is(IdentityType.SpecificUser)) return;
        Value<String> user = pool.processModel().userName();
        Optional<String> legacy = user.known().flatMap(LegacyAccountName::legacy);
        if (legacy.isEmpty()) return;
        ctx.finding(pool)
                .message("runs as " + describe(legacy.get(), user.known().orElse(""))
                        + replacement("each pool runs as its own ApplicationPoolIdentity instead"))
                .value(new PoolSetting(pool, "processModel/@userName"), user)
                .splice(
                        "appcmdFix",
                        "set apppool /apppool.name:\"{pool}\" /processModel.identityType:ApplicationPoolIdentity")
                .splice(
                        "psFix",
                        "Set-ItemProperty -LiteralPath 'IIS:\\AppPools\\{pool}' -Name processModel.identityType -Value ApplicationPoolIdentity")
                .report();
    }

    private static void anonymous(WebServerScope scope, Set<Object> seen, RuleContext ctx) {
        Value<String> user = scope.anonymousAuthentication().userName();
        if (!(user.origin() instanceof Origin.SetHere)) return; // written here: inherited values are the writer's
        Optional<String> legacy = user.known().flatMap(LegacyAccountName::legacy);
        if (legacy.isEmpty()
                || !seen.add(user.location().map(Object.class::cast).orElse(""))) return;
        ctx.finding(scope)
                .message("anonymous requests run as "
                        + describe(legacy.get(), user.known().orElse("")) + replacement(instead(legacy.get())))
                .value(new SectionSetting(scope, AnonymousSection.PATH, "@userName"), user)
                .splice(
                        "appcmdFix",
                        "set config {appcmdScope}/section:system.webServer/security/authentication/anonymousAuthentication /userName:\"\"{commit}")
                .splice(
                        "psFix",
                        "Set-WebConfigurationProperty -PSPath '{psPath}'{psLocation} -Filter 'system.webServer/security/authentication/anonymousAuthentication' -Name userName -Value ''")
                .report();
    }

    /** The rules the scope itself writes (inherited ones are reported where they are written). */
    private static void authorization(WebServerScope scope, String path, Set<String> rules, RuleContext ctx) {
        var chain = scope.settings().chain();
        if (chain.isEmpty()) return;
        Settings.Level own = chain.get(chain.size() - 1);
        if (!own.own()) return;
        for (XmlElement container : own.containers()) {
            Optional<XmlElement> section = container.path(path.split("/"));
            if (section.isEmpty()) continue;
            for (XmlElement rule : section.get().children()) {
                if (!rules.contains(rule.name())) continue;
                for (String attribute : new String[] {"users", "roles"}) {
                    for (String name : rule.attribute(attribute).orElse("").split(",")) {
                        Optional<String> legacy = legacy(name.trim());
                        if (legacy.isEmpty()) continue;
                        ctx.finding(scope)
                                .message("an authorization rule names " + describe(legacy.get(), name.trim())
                                        + replacement(instead(legacy.get())) + "; the rule probably matches no one")
                                .value(
                                        new Written(path + "/" + rule.name() + "/@" + attribute),
                                        Value.of(
                                                rule.attribute(attribute).orElse(""),
                                                new Origin.SetHere(rule.locationOf(attribute))))
                                .withoutFix()
                                .report();
                    }
                }
            }
        }
    }

    /** IUSR, IWAM or IIS_WPG when {@code name} is one of the IIS 6 accounts. */
    static Optional<String> legacy(String name) {
        var m = LEGACY.matcher(name.trim());
        if (!m.matches()) return Optional.empty();
        return Optional.of(m.group(1) == null ? "IIS_WPG" : m.group(1).toUpperCase(Locale.ROOT));
    }

    private static String describe(String kind, String name) {
        return switch (kind) {
            case "IIS_WPG" -> "the IIS 6 group '" + name + "'";
            case "IUSR" -> "the IIS 6 anonymous account '" + name + "'";
            default -> "the IIS 6 out-of-process account '" + name + "'";
        };
    }

    private static String instead(String kind) {
        return switch (kind) {
            case "IIS_WPG" -> "the built-in group IIS_IUSRS replaces it";
            case "IUSR" -> "the built-in account IUSR replaces it";
            default -> "each pool runs as its own ApplicationPoolIdentity instead";
        };
    }

    private static String replacement(String instead) {
        return ": IIS 7 and later do not create it (" + instead + "), so on a server installed fresh it"
                + " probably does not exist, and where an upgrade kept it, it is a local account with a password to"
                + " manage";
    }
}
