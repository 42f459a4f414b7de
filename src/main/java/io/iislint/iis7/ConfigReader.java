package io.iislint.iis7;

import io.iislint.model.IisConfig;
import io.iislint.model.IisVersion;
import io.iislint.model.Redirection;
import io.iislint.model.SectionLocks;
import io.iislint.model.SectionRefusal;
import io.iislint.model.ServerFacts;
import io.iislint.model.WebConfigPlace;
import io.iislint.source.FileKind;
import io.iislint.source.Location;
import io.iislint.xml.XmlDocument;
import io.iislint.xml.XmlElement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the resolved model of an IIS 7+ file: an applicationHost.config, a web.config, or a fragment (a file
 * whose root is a section or an element inside one, linted for what it holds). Anything else is refused
 * with one clear reason.
 */
public final class ConfigReader {

    /** Where a fragment's root element sits in a full configuration file. */
    private static final Map<String, List<String>> FRAGMENT_PARENTS = Map.ofEntries(
            Map.entry("system.applicationHost", List.of()),
            Map.entry("system.webServer", List.of()),
            Map.entry("location", List.of()),
            Map.entry("applicationPools", List.of("system.applicationHost")),
            Map.entry("sites", List.of("system.applicationHost")),
            Map.entry("site", List.of("system.applicationHost", "sites")),
            Map.entry("handlers", List.of("system.webServer")),
            Map.entry("fastCgi", List.of("system.webServer")),
            Map.entry("asp", List.of("system.webServer")),
            Map.entry("security", List.of("system.webServer")),
            Map.entry("directoryBrowse", List.of("system.webServer")),
            Map.entry("staticContent", List.of("system.webServer")),
            Map.entry("httpCompression", List.of("system.webServer")),
            Map.entry("urlCompression", List.of("system.webServer")),
            Map.entry("httpErrors", List.of("system.webServer")),
            Map.entry("httpProtocol", List.of("system.webServer")),
            Map.entry("defaultDocument", List.of("system.webServer")),
            Map.entry("modules", List.of("system.webServer")),
            Map.entry("globalModules", List.of("system.webServer")),
            Map.entry("isapiFilters", List.of("system.webServer")),
            Map.entry("rewrite", List.of("system.webServer")),
            Map.entry("caching", List.of("system.webServer")),
            Map.entry("aspNetCore", List.of("system.webServer")));

    private final Optional<IisVersion> given;

    /** A reader that tells the IIS version of an applicationHost.config from what the file shows. */
    public ConfigReader() {
        this(Optional.empty());
    }

    /**
     * A reader for files of a version the user gave ({@code --iis-version}, the policy's {@code iisVersion}): it
     * replaces what a file shows.
     */
    public ConfigReader(Optional<IisVersion> given) {
        this.given = given;
    }

    /** Whether an element can be the root of a fragment: a section, or an element inside one. */
    public static boolean isFragmentRoot(String name) {
        return FRAGMENT_PARENTS.containsKey(name);
    }

    /** The model of an applicationHost.config, a web.config or a fragment ({@code kind}, as the loader told it). */
    public IisConfig read(XmlDocument doc, FileKind kind) {
        return read(doc, kind, List.of());
    }

    /**
     * The same, for a web.config at {@code places} on servers among the inputs (empty when it is linted alone): the
     * sections IIS refuses there are reported as refusals and not read.
     */
    public IisConfig read(XmlDocument doc, FileKind kind, List<WebConfigPlace> places) {
        return read(doc, kind, places, false);
    }

    /**
     * The same; with {@code sectionLocks}, an applicationHost.config's section locks are read into the model too (a
     * server that places web.config files needs them, a lint of the file alone does not).
     */
    public IisConfig read(XmlDocument doc, FileKind kind, List<WebConfigPlace> places, boolean sectionLocks) {
        return read(doc, kind, places, sectionLocks, Hierarchy.NONE);
    }

    /**
     * The same, with the files {@code above} it on its server among the inputs: a setting the file does not write is
     * inherited from them (README, "Linting a server").
     */
    public IisConfig read(
            XmlDocument doc, FileKind kind, List<WebConfigPlace> places, boolean sectionLocks, Hierarchy above) {
        XmlElement root = kind == FileKind.FRAGMENT
                ? wrap(
                        doc.root(),
                        FRAGMENT_PARENTS.getOrDefault(doc.root().name(), List.of())) // a fragment's root is a key
                : doc.root();
        IisVersion version = kind != FileKind.APPLICATION_HOST
                ? IisVersion.UNKNOWN
                : given.orElseGet(() -> VersionSigns.of(root, doc.comments()));
        return build(
                doc.file(),
                kind,
                root,
                kind == FileKind.WEB_CONFIG ? places : List.of(),
                version,
                sectionLocks && kind == FileKind.APPLICATION_HOST,
                above);
    }

