package io.iislint.rules.extensions;

import io.iislint.model.ConfigPath;
import io.iislint.model.IisConfig;
import io.iislint.model.Settings;
import io.iislint.model.WebServerScope;
import io.iislint.rules.Rule;
import io.iislint.rules.RuleContext;
import io.iislint.xml.XmlElement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * IIS-807: a handler written after another in the same handlers element that takes every request it could take. IIS
 * uses the first handler whose path, verb and preCondition match (and whose resourceType finds what it needs), so
 * the later one never runs. Only entries written together are compared: where a level adds handlers to inherited ones,
 * its own come first, and a level that adds {@code path="*"} (ASP.NET Core, iisnode, wfastcgi) means to take every
 * request from what it inherits.
 */
public final class HandlerShadowed implements Rule {
    private static final String[] HANDLERS = {"system.webServer", "handlers"};

    @Override
    public String id() {
        return "IIS-807";
    }

    @Override
    public void check(IisConfig config, RuleContext ctx) {
        Set<XmlElement> seen = new HashSet<>();
        for (WebServerScope scope : config.scopes()) {
            if (scope.kind().isMetabase()) continue; // script maps are keyed by extension: one per extension
            List<Settings.Level> chain = scope.settings().chain();
            if (chain.isEmpty() || !chain.get(chain.size() - 1).own()) continue;
            for (XmlElement container : chain.get(chain.size() - 1).containers()) {
                Optional<XmlElement> handlers = container.path(HANDLERS);
                if (handlers.isEmpty() || !seen.add(handlers.get())) continue;
                check(scope, handlers.get(), ctx);
            }
        }
    }

    private static void check(WebServerScope scope, XmlElement handlers, RuleContext ctx) {
        List<XmlElement> before = new ArrayList<>();
        for (XmlElement item : handlers.children()) {
            switch (item.name()) {
                case "clear" -> before.clear();
                case "remove" -> before.removeIf(e -> sameName(e, item));
                case "add" -> {
                    before.removeIf(e -> sameName(e, item));
                    for (XmlElement a : before) {
                        if (!covers(a, item)) continue;
                        String name = attr(item, "name");
                        ctx.finding(scope)
                                .subject("handler", name)
                                .at(item.location())
                                .about(new ConfigPath.HandlerSetting(name, Optional.empty()))
                                .message("comes after handler '" + attr(a, "name") + "' (path '" + attr(a, "path")
                                        + "', verb '" + attr(a, "verb") + "', line "
                                        + a.location().line()
                                        + "), which takes every request it could take: IIS uses the first match,"
                                        + " so this handler for '" + attr(item, "path") + "' never runs")
                                .fix("handler", name)
                                .report();
                        break;
                    }
                    before.add(item);
                }
                default -> {}
            }
        }
    }

    private static boolean sameName(XmlElement a, XmlElement b) {
        return attr(a, "name").trim().equalsIgnoreCase(attr(b, "name").trim());
    }

    /** Whether handler {@code a} matches every request handler {@code b} matches, and can serve it. */
    static boolean covers(XmlElement a, XmlElement b) {
        return pathCovers(attr(a, "path").trim(), attr(b, "path").trim())
                && verbsCover(attr(a, "verb"), attr(b, "verb"))
                && preConditionsCover(attr(a, "preCondition"), attr(b, "preCondition"))
                && resourceTypeCovers(value(a, "resourceType", "Unspecified"), value(b, "resourceType", "Unspecified"))
                && access(value(a, "requireAccess", "Script")) <= access(value(b, "requireAccess", "Script"));
    }

    /** {@code *} takes every path; {@code *.ext} every path that ends so; otherwise the same path. */
    static boolean pathCovers(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) return false;
        if (a.equals("*")) return true;
        if (a.equalsIgnoreCase(b)) return true;
        if (a.startsWith("*") && a.indexOf('*', 1) < 0) {
            String suffix = a.substring(1).toLowerCase(Locale.ROOT);
            return !suffix.isEmpty() && b.toLowerCase(Locale.ROOT).endsWith(suffix);
        }
        return false;
    }

    /** Verbs are compared as IIS compares them, with letter case. */
    static boolean verbsCover(String a, String b) {
        Set<String> va = list(a);
        Set<String> vb = list(b);
        if (va.contains("*")) return true;
        if (vb.isEmpty() || vb.contains("*")) return false;
        return va.containsAll(vb);
    }

    /** {@code a} holds whenever {@code b} does: its conditions are among b's. */
    static boolean preConditionsCover(String a, String b) {
        Set<String> pb = new HashSet<>();
        for (String p : list(b)) pb.add(p.toLowerCase(Locale.ROOT));
        for (String p : list(a)) if (!pb.contains(p.toLowerCase(Locale.ROOT))) return false;
        return true;
    }

    /** Unspecified serves any request; Either serves a file or a folder; File and Directory only their own kind. */
    static boolean resourceTypeCovers(String a, String b) {
        String x = a.trim().toLowerCase(Locale.ROOT);
        String y = b.trim().toLowerCase(Locale.ROOT);
        if (x.equals("unspecified") || x.equals(y)) return true;
        return x.equals("either") && (y.equals("file") || y.equals("directory"));
    }

    /**
     * A handler whose requireAccess the access policy does not grant is passed over; one asking for no more than the
     * other is granted whenever the other is.
     */
    private static int access(String requireAccess) {
        return switch (requireAccess.trim().toLowerCase(Locale.ROOT)) {
            case "none" -> 0;
            case "read" -> 1;
            case "write" -> 2;
            case "script" -> 3;
            case "execute" -> 4;
            default -> 5; // IIS refuses it: no claim
        };
    }

    private static Set<String> list(String s) {
        Set<String> out = new HashSet<>();
        for (String p : Arrays.asList(s.split(","))) if (!p.isBlank()) out.add(p.trim());
        return out;
    }

    private static String attr(XmlElement e, String name) {
        return e.attribute(name).orElse("");
    }

    private static String value(XmlElement e, String name, String dflt) {
        return e.attribute(name).filter(v -> !v.isBlank()).orElse(dflt);
    }
}
