package io.iislint.rules.webserver;

import io.iislint.model.ConfigPath;
import io.iislint.model.IisConfig;
import io.iislint.model.Settings;
import io.iislint.model.WebServerScope;
import io.iislint.rules.Rule;
import io.iislint.rules.RuleContext;
import io.iislint.source.FileKind;
import java.util.Optional;

/**
 * IIS-1217: the WebDAV module registered in globalModules while authoring is off at the server level (on, it is
 * IIS-1214's): the feature is installed, which the benchmarks want removed, and where the server also loads the module
 * and maps its handler, the module still takes the WebDAV verbs of that mapping (PUT, DELETE, PROPFIND, …) and answers
 * them with 405, ahead of an application's own handlers for them (Microsoft's "HTTP 405 errors after publishing Web
 * API applications").
 */
public final class WebdavModuleInstalled implements Rule {
    private static final String MODULE = "WebDAVModule";
    private static final String GLOBAL = "system.webServer/globalModules";

    @Override
    public String id() {
        return "IIS-1217";
    }

    @Override
    public void check(IisConfig config, RuleContext ctx) {
        if (config.kind() != FileKind.APPLICATION_HOST) return;
        for (WebServerScope scope : config.scopes()) {
            if (scope.kind() != WebServerScope.Kind.SERVER) continue;
            Settings s = scope.settings();
            Optional<Settings.Entry> registered = named(s, GLOBAL);
            if (registered.isEmpty()) continue;
            if (s.bool("system.webServer/webdav/authoring", "enabled").is(true)) continue;
            boolean loaded = named(s, "system.webServer/modules").isPresent();
            Optional<WebServerScope.HandlerMapping> handler = scope.handlers().mappings().stream()
                    .filter(h -> h.usesModule(MODULE))
                    .findFirst();
            String what = loaded && handler.isPresent()
                    ? "the WebDAV module is installed and runs for every site that does not remove it, though"
                            + " authoring is off: it still takes the verbs of handler '"
                            + handler.get().name() + "' ("
                            + handler.get().verb() + ") and answers them with 405 Method Not Allowed, ahead of an"
                            + " application's own handlers for them"
                    : "the WebDAV module is installed (registered in globalModules"
                            + (loaded ? "" : ", loaded by no" + " server-level modules entry")
                            + "), though authoring is off: the benchmarks want the"
                            + " feature removed";
            ctx.finding(scope)
                    .message(what)
                    .about(new ConfigPath.Written(GLOBAL))
                    .at(registered.get().element().location())
                    .report();
        }
    }

    private static Optional<Settings.Entry> named(Settings s, String path) {
        return s.collection(path, "add", "name").stream()
                .filter(e -> e.attribute("name").trim().equalsIgnoreCase(MODULE))
                .findFirst();
    }
}
