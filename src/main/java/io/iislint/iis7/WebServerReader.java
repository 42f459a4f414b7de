package io.iislint.iis7;

import io.iislint.iis7.Resolver.Layer;
import io.iislint.iis7.Resolver.Subject;
import io.iislint.model.AccessFlag;
import io.iislint.model.FastCgiApplication;
import io.iislint.model.FastCgiProtocol;
import io.iislint.model.SchemaDefaults;
import io.iislint.model.SessionStateMode;
import io.iislint.model.Settings;
import io.iislint.model.StderrMode;
import io.iislint.model.Value;
import io.iislint.model.WebServerScope;
import io.iislint.model.WebServerScope.Kind;
import io.iislint.source.FileKind;
import io.iislint.source.Location;
import io.iislint.xml.XmlElement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Resolves {@code system.webServer} for every configuration path a file mentions. A path's effective section
 * is built from the root level, then each enclosing {@code <location>} (shallowest first), then its own:
 * attributes from the most specific level that sets them, collections by replaying {@code <add>},
 * {@code <remove>} and {@code <clear/>} in that order.
 */
final class WebServerReader {

    /**
     * Everything written for one configuration path: its system.webServer elements in document order, and its
     * system.web ones (read only for the session state mode).
     */
    private record Level(
            Kind kind,
            String path,
            String label,
            Location location,
            List<XmlElement> containers,
            List<XmlElement> webServers,
            List<XmlElement> webs,
            boolean inheritInChildApplications) {

        /** A level of a file above this one (see {@link Hierarchy}). */
        static Level above(Hierarchy.Piece piece) {
            List<XmlElement> webServers = new ArrayList<>();
            List<XmlElement> webs = new ArrayList<>();
            for (XmlElement c : piece.containers()) {
                webServers.addAll(c.children("system.webServer"));
                webs.addAll(c.children("system.web"));
            }
            return new Level(
                    Kind.WEB_CONFIG,
                    "",
                    piece.label(),
                    piece.containers().get(0).location(),
                    piece.containers(),
                    webServers,
                    webs,
                    true);
        }
    }

    private final Resolver resolver;
    private final List<Level> levels;
    private final Hierarchy hierarchy;
    private final String base;
    /**
     * Whether each level holds the effective values at its path ({@code appcmd list config}): a level inherits
     * nothing from another (it already lists what it inherits) and what it does not list is unknown.
     */
    private final boolean exported;

    /**
     * @param root the {@code <configuration>} element
     * @param webConfig whether the file is a web.config (then nothing is reported as an IIS default)
     */
    WebServerReader(Resolver resolver, XmlElement root, boolean webConfig) {
        this(resolver, root, webConfig ? FileKind.WEB_CONFIG : FileKind.APPLICATION_HOST, Hierarchy.NONE, "");
    }

    /**
     * The same, for a file with {@code hierarchy} above it: a setting the file does not write comes from there.
     *
     * @param base the configuration path the file's root stands for ({@code Shop/app} for a web.config placed there,
     *     empty for applicationHost.config)
     */
    WebServerReader(Resolver resolver, XmlElement root, FileKind file, Hierarchy hierarchy, String base) {
        this.resolver = resolver;
        this.levels = levels(root, file);
        this.hierarchy = hierarchy;
        this.base = normalize(base);
        this.exported = file == FileKind.APPCMD;
    }

    List<WebServerScope> scopes() {
        Map<String, Level> byPath = new HashMap<>();
        for (Level l : levels) if (!l.path().isEmpty()) byPath.put(l.path().toLowerCase(Locale.ROOT), l);
        List<WebServerScope> scopes = new ArrayList<>();
        for (Level level : levels) {
            List<Level> chain = new ArrayList<>();
            if (!hierarchy.isEmpty()) {
                String target =
                        base.isEmpty() ? level.path() : level.path().isEmpty() ? base : base + "/" + level.path();
                for (Hierarchy.Piece p : hierarchy.above(target)) chain.add(Level.above(p));
            }
            chain.addAll(exported ? List.of(level) : chain(levels, byPath, level));
            scopes.add(scope(chain, level));
        }
        return scopes;
    }

    /** Server-level FastCGI applications (the section may only be set in applicationHost.config). */
    Optional<XmlElement> fastCgiSection() {
        List<XmlElement> sections = sections(levels.get(0), "fastCgi");
        return sections.isEmpty() ? Optional.empty() : Optional.of(sections.get(0));
    }