    /**
     * The model of an appcmd export ({@code appcmd list apppool|site /config /xml}, as {@code FileKinds} checked it):
     * its pools or sites as IIS names them, at their lines in the export. The defaults they inherit
     * ({@code applicationPoolDefaults}, {@code siteDefaults}, {@code sites/applicationDefaults}) are not exported,
     * so a value the export does not give is unknown, not the IIS default; no system.webServer section is in it.
     * An {@code appcmd list config … /xml} export is read by {@link #readSections}.
     */
    public IisConfig readAppcmd(XmlDocument doc) {
        XmlElement root = doc.root();
        if (!root.children("CONFIG").isEmpty()) return readSections(doc);
        Resolver resolver = new Resolver();
        List<XmlElement> pools = root.children("APPPOOL");
        List<XmlElement> sites = root.children("SITE");
        return new IisConfig(
                doc.file(),
                FileKind.APPCMD,
                pools.isEmpty() ? Optional.empty() : Optional.of(root.location()),
                new PoolReader(resolver).readExport(pools, root.location()),
                sites.isEmpty() ? Optional.empty() : Optional.of(root.location()),
                new SiteReader(resolver).readExport(sites, root.location()),
                Optional.empty(),
                List.of(),
                List.of(),
                resolver.problems(),
                io.iislint.model.Inventory.EMPTY,
                Optional.empty());
    }

    /** What a value {@code appcmd list config} does not list is "not set on". */
    static final String NOT_LISTED = "the sections of this appcmd export (it lists what is set, not the defaults)";

    /**
     * {@code appcmd list config [PATH] [/section:NAME] /xml}: each {@code <CONFIG CONFIG.SECTION="system.webServer/x"
     * path="MACHINE/WEBROOT/APPHOST/Site/app">} wraps the section's effective values at that path in an element named
     * after the section with {@code -} for {@code /} ({@code <system.webServer-x>}). Read as a configuration whose
     * server level is the sections at MACHINE/WEBROOT/APPHOST and whose {@code <location path="Site/app">} tags are the
     * sections at the paths below it, each element where the export writes it. A level holds the effective values at
     * its path: it inherits nothing from another, and a value it does not list is unknown (appcmd lists only what is
     * set unless given /config:*, and the file does not say which it was given).
     */
    private IisConfig readSections(XmlDocument doc) {
        return build(
                doc.file(),
                FileKind.APPCMD,
                sections(doc.root()),
                List.of(),
                IisVersion.UNKNOWN,
                false,
                Hierarchy.NONE);
    }

    /** The export's sections as one configuration: one container per configuration path, its sections merged. */
    private static XmlElement sections(XmlElement appcmd) {
        Map<String, Node> byPath = new java.util.LinkedHashMap<>();
        for (XmlElement w : appcmd.children("CONFIG")) {
            String section = w.attribute("CONFIG.SECTION").orElse("").trim(); // FileKinds refuses it missing
            String path = w.attribute("path").orElse("").trim();
            String sub = path.length() > io.iislint.load.FileKinds.APPHOST.length()
                    ? WebServerReader.normalize(path.substring(io.iislint.load.FileKinds.APPHOST.length() + 1))
                    : "";
            Node container = byPath.computeIfAbsent(
                    sub.toLowerCase(java.util.Locale.ROOT),
                    k -> sub.isEmpty()
                            ? new Node("configuration", Map.of(), Map.of(), appcmd.location())
                            : new Node(
                                    "location",
                                    Map.of("path", sub),
                                    Map.of("path", w.locationOf("path")),
                                    w.location()));
            String[] names = section.split("/");
            Node at = container;
            for (int i = 0; i < names.length - 1; i++) at = at.group(names[i], w.location());
            Optional<XmlElement> body = w.lastChild(section.replace('/', '-'));
            XmlElement leaf = body.map(b -> new XmlElement(
                            names[names.length - 1],
                            b.attributes(),
                            b.attributeLocations(),
                            b.children(),
                            "",
                            b.location()))
                    .orElseGet(() ->
                            new XmlElement(names[names.length - 1], Map.of(), Map.of(), List.of(), "", w.location()));
            at.children.add(leaf);
        }
        List<XmlElement> top = new ArrayList<>();
        Node server = byPath.remove("");
        if (server != null) top.addAll(server.build().children());
        for (Node location : byPath.values()) top.add(location.build());
        return new XmlElement("configuration", Map.of(), Map.of(), top, "", appcmd.location());
    }

