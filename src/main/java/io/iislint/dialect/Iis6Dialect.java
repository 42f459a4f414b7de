package io.iislint.dialect;

import io.iislint.model.ConfigPath;
import io.iislint.model.Display;
import io.iislint.model.Origin;
import io.iislint.model.WebServerScope;
import java.util.Map;
import java.util.Optional;

/**
 * IIS 6 (a MetaBase.xml, an fcgiext.ini): a setting the metabase has is named by its key and property
 * ({@code /LM/W3SVC/AppPools/Shop/AppPoolIdentityType}) and written as the metabase writes it; what it does not
 * have keeps its IIS 7+ name. Defaults are the IIS 6 documentation's; fixes are adsutil commands, except for the
 * fcgiext.ini rules, whose fixes are the IIS 7+ settings a migration makes.
 */
public final class Iis6Dialect implements Dialect {
    static final Iis6Dialect INSTANCE = new Iis6Dialect();

    private Iis6Dialect() {}

    @Override
    public String path(ConfigPath setting) {
        Optional<String> key = key(setting);
        Optional<String> property = MetabaseNames.property(setting);
        if (key.isPresent() && property.isPresent()) return key.get() + "/" + property.get();
        return Iis7Dialect.INSTANCE.path(setting);
    }

    @Override
    public String attribute(ConfigPath setting, String path) {
        return key(setting)
                .flatMap(k -> MetabaseNames.property(setting))
                .orElseGet(() -> Iis7Dialect.INSTANCE.attribute(setting, path));
    }

    @Override
    public String show(ConfigPath setting, Object value) {
        Optional<String> property = key(setting).flatMap(k -> MetabaseNames.property(setting));
        return property.isPresent() ? MetabaseNames.display(property.get(), value) : Display.of(value);
    }

    /** The metabase key a setting is written on, when it is one the metabase has. */
    private static Optional<String> key(ConfigPath setting) {
        if (setting instanceof ConfigPath.PoolSetting p) return p.pool().metabaseKey();
        if (setting instanceof ConfigPath.SectionSetting s)
            return s.scope().kind().isMetabase() ? Optional.of(s.scope().path()) : Optional.empty();
        if (setting instanceof ConfigPath.ApplicationSetting a)
            return Optional.of(root(a.site().id(), a.application().path()));
        if (setting instanceof ConfigPath.VirtualDirectorySetting v) {
            String app = v.application().path();
            String dir = v.virtualDirectory().path();
            return Optional.of(root(v.site().id(), app.equals("/") ? dir : dir.equals("/") ? app : app + dir));
        }
        if (setting instanceof ConfigPath.MetabaseProperty m) return Optional.of(m.key());
        return Optional.empty();
    }

    /** The metabase key of a path below a site's root: {@code /LM/W3SVC/1/ROOT/api}. */
    static String root(String siteId, String path) {
        return "/LM/W3SVC/" + siteId + "/ROOT" + (path.equals("/") ? "" : path);
    }

    /** The {@code {key}} of an adsutil fix: the key without its {@code /LM/}. */
    static String adsutilKey(String key) {
        return key.regionMatches(true, 0, "/LM/", 0, 4) ? key.substring(4) : key;
    }

    @Override
    public Optional<String> fixKey(ConfigPath setting) {
        return key(setting).map(Iis6Dialect::adsutilKey);
    }

    @Override
    public String describe(Origin origin, String currentFile) {
        // an IIS 6 default is the IIS 6 documentation's, not the IIS 7+ schema's
        return origin instanceof Origin.Default ? "IIS 6 default" : origin.describe(currentFile);
    }

    @Override
    public Subject subject(WebServerScope scope) {
        if (!scope.kind().isMetabase()) return Iis7Dialect.INSTANCE.subject(scope);
        return new Subject(scope.path().startsWith("/") ? "metabase key" : "fcgiext.ini section", scope.path());
    }

    @Override
    public Scope scope(WebServerScope scope) {
        if (!scope.kind().isMetabase()) return Iis7Dialect.INSTANCE.scope(scope);
        return new Scope(Map.of(), Map.of("key", adsutilKey(scope.path())));
    }

    @Override
    public boolean adsutil(boolean fcgiextRule) {
        return !fcgiextRule;
    }
}