    List<FastCgiApplication> fastCgi() {
        Level server = levels.get(0);
        Map<String, XmlElement> apps = new LinkedHashMap<>();
        for (XmlElement section : sections(server, "fastCgi")) {
            Subject s = new Subject("config section", "system.webServer/fastCgi", "system.webServer/fastCgi");
            replay(
                    section,
                    "application",
                    e -> key(e, "fullPath") + "|" + key(e, "arguments"),
                    apps,
                    s,
                    "a FastCGI application with this fullPath and arguments",
                    Optional.of("fastCgi collection (IIS_schema.xml declares only <application>"));
        }
        List<FastCgiApplication> result = new ArrayList<>();
        for (XmlElement app : apps.values()) result.add(fastCgiApplication(app));
        return result;
    }

    private FastCgiApplication fastCgiApplication(XmlElement app) {
        String fullPath = app.attribute("fullPath").orElse("");
        String arguments = app.attribute("arguments").orElse("");
        String name = arguments.isEmpty() ? fullPath : fullPath + "|" + arguments;
        Subject s = new Subject(
                "fastCgi application",
                name,
                "system.webServer/fastCgi/application[@fullPath='" + fullPath + "'"
                        + (arguments.isEmpty() ? "" : " and @arguments='" + arguments + "'") + "]");
        List<Layer> l = List.of(Layer.here(Optional.of(app)));
        String k = "fastCgi/application/@";
        Map<String, XmlElement> vars = new LinkedHashMap<>();
        for (XmlElement ev : app.children("environmentVariables")) {
            replay(
                    ev,
                    "environmentVariable",
                    e -> key(e, "name").toLowerCase(Locale.ROOT),
                    vars,
                    new Subject(s.kind(), s.name(), s.configPath() + "/environmentVariables"),
                    "an environment variable with this name",
                    Optional.of("environmentVariables collection (IIS_schema.xml declares only <environmentVariable>"));
        }
        List<FastCgiApplication.EnvironmentVariable> env = vars.values().stream()
                .map(e -> new FastCgiApplication.EnvironmentVariable(key(e, "name"), key(e, "value"), e.location()))
                .toList();
        return new FastCgiApplication(
                fullPath,
                arguments,
                app.location(),
                resolver.resolve(s, l, "maxInstances", k + "maxInstances", Parser.uint(0, 10_000)),
                resolver.resolve(s, l, "instanceMaxRequests", k + "instanceMaxRequests", Parser.uint(1, 10_000_000)),
                resolver.resolve(s, l, "activityTimeout", k + "activityTimeout", Parser.uint(10, 2_592_000)),
                resolver.resolve(s, l, "requestTimeout", k + "requestTimeout", Parser.uint(10, 2_592_000)),
                resolver.resolve(s, l, "idleTimeout", k + "idleTimeout", Parser.uint(10, 2_592_000)),
                resolver.resolve(s, l, "queueLength", k + "queueLength", Parser.uint(1, 100_000_000)),
                resolver.resolve(s, l, "rapidFailsPerMinute", k + "rapidFailsPerMinute", Parser.uint(0, 1000)),
                resolver.resolve(
                        s, l, "signalBeforeTerminateSeconds", k + "signalBeforeTerminateSeconds", Parser.uint(0, 60)),
                resolver.resolve(s, l, "stderrMode", k + "stderrMode", Parser.enumeration(StderrMode.class)),
                resolver.resolve(s, l, "protocol", k + "protocol", Parser.enumeration(FastCgiProtocol.class)),
                resolver.resolve(s, l, "flushNamedPipe", k + "flushNamedPipe", Parser.BOOL),
                resolver.resolve(s, l, "monitorChangesTo", k + "monitorChangesTo", Parser.STRING),
                env);
    }

    // ---- levels and chains ------------------------------------------------------------------------------