    /** An element being put together: a section group holds the sections of every {@code <CONFIG>} below it. */
    private static final class Node {
        final String name;
        final Map<String, String> attributes;
        final Map<String, Location> at;
        final Location location;
        final List<Object> children = new ArrayList<>(); // Node or XmlElement, in the export's order

        Node(String name, Map<String, String> attributes, Map<String, Location> at, Location location) {
            this.name = name;
            this.attributes = attributes;
            this.at = at;
            this.location = location;
        }

        Node group(String child, Location where) {
            for (Object c : children) {
                if (c instanceof Node n && n.name.equals(child)) return n;
            }
            Node n = new Node(child, Map.of(), Map.of(), where);
            children.add(n);
            return n;
        }

        XmlElement build() {
            List<XmlElement> built = new ArrayList<>();
            for (Object c : children) built.add(c instanceof Node n ? n.build() : (XmlElement) c);
            return new XmlElement(name, attributes, at, built, "", location);
        }
    }

    private static IisConfig build(
            String file,
            FileKind kind,
            XmlElement whole,
            List<WebConfigPlace> places,
            IisVersion version,
            boolean sectionLocks,
            Hierarchy above) {
        if (!places.isEmpty() && places.stream().allMatch(p -> p.ignored().isPresent())) {
            // IIS reads none of this file (its application's pool does not let it): nothing in it is judged
            whole = new XmlElement(whole.name(), Map.of(), Map.of(), List.of(), "", whole.location());
        }
        places = tightened(places, above);
        List<SectionRefusal> refusals = new ArrayList<>();
        Set<XmlElement> refused = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Location> seen = new HashSet<>();
        for (WebConfigPlace place : places) {
            for (SectionLocksReader.Judged j : SectionLocksReader.refusals(whole, place)) {
                // a folder two sites share is refused once, for the first site that refuses it
                if (seen.add(j.refusal().at())) refusals.add(j.refusal());
                refused.add(j.section());
            }
        }
        if (!places.isEmpty() && places.stream().noneMatch(WebConfigPlace::aspNet)) {
            // the application's pool runs no managed code: ASP.NET never reads this file's system.web
            refused.addAll(whole.children("system.web"));
            for (XmlElement loc : whole.children("location")) refused.addAll(loc.children("system.web"));
        }
        XmlElement root = refused.isEmpty() ? whole : SectionLocksReader.without(whole, refused);
        Optional<SectionLocks> locks = sectionLocks ? Optional.of(SectionLocksReader.read(root)) : Optional.empty();
        Resolver resolver = kind == FileKind.APPCMD ? Resolver.exported(NOT_LISTED) : new Resolver(version);
        Optional<XmlElement> host = root.lastChild("system.applicationHost");
        Optional<XmlElement> pools = host.flatMap(h -> h.lastChild("applicationPools"));
        Optional<XmlElement> sites = host.flatMap(h -> h.lastChild("sites"));
        WebServerReader web = new WebServerReader(
                resolver,
                root,
                kind,
                above,
                places.isEmpty() ? "" : places.get(0).configPath());
        // fastCgi may only be set in applicationHost.config; a web.config's copy is not IIS's.
        Optional<XmlElement> fastCgi =
                kind == FileKind.APPLICATION_HOST || kind == FileKind.FRAGMENT || kind == FileKind.APPCMD
                        ? web.fastCgiSection()
                        : Optional.empty();
        return new IisConfig(
                file,
                kind,
                pools.map(XmlElement::location),
                pools.map(p -> new PoolReader(resolver).read(p)).orElse(List.of()),
                sites.map(XmlElement::location),
                sites.map(s -> new SiteReader(resolver).read(s)).orElse(List.of()),
                fastCgi.map(XmlElement::location),
                fastCgi.isPresent() ? web.fastCgi() : List.of(),
                // a redirection.config holds no system.webServer: no scope (a server level would judge IIS defaults)
                kind == FileKind.REDIRECTION || kind == FileKind.ADMINISTRATION ? List.of() : web.scopes(),
                resolver.problems(),
                inventory(root),
                Optional.empty(),
                new ServerFacts(
                        locks,
                        refusals,
                        places.stream().findFirst(),
                        kind == FileKind.REDIRECTION ? redirection(resolver, root) : Optional.empty(),
                        above.sourceFiles(),
                        version));
    }

