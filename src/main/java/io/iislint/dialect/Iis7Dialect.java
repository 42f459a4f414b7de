package io.iislint.dialect;

import io.iislint.model.ConfigPath;
import io.iislint.model.Display;
import io.iislint.model.Origin;
import io.iislint.model.WebServerScope;
import java.util.Map;
import java.util.Optional;

/** IIS 7 to 10: configuration paths and attributes as applicationHost.config writes them; appcmd and PowerShell fixes. */
public final class Iis7Dialect implements Dialect {
    static final Iis7Dialect INSTANCE = new Iis7Dialect(Optional.empty());

    /** Where the web.config linted sits on its server ({@code Site/app}), when a server among the inputs places it. */
    private final Optional<String> placed;

    Iis7Dialect(Optional<String> placed) {
        this.placed = placed;
    }

    @Override
    public String path(ConfigPath setting) {
        if (setting instanceof ConfigPath.PoolSetting p) {
            return "system.applicationHost/applicationPools/add[@name='"
                    + p.pool().name() + "']/" + p.path();
        }
        if (setting instanceof ConfigPath.SectionSetting s) return "system.webServer/" + s.section() + "/" + s.path();
        if (setting instanceof ConfigPath.SiteSetting s) return site(s.site().name()) + "/" + s.path();
        if (setting instanceof ConfigPath.ApplicationSetting a) {
            String app = site(a.application().siteName()) + "/application[@path='"
                    + a.application().path() + "']";
            return a.path().isEmpty() ? app : app + "/" + a.path();
        }
        if (setting instanceof ConfigPath.VirtualDirectorySetting v) {
            return site(v.site().name()) + "/application[@path='"
                    + v.application().path() + "']/virtualDirectory[@path='"
                    + v.virtualDirectory().path() + "']/" + v.path();
        }
        if (setting instanceof ConfigPath.HandlerSetting h) {
            return "system.webServer/handlers/add[@name='" + h.name() + "']"
                    + h.path().map(p -> "/" + p).orElse("");
        }
        if (setting instanceof ConfigPath.MimeMapSetting m)
            return "system.webServer/staticContent/mimeMap[@fileExtension='" + m.extension() + "']";
        if (setting instanceof ConfigPath.FastCgiSetting f) {
            return "system.webServer/fastCgi/application[@fullPath='"
                    + f.application().fullPath() + "']/@" + f.attribute();
        }
        if (setting instanceof ConfigPath.MetabaseProperty m) return m.property();
        if (setting instanceof ConfigPath.IniKey k) return "[" + k.section() + "]/" + k.key();
        return ((ConfigPath.Written) setting).path();
    }

    private static String site(String name) {
        return "system.applicationHost/sites/site[@name='" + name + "']";
    }

    @Override
    public String attribute(ConfigPath setting, String path) {
        int at = path.lastIndexOf('@');
        return at >= 0 ? path.substring(at + 1) : path.substring(path.lastIndexOf('/') + 1);
    }

    @Override
    public String show(ConfigPath setting, Object value) {
        return Display.of(value);
    }

    @Override
    public String describe(Origin origin, String currentFile) {
        return origin.describe(currentFile);
    }

    @Override
    public Subject subject(WebServerScope scope) {
        if (scope.kind() == WebServerScope.Kind.WEB_CONFIG && placed.isPresent())
            return new Subject("config path", placed.get() + (scope.path().isEmpty() ? "" : "/" + scope.path()));
        return new Subject("config path", scope.configPath());
    }

    @Override
    public Scope scope(WebServerScope scope) {
        return switch (scope.kind()) {
            case SERVER ->
                new Scope(
                        Map.of("appcmdScope", "", "commit", "", "psLocation", ""),
                        Map.of("psPath", "MACHINE/WEBROOT/APPHOST"));
            case LOCATION ->
                new Scope(
                        Map.of(
                                "appcmdScope",
                                "\"{location}\" ",
                                "commit",
                                " /commit:apphost",
                                "psLocation",
                                " -Location '{location}'"),
                        Map.of("psPath", "MACHINE/WEBROOT/APPHOST", "location", scope.path()));
            case WEB_CONFIG -> {
                if (placed.isPresent()) {
                    // appcmd and the IIS: drive write to the web.config of the path they are given
                    String path = placed.get() + (scope.path().isEmpty() ? "" : "/" + scope.path());
                    yield new Scope(
                            Map.of("appcmdScope", "\"{location}\" ", "commit", "", "psLocation", ""),
                            Map.of("location", path, "psPath", "IIS:\\Sites\\" + path.replace('/', '\\')));
                }
                // The site and application a web.config belongs to is not in the file: the user fills in SITE/APP.
                String sub = scope.path().isEmpty() ? "" : "/" + scope.path();
                yield new Scope(
                        Map.of("appcmdScope", "\"SITE/APP{location}\" ", "commit", "", "psLocation", ""),
                        Map.of("location", sub, "psPath", "IIS:\\Sites\\SITE\\APP" + sub.replace('/', '\\')));
            }
            case MACHINE, WEBROOT -> {
                // appcmd commits to the framework file with /commit:MACHINE or /commit:WEBROOT; a <location> there
                // is named by its path, as in applicationHost.config
                String level = scope.kind() == WebServerScope.Kind.MACHINE ? "MACHINE" : "WEBROOT";
                String psPath = scope.kind() == WebServerScope.Kind.MACHINE ? "MACHINE" : "MACHINE/WEBROOT";
                yield scope.path().isEmpty()
                        ? new Scope(
                                Map.of("appcmdScope", "", "commit", " /commit:" + level, "psLocation", ""),
                                Map.of("psPath", psPath))
                        : new Scope(
                                Map.of(
                                        "appcmdScope",
                                        "\"{location}\" ",
                                        "commit",
                                        " /commit:" + level,
                                        "psLocation",
                                        " -Location '{location}'"),
                                Map.of("psPath", psPath, "location", scope.path()));
            }
            case METABASE_SERVICE, METABASE_KEY ->
                throw new IllegalArgumentException("an IIS 6 scope in an IIS 7+ file: " + scope.path());
        };
    }

    @Override
    public Optional<String> fixKey(ConfigPath setting) {
        return Optional.empty();
    }

    @Override
    public boolean adsutil(boolean fcgiextRule) {
        return false;
    }
}