    private static List<Level> levels(XmlElement root, FileKind file) {
        Kind rootKind = switch (file) {
            case MACHINE_CONFIG -> Kind.MACHINE;
            case ROOT_WEB_CONFIG -> Kind.WEBROOT;
            case WEB_CONFIG -> Kind.WEB_CONFIG;
            default -> Kind.SERVER;
        };
        Kind locationKind = rootKind == Kind.SERVER ? Kind.LOCATION : rootKind;
        String rootLabel = switch (rootKind) {
            case MACHINE -> "machine.config";
            case WEBROOT -> "the root web.config";
            case WEB_CONFIG -> "the web.config root";
            default -> "the server level";
        };
        List<XmlElement> rootSections = new ArrayList<>(root.children("system.webServer"));
        List<XmlElement> rootWebs = new ArrayList<>(root.children("system.web"));
        List<XmlElement> rootContainers = new ArrayList<>(List.of(root));
        Map<String, List<XmlElement>> containersByPath = new LinkedHashMap<>();
        Map<String, List<XmlElement>> byPath = new LinkedHashMap<>();
        Map<String, List<XmlElement>> websByPath = new LinkedHashMap<>();
        Map<String, String> displayPath = new LinkedHashMap<>();
        Map<String, XmlElement> firstLocation = new LinkedHashMap<>();
        Map<String, Boolean> inherit = new LinkedHashMap<>();
        for (XmlElement loc : root.children("location")) {
            String path = normalize(loc.attribute("path").orElse(""));
            if (path.isEmpty()) {
                rootContainers.add(loc);
                rootSections.addAll(loc.children("system.webServer"));
                rootWebs.addAll(loc.children("system.web"));
                continue;
            }
            String key = path.toLowerCase(Locale.ROOT);
            byPath.computeIfAbsent(key, k -> new ArrayList<>()).addAll(loc.children("system.webServer"));
            containersByPath.computeIfAbsent(key, k -> new ArrayList<>()).add(loc);
            websByPath.computeIfAbsent(key, k -> new ArrayList<>()).addAll(loc.children("system.web"));
            displayPath.putIfAbsent(key, path);
            firstLocation.putIfAbsent(key, loc);
            if (loc.attribute("inheritInChildApplications")
                    .map(v -> v.equalsIgnoreCase("false"))
                    .orElse(false)) {
                inherit.put(key, false);
            }
        }
        List<Level> levels = new ArrayList<>();
        Location rootLoc =
                rootSections.isEmpty() ? root.location() : rootSections.get(0).location();
        levels.add(new Level(rootKind, "", rootLabel, rootLoc, rootContainers, rootSections, rootWebs, true));
        for (Map.Entry<String, List<XmlElement>> e : byPath.entrySet()) {
            // the four maps are filled together, for every location path
            String path = Objects.requireNonNull(displayPath.get(e.getKey()));
            levels.add(new Level(
                    locationKind,
                    path,
                    "<location path=\"" + path + "\">",
                    Objects.requireNonNull(firstLocation.get(e.getKey())).location(),
                    Objects.requireNonNull(containersByPath.get(e.getKey())),
                    e.getValue(),
                    Objects.requireNonNull(websByPath.get(e.getKey())),
                    inherit.getOrDefault(e.getKey(), true)));
        }
        return levels;
    }

    /** The root level, the enclosing locations shallowest first, then the level itself. */
    private static List<Level> chain(List<Level> levels, Map<String, Level> byPath, Level self) {
        List<Level> chain = new ArrayList<>();
        if (!self.path().isEmpty()) chain.add(levels.get(0)); // only the root level, first, has the empty path
        String p = self.path().toLowerCase(Locale.ROOT);
        List<Level> enclosing = new ArrayList<>();
        for (int slash = p.lastIndexOf('/'); slash > 0; slash = p.lastIndexOf('/', slash - 1)) {
            Level l = byPath.get(p.substring(0, slash));
            if (l != null && l.inheritInChildApplications()) enclosing.add(0, l);
        }
        chain.addAll(enclosing);
        chain.add(self);
        return chain;
    }

    static String normalize(String path) {
        String p = path.trim().replace('\\', '/');
        while (p.startsWith("/")) p = p.substring(1);
        while (p.endsWith("/")) p = p.substring(0, p.length() - 1);
        return p.equals(".") ? "" : p;
    }

    private static List<XmlElement> sections(Level level, String... path) {
        return sections(level.webServers(), path);
    }

    private static List<XmlElement> sections(List<XmlElement> groups, String... path) {
        List<XmlElement> found = new ArrayList<>();
        for (XmlElement ws : groups) ws.path(path).ifPresent(found::add);
        return found;
    }

    /** Scalar layers of system.webServer, most specific first. */
    private static List<Layer> layers(List<Level> chain, String... path) {
        return layers(chain, Level::webServers, path);
    }

    private static List<Layer> layers(List<Level> chain, Function<Level, List<XmlElement>> group, String... path) {
        List<Layer> layers = new ArrayList<>();
        for (int i = chain.size() - 1; i >= 0; i--) {
            Level level = chain.get(i);
            List<XmlElement> s = sections(group.apply(level), path);
            for (int j = s.size() - 1; j >= 0; j--) {
                layers.add(
                        i == chain.size() - 1 // the level itself, last in its chain
                                ? Layer.here(Optional.of(s.get(j)))
                                : Layer.from(level.label(), Optional.of(s.get(j))));
            }
        }
        return layers;
    }