    /**
     * The places with the locks of the files above other than applicationHost.config (whose locks they hold): the
     * framework configs' and the parent folders' web.config files. IIS and ASP.NET refuse a section or setting any
     * file above locks, whichever file that is.
     */
    private static List<WebConfigPlace> tightened(List<WebConfigPlace> places, Hierarchy above) {
        if (places.isEmpty() || above.isEmpty()) return places;
        List<WebConfigPlace> out = new ArrayList<>();
        for (WebConfigPlace place : places) {
            List<SectionLocks.LocationMode> modes = new ArrayList<>();
            List<SectionLocks.SettingLock> settingLocks = new ArrayList<>();
            Map<String, SectionLocks.Declaration> aspNet = new java.util.HashMap<>();
            for (Hierarchy.Above file : above.files()) {
                if (file.server()) continue;
                SectionLocksReader.Tightening t =
                        SectionLocksReader.tightening(file.root(), file.path(), place.locks());
                modes.addAll(t.modes());
                settingLocks.addAll(t.settingLocks());
                aspNet.putAll(SectionLocksReader.aspNetDeclarations(file.root()));
            }
            out.add(place.withLocks(place.locks().tightenedBy(modes, settingLocks, aspNet)));
        }
        return out;
    }

    /** A redirection.config's configurationRedirection: enabled (schema default false) and the path it names. */
    private static Optional<Redirection> redirection(Resolver resolver, XmlElement root) {
        Optional<XmlElement> r = root.lastChild("configurationRedirection");
        if (r.isEmpty()) return Optional.empty();
        Resolver.Subject s =
                new Resolver.Subject("config section", "configurationRedirection", "configurationRedirection");
        return Optional.of(new Redirection(
                resolver.resolve(
                        s,
                        List.of(Resolver.Layer.here(r)),
                        "enabled",
                        "configurationRedirection/@enabled",
                        Parser.BOOL),
                r.get().attribute("path").orElse(""),
                r.get().location()));
    }

    private static final List<String> AUTH_SECTIONS = List.of(
            "basicAuthentication",
            "windowsAuthentication",
            "digestAuthentication",
            "clientCertificateMappingAuthentication",
            "iisClientCertificateMappingAuthentication");

    /**
     * What a migration audit lists: ISAPI filters, global modules, connection strings (names only) and
     * authentication methods switched on, at the server level or in a {@code <location>}, where written.
     */
    private static io.iislint.model.Inventory inventory(XmlElement root) {
        List<io.iislint.model.Inventory.Component> filters = new java.util.ArrayList<>();
        List<io.iislint.model.Inventory.Component> modules = new java.util.ArrayList<>();
        List<io.iislint.model.Inventory.Component> connections = new java.util.ArrayList<>();
        List<io.iislint.model.Inventory.Authentication> auth = new java.util.ArrayList<>();
        List<java.util.Map.Entry<String, XmlElement>> levels = new java.util.ArrayList<>();
        levels.add(java.util.Map.entry("", root));
        for (XmlElement loc : root.children("location"))
            levels.add(java.util.Map.entry(loc.attribute("path").orElse("").trim(), loc));
        for (var level : levels) {
            String scope = level.getKey();
            XmlElement e = level.getValue();
            e.path("system.webServer", "isapiFilters")
                    .ifPresent(f -> f.children("filter")
                            .forEach(c -> filters.add(new io.iislint.model.Inventory.Component(
                                    c.attribute("name").orElse(""),
                                    c.attribute("path").orElse(""),
                                    scope,
                                    c.location()))));
            e.path("system.webServer", "globalModules")
                    .ifPresent(f -> f.children("add")
                            .forEach(c -> modules.add(new io.iislint.model.Inventory.Component(
                                    c.attribute("name").orElse(""),
                                    c.attribute("image").orElse(""),
                                    scope,
                                    c.location()))));
            e.child("connectionStrings")
                    .ifPresent(f -> f.children("add")
                            .forEach(c -> connections.add(new io.iislint.model.Inventory.Component(
                                    c.attribute("name").orElse(""), "", scope, c.location()))));
            e.path("system.webServer", "security", "authentication").ifPresent(a -> {
                for (String section : AUTH_SECTIONS) {
                    a.lastChild(section)
                            .filter(x ->
                                    x.attribute("enabled").orElse("").trim().equalsIgnoreCase("true"))
                            .ifPresent(x -> auth.add(new io.iislint.model.Inventory.Authentication(
                                    Character.toUpperCase(section.charAt(0))
                                            + section.substring(1, section.length() - "Authentication".length()),
                                    scope,
                                    x.locationOf("enabled"))));
                }
            });
        }
        return new io.iislint.model.Inventory(filters, modules, connections, auth);
    }

    /** Places a fragment's root under synthetic parents, all located at the fragment's root element. */
    private static XmlElement wrap(XmlElement fragment, List<String> parents) {
        XmlElement e = fragment;
        for (int i = parents.size() - 1; i >= 0; i--) {
            e = new XmlElement(parents.get(i), Map.of(), Map.of(), List.of(e), "", fragment.location());
        }
        return new XmlElement("configuration", Map.of(), Map.of(), List.of(e), "", fragment.location());
    }
}
