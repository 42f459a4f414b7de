package io.iislint.rules;

import io.iislint.model.IisConfig;
import io.iislint.model.Origin;
import io.iislint.model.Value;
import io.iislint.model.WebServerScope;
import io.iislint.source.FileKind;

/**
 * Where a finding about a setting read through {@link io.iislint.model.Settings} belongs, so that each value is
 * reported once: where it is written (a {@code <location>} or a web.config below that writes it again is reported
 * there), and an insecure default at the level that decides it. An inherited value is not reported again below.
 */
public final class SettingScopes {
    private SettingScopes() {}

    /**
     * A {@code system.webServer} value: written at this scope, or the IIS default at the server level of an
     * applicationHost.config that writes the value's section ({@code section}, e.g.
     * {@code system.webServer/security/requestFiltering}). A stock install writes every section it has installed; a
     * file without it is an excerpt (or the feature is not installed), and its default is not judged.
     */
    public static boolean webServer(IisConfig config, WebServerScope scope, Value<?> v, String section) {
        if (scope.kind().isMetabase()) return false;
        if (v.origin() instanceof Origin.SetHere) return true;
        return v.isDefault()
                && scope.kind() == WebServerScope.Kind.SERVER
                && config.kind() == FileKind.APPLICATION_HOST
                && scope.settings().element(section).isPresent();
    }

    /**
     * The section an element path belongs to: {@code system.webServer/security/requestFiltering/verbs} →
     * {@code system.webServer/security/requestFiltering}; the authentication sections are one level deeper.
     */
    public static String sectionOf(String path) {
        String[] p = path.split("/");
        int depth =
                p.length > 2 && p[1].equals("security") ? (p.length > 3 && p[2].equals("authentication") ? 4 : 3) : 2;
        return String.join("/", java.util.Arrays.copyOf(p, Math.min(depth, p.length)));
    }

    /**
     * A {@code system.web} value: written at this scope, or the ASP.NET default at the top of a root web.config (which,
     * with machine.config above it, decides what every application of that framework gets). With no root web.config
     * among the inputs a default is not reported: the files that would show the server's value are missing.
     */
    public static boolean aspNet(WebServerScope scope, Value<?> v) {
        if (scope.kind().isMetabase()) return false;
        if (v.origin() instanceof Origin.SetHere) return true;
        return v.isDefault()
                && scope.kind() == WebServerScope.Kind.WEBROOT
                && scope.path().isEmpty();
    }

    /**
     * Whether machine.config switches on retail mode ({@code <deployment retail="true">}): ASP.NET then ignores
     * debug compilation, trace output and customErrors Off for every application of the machine.
     */
    public static boolean retail(WebServerScope scope) {
        return scope.settings().bool("system.web/deployment", "retail").is(true);
    }
}