    // ---- one scope ----------------------------------------------------------------------------------

    private WebServerScope scope(List<Level> chain, Level self) {
        String scopeName = self.kind() == Kind.SERVER
                ? "MACHINE/WEBROOT/APPHOST"
                : self.kind() == Kind.LOCATION
                        ? "MACHINE/WEBROOT/APPHOST/" + self.path()
                        : self.location().file()
                                + (self.path().isEmpty() ? "" : " <location path=\"" + self.path() + "\">");
        Function<String, Subject> subject =
                section -> new Subject("config path", scopeName, "system.webServer/" + section);

        List<Layer> handlers = layers(chain, "handlers");
        List<Layer> asp = layers(chain, "asp");
        List<Layer> aspLimits = layers(chain, "asp", "limits");
        List<Layer> isapi = layers(chain, "security", "isapiCgiRestriction");
        List<Layer> anon = layers(chain, "security", "authentication", "anonymousAuthentication");
        List<Layer> dir = layers(chain, "directoryBrowse");
        Subject sAnon = subject.apply("security/authentication/anonymousAuthentication");
        Subject sIsapi = subject.apply("security/isapiCgiRestriction");
        return new WebServerScope(
                self.kind(),
                self.path(),
                self.location(),
                new WebServerScope.Handlers(
                        resolver.resolve(
                                subject.apply("handlers"),
                                handlers,
                                "accessPolicy",
                                "handlers/@accessPolicy",
                                Parser.flags(AccessFlag.class)),
                        handlerMappings(chain, subject.apply("handlers"))),
                new WebServerScope.Asp(
                        resolver.resolve(
                                subject.apply("asp"), asp, "enableParentPaths", "asp/@enableParentPaths", Parser.BOOL),
                        resolver.resolve(
                                subject.apply("asp"),
                                asp,
                                "scriptErrorSentToBrowser",
                                "asp/@scriptErrorSentToBrowser",
                                Parser.BOOL),
                        resolver.resolve(
                                subject.apply("asp/limits"),
                                aspLimits,
                                "bufferingLimit",
                                "asp/limits/@bufferingLimit",
                                Parser.uint(0, 2_147_483_647)),
                        resolver.resolve(
                                subject.apply("asp/limits"),
                                aspLimits,
                                "maxRequestEntityAllowed",
                                "asp/limits/@maxRequestEntityAllowed",
                                Parser.uint(0, 2_147_483_647))),
                new WebServerScope.IsapiCgiRestriction(
                        resolver.resolve(
                                sIsapi,
                                isapi,
                                "notListedIsapisAllowed",
                                "security/isapiCgiRestriction/@notListedIsapisAllowed",
                                Parser.BOOL),
                        resolver.resolve(
                                sIsapi,
                                isapi,
                                "notListedCgisAllowed",
                                "security/isapiCgiRestriction/@notListedCgisAllowed",
                                Parser.BOOL),
                        isapiEntries(chain, sIsapi)),
                new WebServerScope.AnonymousAuthentication(
                        resolver.resolve(
                                sAnon,
                                anon,
                                "enabled",
                                "security/authentication/anonymousAuthentication/@enabled",
                                Parser.BOOL),
                        resolver.resolve(
                                sAnon,
                                anon,
                                "userName",
                                "security/authentication/anonymousAuthentication/@userName",
                                Parser.STRING),
                        resolver.resolve(
                                sAnon,
                                anon,
                                "password",
                                "security/authentication/anonymousAuthentication/@password",
                                Parser.SECRET)),
                new WebServerScope.DirectoryBrowse(resolver.resolve(
                        subject.apply("directoryBrowse"), dir, "enabled", "directoryBrowse/@enabled", Parser.BOOL)),
                new WebServerScope.StaticContent(mimeMaps(chain, subject.apply("staticContent"))),
                resolver.resolveIfSet(
                        new Subject("config path", scopeName, "system.web/sessionState"),
                        layers(chain, Level::webs, "sessionState"),
                        "mode",
                        Parser.enumeration(SessionStateMode.class),
                        self.path()),
                settings(chain));
    }

    /** Every setting at the scope, across its chain (the scope's own level last). */
    private Settings settings(List<Level> chain) {
        List<Settings.Level> levels = new ArrayList<>();
        for (int i = 0; i < chain.size(); i++) {
            Level l = chain.get(i);
            levels.add(new Settings.Level(l.label(), l.containers(), i == chain.size() - 1));
        }
        return exported ? Settings.exported(levels) : new Settings(levels);
    }

