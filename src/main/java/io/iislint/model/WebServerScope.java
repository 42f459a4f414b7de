package io.iislint.model;

import io.iislint.source.Location;
import java.util.List;
import java.util.Set;

/**
 * The effective {@code system.webServer} sections for one configuration path: the server level of an
 * applicationHost.config, one of its {@code <location path="Site/app">} tags, a web.config file, or an IIS 6
 * metabase key ({@code path} is then the key, e.g. {@code /LM/W3SVC/1/ROOT}). One ASP.NET setting comes along,
 * {@code system.web/sessionState/@mode}, which decides what a web garden costs; it is not set where the file does
 * not write it (its real value may come from machine.config or the root web.config). {@link #settings} reads any other
 * setting at the path, across every level above it among the inputs.
 */
public record WebServerScope(
        Kind kind,
        String path,
        Location location,
        Handlers handlers,
        Asp asp,
        IsapiCgiRestriction isapiCgiRestriction,
        AnonymousAuthentication anonymousAuthentication,
        DirectoryBrowse directoryBrowse,
        StaticContent staticContent,
        Value<SessionStateMode> sessionStateMode,
        Settings settings) {

    /** A scope whose other settings are not read (an IIS 6 metabase key, an fcgiext.ini). */
    public WebServerScope(
            Kind kind,
            String path,
            Location location,
            Handlers handlers,
            Asp asp,
            IsapiCgiRestriction isapiCgiRestriction,
            AnonymousAuthentication anonymousAuthentication,
            DirectoryBrowse directoryBrowse,
            StaticContent staticContent,
            Value<SessionStateMode> sessionStateMode) {
        this(
                kind,
                path,
                location,
                handlers,
                asp,
                isapiCgiRestriction,
                anonymousAuthentication,
                directoryBrowse,
                staticContent,
                sessionStateMode,
                Settings.EMPTY);
    }

    public enum Kind {
        SERVER,
        LOCATION,
        WEB_CONFIG,
        /** machine.config (configuration path MACHINE), or one of its {@code <location>} tags. */
        MACHINE,
        /** The root web.config (configuration path MACHINE/WEBROOT), or one of its {@code <location>} tags. */
        WEBROOT,
        /** IIS 6: the web service key {@code /LM/W3SVC}, the metabase's server level. */
        METABASE_SERVICE,
        /** IIS 6: a site, virtual directory or directory key below {@code /LM/W3SVC}. */
        METABASE_KEY;

        public boolean isMetabase() {
            return this == METABASE_SERVICE || this == METABASE_KEY;
        }
    }

    /**
     * Whether a finding about this value belongs to this scope: it was written here, or it is an IIS default
     * at the server level. A web.config is linted only for what it sets; a location inheriting a value
     * is not reported again.
     */
    public boolean decides(Value<?> v) {
        if (v.origin() instanceof Origin.SetHere) return true;
        // an IIS 6 export's top key holds what it inherits from keys the export leaves out: reported there, once
        if (kind == Kind.METABASE_KEY && v.origin() instanceof Origin.Inherited i) {
            int slash = path.lastIndexOf('/');
            if (slash > 0 && i.from().equalsIgnoreCase(exportedInheritance(path.substring(0, slash)))) return true;
        }
        return (kind == Kind.SERVER || kind == Kind.METABASE_SERVICE) && v.isDefault();
    }

    /**
     * Where an IIS 6 value comes from when {@code iiscnfg /export /inherited} wrote it in the export's
     * {@code IIsInheritedProperties}: inherited from {@code key} (the exported key's parent, not in the export) or
     * a key above it.
     */
    public static String exportedInheritance(String key) {
        return key + " (IIsInheritedProperties of the export)";
    }

    /** The IIS configuration path: {@code MACHINE/WEBROOT/APPHOST[/Site/app]}, or the web.config's path. */
    public String configPath() {
        return switch (kind) {
            case SERVER -> "MACHINE/WEBROOT/APPHOST";
            case LOCATION -> "MACHINE/WEBROOT/APPHOST/" + path;
            case METABASE_SERVICE, METABASE_KEY -> path;
            case WEB_CONFIG -> path.isEmpty() ? location.file() : location.file() + " <location path=\"" + path + "\">";
            case MACHINE -> path.isEmpty() ? "MACHINE" : "MACHINE <location path=\"" + path + "\">";
            case WEBROOT -> path.isEmpty() ? "MACHINE/WEBROOT" : "MACHINE/WEBROOT <location path=\"" + path + "\">";
        };
    }

    public record Handlers(Value<Set<AccessFlag>> accessPolicy, List<HandlerMapping> mappings) {
        public Handlers {
            mappings = List.copyOf(mappings);
        }
    }

    public record HandlerMapping(
            String name,
            String path,
            String verb,
            String modules,
            String scriptProcessor,
            String preCondition,
            Value<Long> responseBufferLimit,
            Location location) {

        public boolean usesModule(String module) {
            for (String m : modules.split(",")) {
                if (m.trim().equalsIgnoreCase(module)) return true;
            }
            return false;
        }

        /** 32 or 64 when {@code preCondition} names a bitness, else 0. */
        public int bitness() {
            String p = preCondition.toLowerCase(java.util.Locale.ROOT);
            if (p.contains("bitness32")) return 32;
            if (p.contains("bitness64")) return 64;
            return 0;
        }
    }

    public record Asp(
            Value<Boolean> enableParentPaths,
            Value<Boolean> scriptErrorSentToBrowser,
            Value<Long> bufferingLimit,
            Value<Long> maxRequestEntityAllowed) {}

    public record IsapiCgiRestriction(
            Value<Boolean> notListedIsapisAllowed, Value<Boolean> notListedCgisAllowed, List<Entry> entries) {
        public IsapiCgiRestriction {
            entries = List.copyOf(entries);
        }

        public record Entry(String path, boolean allowed, String description, Location location) {}
    }

    public record AnonymousAuthentication(Value<Boolean> enabled, Value<String> userName, Value<Secret> password) {}

    public record DirectoryBrowse(Value<Boolean> enabled) {}

    public record StaticContent(List<MimeMap> mimeMaps) {
        public StaticContent {
            mimeMaps = List.copyOf(mimeMaps);
        }
    }

    public record MimeMap(String fileExtension, String mimeType, Location location) {}
}