    private List<WebServerScope.HandlerMapping> handlerMappings(List<Level> chain, Subject s) {
        Map<String, XmlElement> entries =
                collection(chain, s, "add", e -> key(e, "name"), "a handler with this name", "handlers");
        List<WebServerScope.HandlerMapping> result = new ArrayList<>();
        for (XmlElement e : entries.values()) {
            String name = key(e, "name");
            Subject hs = new Subject("handler", name, "system.webServer/handlers/add[@name='" + name + "']");
            Value<Long> buffer = resolver.resolve(
                    hs,
                    List.of(Layer.here(Optional.of(e))),
                    "responseBufferLimit",
                    "handlers/add/@responseBufferLimit",
                    Parser.UINT);
            result.add(new WebServerScope.HandlerMapping(
                    name,
                    key(e, "path"),
                    key(e, "verb"),
                    e.attribute("modules").orElse(SchemaDefaults.get("handlers/add/@modules")),
                    key(e, "scriptProcessor"),
                    key(e, "preCondition"),
                    buffer,
                    e.location()));
        }
        return result;
    }

    private List<WebServerScope.IsapiCgiRestriction.Entry> isapiEntries(List<Level> chain, Subject s) {
        Map<String, XmlElement> entries = collection(
                chain,
                s,
                "add",
                e -> key(e, "path").toLowerCase(Locale.ROOT),
                "an entry with this path",
                "security",
                "isapiCgiRestriction");
        return entries.values().stream()
                .map(e -> new WebServerScope.IsapiCgiRestriction.Entry(
                        key(e, "path"),
                        key(e, "allowed").equalsIgnoreCase("true"),
                        key(e, "description"),
                        e.location()))
                .toList();
    }

    private List<WebServerScope.MimeMap> mimeMaps(List<Level> chain, Subject s) {
        Map<String, XmlElement> entries = collection(
                chain,
                s,
                "mimeMap",
                e -> key(e, "fileExtension").toLowerCase(Locale.ROOT),
                "a mimeMap for this fileExtension",
                "staticContent");
        return entries.values().stream()
                .map(e -> new WebServerScope.MimeMap(key(e, "fileExtension"), key(e, "mimeType"), e.location()))
                .toList();
    }

    /** Replays a collection down the chain. Duplicates are reported only for the level that writes them. */
    private Map<String, XmlElement> collection(
            List<Level> chain,
            Subject s,
            String addElement,
            Function<XmlElement, String> keyOf,
            String what,
            String... path) {
        Map<String, XmlElement> entries = new LinkedHashMap<>();
        for (int i = 0; i < chain.size(); i++) {
            Subject reportTo = i == chain.size() - 1 ? s : null; // the level itself, last in its chain
            for (XmlElement section : sections(chain.get(i), path)) {
                replay(section, addElement, keyOf, entries, reportTo, what, Optional.empty());
            }
        }
        return entries;
    }

    /**
     * Replays one collection element's add, remove and clear entries onto {@code entries}. {@code undeclared} names
     * a collection whose schema has no remove or clear (the collection and the start of what it declares): IIS
     * refuses those as unrecognized elements, which is reported, and they are applied as their author meant.
     */
    private void replay(
            XmlElement section,
            String addElement,
            Function<XmlElement, String> keyOf,
            Map<String, XmlElement> entries,
            @Nullable Subject reportTo,
            String what,
            Optional<String> undeclared) {
        for (XmlElement e : section.children()) {
            boolean directive = e.name().equals("clear") || e.name().equals("remove");
            if (directive && undeclared.isPresent() && reportTo != null) {
                resolver.problem(
                        reportTo,
                        e,
                        (e.name().equals("clear") ? "<clear/>" : "<remove>") + " is not part of the "
                                + undeclared.get()
                                + " for it): IIS refuses this configuration as an unrecognized element; what it would "
                                + e.name() + " is not judged");
            }
            if (e.name().equals("clear")) {
                entries.clear();
            } else if (e.name().equals("remove")) {
                entries.remove(keyOf.apply(e));
            } else if (e.name().equals(addElement)) {
                String key = keyOf.apply(e);
                if (entries.containsKey(key) && reportTo != null) {
                    resolver.problem(
                            reportTo,
                            e,
                            "the collection already holds " + what + " (first at "
                                    + entries.get(key).location().fileAndLine() + "); IIS refuses duplicate entries: "
                                    + (undeclared.isPresent() ? "delete one of them" : "add a <remove> first"));
                }
                entries.put(key, e);
            }
        }
    }

    private static String key(XmlElement e, String attribute) {
        return e.attribute(attribute).orElse("");
    }
}
