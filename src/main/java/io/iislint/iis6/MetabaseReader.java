package io.iislint.iis6;

import static io.iislint.iis6.MetabaseValues.ACCESS;
import static io.iislint.iis6.MetabaseValues.APP_ISOLATED;
import static io.iislint.iis6.MetabaseValues.AUTH;
import static io.iislint.iis6.MetabaseValues.BOOL;
import static io.iislint.iis6.MetabaseValues.CPU_ACTION;
import static io.iislint.iis6.MetabaseValues.DIR_BROWSE;
import static io.iislint.iis6.MetabaseValues.DWORD;
import static io.iislint.iis6.MetabaseValues.FILTER_FLAGS;
import static io.iislint.iis6.MetabaseValues.IDENTITY;
import static io.iislint.iis6.MetabaseValues.MINUTES;
import static io.iislint.iis6.MetabaseValues.RECYCLE_EVENTS;
import static io.iislint.iis6.MetabaseValues.SECRET;
import static io.iislint.iis6.MetabaseValues.TEXT;

import io.iislint.model.ApplicationPool;
import io.iislint.model.BindingParser;
import io.iislint.model.IdentityType;
import io.iislint.model.Iis6;
import io.iislint.model.IisConfig;
import io.iislint.model.Inventory;
import io.iislint.model.Origin;
import io.iislint.model.Secret;
import io.iislint.model.Site;
import io.iislint.model.TimeSpan;
import io.iislint.model.Value;
import io.iislint.model.WebServerScope;
import io.iislint.source.FileKind;
import io.iislint.source.Location;
import io.iislint.xml.XmlDocument;
import io.iislint.xml.XmlElement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads an IIS 6 MetaBase.xml into the same model as an IIS 7+ configuration. Every element with a
 * {@code Location} attribute is a metabase key; pools are the keys below {@code /LM/W3SVC/AppPools}, sites the
 * numbered keys below {@code /LM/W3SVC}, applications the virtual directories and directories that carry an
 * {@code AppRoot}. Values are inherited down the key path; the origin of each names the key it came from.
 */
public final class MetabaseReader {
    public static final String SERVICE = "/LM/W3SVC";
    static final String POOLS = "/LM/W3SVC/AppPools";
    private static final Pattern SITE_KEY = Pattern.compile("(?i)/LM/W3SVC/(\\d+)");
    private static final String INHERITED = "IIsInheritedProperties";
    private static final String INHERITED_PREFIX = "inherited:";
    private static final List<String> OBSOLETE = List.of("ServerListenTimeout", "UNCAuthenticationPassthrough");

    public IisConfig read(XmlDocument doc) {
        Map<String, XmlElement> keys = new LinkedHashMap<>();
        Map<String, String> spelled = new LinkedHashMap<>();
        List<XmlElement> duplicates = new ArrayList<>();
        Map<String, XmlElement> inherited = new LinkedHashMap<>();
        collect(doc.root(), keys, spelled, duplicates, inherited);
        MetabaseValues values = new MetabaseValues(keys, inherited);
        for (XmlElement d : duplicates) {
            String k = d.attribute("Location").orElse("").trim();
            values.problem(
                    d,
                    "Location",
                    k,
                    k,
                    "metabase key '" + k + "' is written twice: IIS 6 refuses to load this metabase");
        }
        Build b = new Build(doc.file(), keys, spelled, values);
        return b.config();
    }

    /**
     * Every element with a Location is a key, wherever it sits (under MBProperty in an export), except
     * {@code IIsInheritedProperties}: {@code iiscnfg /export /inherited} writes there what the exported key inherits
     * from the keys above it, which the export does not hold. Its Location is the exported key, prefixed
     * {@code inherited:} (IIS 6's importer strips that prefix); its properties count as its parent key's.
     */
    private static void collect(
            XmlElement e,
            Map<String, XmlElement> keys,
            Map<String, String> spelled,
            List<XmlElement> duplicates,
            Map<String, XmlElement> inherited) {
        if (e.name().equals("MBSchema")) return; // the schema section declares classes, not configuration
        Optional<String> loc = e.attribute("Location");
        if (e.name().equals(INHERITED) && loc.isPresent()) {
            String exported = loc.get().trim();
            if (exported.regionMatches(true, 0, INHERITED_PREFIX, 0, INHERITED_PREFIX.length()))
                exported = exported.substring(INHERITED_PREFIX.length());
            MetabaseValues.parent(normalizeKey(exported))
                    .ifPresent(p -> inherited.putIfAbsent(p.toLowerCase(Locale.ROOT), withCustomProperties(e)));
            return;
        }
        if (loc.isPresent()) {
            String k = normalizeKey(loc.get());
            String lower = k.toLowerCase(Locale.ROOT);
            if (keys.putIfAbsent(lower, withCustomProperties(e)) != null) duplicates.add(e);
            else spelled.put(lower, k);
        }
        for (XmlElement c : e.children()) collect(c, keys, spelled, duplicates, inherited);
    }

    /**
     * A property the export could not name as an attribute is written as a child
     * {@code <Custom Name="…" ID="…" Value="…" Type="…"/>}; a named one counts as if written on the key, located at
     * its Value. Unnamed ones ({@code UnknownName_2166}) and names the key already
     * has are left alone.
     */
    private static XmlElement withCustomProperties(XmlElement key) {
        List<XmlElement> custom = key.children("Custom");
        if (custom.isEmpty()) return key;
        Map<String, String> attributes = new LinkedHashMap<>(key.attributes());
        Map<String, Location> locations = new LinkedHashMap<>(key.attributeLocations());
        Map<String, String> lineBroken = new LinkedHashMap<>(key.lineBrokenValues());
        for (XmlElement c : custom) {
            String name = c.attribute("Name").orElse("").trim();
            if (name.isEmpty() || name.startsWith("UnknownName_") || !c.has("Value") || attributes.containsKey(name))
                continue;
            attributes.put(name, c.attribute("Value").orElseThrow());
            locations.put(name, c.locationOf("Value"));
            String raw = c.lineBrokenValues().get("Value");
            if (raw != null) lineBroken.put(name, raw);
        }
        return new XmlElement(
                key.name(), attributes, locations, key.children(), key.text(), key.location(), lineBroken);
    }

    private static String normalizeKey(String raw) {
        String k = raw.trim().replace('\\', '/');
        while (k.length() > 1 && k.endsWith("/")) k = k.substring(0, k.length() - 1);
        return k;
    }

    private static final class Build {
        private final String file;
        private final Map<String, XmlElement> keys;
        private final Map<String, String> spelled;
        private final MetabaseValues values;
        private final List<WebServerScope> scopes = new ArrayList<>();
        private final List<Iis6.KeySettings> keySettings = new ArrayList<>();
        private final List<Inventory.Component> filters = new ArrayList<>();
        private final List<Iis6.Filter> filterFlags = new ArrayList<>();
        private final List<Inventory.Authentication> authentication = new ArrayList<>();

        /** Lower-cased key → the keys directly below it, built once so that walking the tree stays linear. */
        private final Map<String, java.util.Set<String>> childIndex = new LinkedHashMap<>();

        private final Map<String, WebServerScope> scopesByKey = new LinkedHashMap<>();

        Build(String file, Map<String, XmlElement> keys, Map<String, String> spelled, MetabaseValues values) {
            this.file = file;
            this.keys = keys;
            this.spelled = spelled;
            this.values = values;
            // a key may be written without its parent key (…/ROOT/a/b without …/ROOT/a): the path still links them
            for (String k : List.copyOf(keys.keySet())) {
                String written = Objects.requireNonNull(spelled.get(k)); // every key read has its spelling
                for (String child = k; ; ) {
                    Optional<String> parent = MetabaseValues.parent(child);
                    if (parent.isEmpty()) break;
                    spelled.putIfAbsent(
                            child, written.length() == k.length() ? written.substring(0, child.length()) : child);
                    if (!childIndex
                            .computeIfAbsent(parent.get(), x -> new java.util.LinkedHashSet<>())
                            .add(child)) break;
                    child = parent.get();
                }
            }
        }

        IisConfig config() {
            Location top =
                    keys.values().stream().findFirst().map(XmlElement::location).orElse(new Location(file, 1, 1));
            Optional<XmlElement> service = values.key(SERVICE);
            Optional<XmlElement> poolsKey = values.key(POOLS);
            List<Site> sites = sites();
            webScopes();
            List<ApplicationPool> pools = pools(sites);
            filters();
            Iis6 iis6 = new Iis6(
                    service.map(XmlElement::location).orElse(top),
                    values.get(SERVICE, "IIs5IsolationModeEnabled", BOOL),
                    keySettings,
                    List.of(),
                    values.get(SERVICE, "WAMUserName", TEXT),
                    appProcesses(sites),
                    // on the IIsComputer key; on by default (Windows Server 2003 metabase reference)
                    values.get("/LM", "EnableHistory", BOOL, true),
                    obsoleteProperties(),
                    filterFlags);
            List<WebServerScope> sorted = new ArrayList<>(scopes);
            // parents before children, so that an inherited entry is attributed to the key that writes it
            sorted.sort(java.util.Comparator.comparingLong(
                    s -> s.path().chars().filter(c -> c == '/').count()));
            // A partial export (iiscnfg /export of one site or one pool) holds only some keys: without the pools key
            // a pool the file does not hold is unknown, not missing; without the service key, so is a site.
            return new IisConfig(
                    file,
                    FileKind.METABASE,
                    poolsKey.map(XmlElement::location),
                    pools,
                    service.map(XmlElement::location),
                    sites,
                    Optional.empty(),
                    List.of(),
                    sorted,
                    values.problems(),
                    new Inventory(filters, List.of(), List.of(), authentication),
                    Optional.of(iis6));
        }

        /**
         * Where each application would run in IIS 5.0 isolation mode. AppIsolated inherits down the key path; its
         * documented default (schema and internal) is 2, the pooled out-of-process dllhost.exe.
         */
        private List<Iis6.AppProcess> appProcesses(List<Site> sites) {
            List<Iis6.AppProcess> out = new ArrayList<>();
            for (Site s : sites) {
                for (Site.Application app : s.applications()) {
                    String key = appKey(s, app);
                    out.add(new Iis6.AppProcess(
                            app.locationPath(), key, app.location(), values.get(key, "AppIsolated", APP_ISOLATED, 2L)));
                }
            }
            return out;
        }

        /** Keys directly below {@code parent}, in document order, with their spelling as written. */
        private List<String> children(String parent) {
            List<String> out = new ArrayList<>();
            for (String k : childIndex.getOrDefault(parent.toLowerCase(Locale.ROOT), java.util.Set.of()))
                out.add(spelled.get(k));
            return out;
        }

        /** Keys at or below {@code root}, each parent before its children (siblings in document order). */
        private List<String> subtree(String root) {
            List<String> out = new ArrayList<>();
            java.util.ArrayDeque<String> todo = new java.util.ArrayDeque<>();
            todo.push(root);
            while (!todo.isEmpty()) { // depth-first without recursion: a metabase may nest keys thousands deep
                String k = todo.pop();
                String lower = k.toLowerCase(Locale.ROOT);
                if (keys.containsKey(lower)) out.add(spelled.get(lower));
                List<String> children = children(k);
                for (int i = children.size() - 1; i >= 0; i--) todo.push(children.get(i));
            }
            return out;
        }

        private String type(String key) {
            return values.key(key).map(XmlElement::name).orElse("");
        }

        /**
         * Web service properties nothing reads any more (IIS-011): ServerListenTimeout, which the IIS 6 web service
         * does not use (FTP, SMTP and NNTP still do), and UNCAuthenticationPassthrough; each as its key writes it.
         */
        private List<Iis6.KeyProperty> obsoleteProperties() {
            List<Iis6.KeyProperty> out = new ArrayList<>();
            for (String key : subtree(SERVICE)) {
                XmlElement e = values.key(key).orElseThrow();
                for (Map.Entry<String, String> a : e.attributes().entrySet()) {
                    if (OBSOLETE.stream().anyMatch(o -> o.equalsIgnoreCase(a.getKey())))
                        out.add(new Iis6.KeyProperty(key, a.getKey(), a.getValue(), e.locationOf(a.getKey())));
                }
            }
            return out;
        }

        // ---- pools ----

        private List<ApplicationPool> pools(List<Site> sites) {
            List<ApplicationPool> pools = new ArrayList<>();
            for (String key : children(POOLS)) {
                if (!type(key).equals("IIsApplicationPool")) continue;
                pools.add(pool(key, sites));
            }
            return pools;
        }

        private ApplicationPool pool(String key, List<Site> sites) {
            XmlElement e = values.key(key).orElseThrow();
            String name = key.substring(POOLS.length() + 1);
            return new ApplicationPool(
                    name,
                    e.location(),
                    values.get(key, "AppPoolQueueLength", DWORD),
                    values.get(key, "AppPoolAutoStart", BOOL),
                    values.get(POOLS, "Enable32BitAppOnWin64", BOOL, false), // IIS 6: one switch for all pools
                    clrVersion(name, sites),
                    Value.notSet(key), // IIS 6 has no integrated pipeline: the pipeline question is for the audit
                    Value.notSet(key),
                    Value.notSet(key),
                    new ApplicationPool.ProcessModel(
                            values.get(key, "AppPoolIdentityType", IDENTITY, IdentityType.NetworkService),
                            values.get(key, "WAMUserName", TEXT, ""),
                            values.get(key, "WAMUserPass", SECRET, new Secret.Empty()),
                            values.get(key, "IdleTimeout", MINUTES, TimeSpan.ofMinutes(20)),
                            values.get(key, "MaxProcesses", DWORD),
                            values.get(key, "PingingEnabled", BOOL)),
                    new ApplicationPool.Recycling(
                            values.get(key, "LogEventOnRecycle", RECYCLE_EVENTS),
                            new ApplicationPool.PeriodicRestart(
                                    values.get(key, "PeriodicRestartTime", MINUTES),
                                    values.get(key, "PeriodicRestartRequests", DWORD),
                                    values.get(key, "PeriodicRestartMemory", DWORD),
                                    values.get(key, "PeriodicRestartPrivateMemory", DWORD, 0L),
                                    schedule(key))),
                    new ApplicationPool.Failure(
                            values.get(key, "RapidFailProtection", BOOL, true),
                            values.get(key, "RapidFailProtectionInterval", MINUTES, TimeSpan.ofMinutes(5)),
                            values.get(key, "RapidFailProtectionMaxCrashes", DWORD),
                            values.get(key, "OrphanWorkerProcess", BOOL, false),
                            values.get(key, "OrphanActionExe", TEXT, "")),
                    new ApplicationPool.Cpu(
                            values.get(key, "CPULimit", DWORD),
                            values.get(key, "CPUAction", CPU_ACTION),
                            values.get(key, "CPUResetInterval", MINUTES),
                            values.get(key, "SMPAffinitized", BOOL, false),
                            values.get(key, "SMPProcessorAffinityMask", DWORD, 4_294_967_295L),
                            Value.ofDefault(4_294_967_295L)), // IIS 6 has no second mask
                    Optional.of(key));
        }

        /** PeriodicRestartSchedule: one {@code hh:mm} per line; inherited as a whole like any property. */
        private Value<List<TimeSpan>> schedule(String key) {
            for (Optional<String> k = Optional.of(key); k.isPresent(); k = MetabaseValues.parent(k.get())) {
                Optional<XmlElement> e = values.key(k.get());
                if (e.isEmpty() || !e.get().has("PeriodicRestartSchedule")) continue;
                List<TimeSpan> times = new ArrayList<>();
                for (XmlElement.Line line : e.get().lines("PeriodicRestartSchedule")) {
                    Optional<TimeSpan> t = TimeSpan.parse(line.text()).filter(v -> v.seconds() < 86_400);
                    if (t.isPresent()) times.add(t.get());
                    else
                        values.problem(
                                e.get(),
                                "PeriodicRestartSchedule",
                                k.get(),
                                line.text(),
                                "expected a time of day hh:mm on each line");
                }
                Location at = e.get().locationOf("PeriodicRestartSchedule");
                Origin origin =
                        k.get().equalsIgnoreCase(key) ? new Origin.SetHere(at) : new Origin.Inherited(k.get(), at);
                return Value.of(List.copyOf(times), origin);
            }
            return Value.ofDefault(List.of());
        }

        /**
         * IIS 6 has no managedRuntimeVersion: the ASP.NET version is the aspnet_isapi.dll the script maps of the
         * pool's applications point at. Reported with the script map it was read from; not set when the pool's
         * applications map no ASP.NET (or map several versions).
         */
        private Value<String> clrVersion(String pool, List<Site> sites) {
            Value<String> found = null;
            for (Site s : sites) {
                for (Site.Application app : s.applications()) {
                    if (!app.applicationPool().matches(pool::equalsIgnoreCase)) continue;
                    Optional<WebServerScope> scope = scopeAt(appKey(s, app));
                    if (scope.isEmpty()) continue;
                    for (WebServerScope.HandlerMapping h :
                            scope.get().handlers().mappings()) {
                        String p = h.scriptProcessor().toLowerCase(Locale.ROOT);
                        if (!p.endsWith("aspnet_isapi.dll")) continue;
                        String version = p.contains("\\v1.0.")
                                ? "v1.0"
                                : p.contains("\\v1.1.")
                                        ? "v1.1"
                                        : p.contains("\\v2.0.") ? "v2.0" : p.contains("\\v4.0.") ? "v4.0" : "";
                        if (version.isEmpty()) continue;
                        Value<String> v = Value.of(
                                version,
                                new Origin.Inherited(
                                        "the ASP.NET script map of "
                                                + scope.get().path(),
                                        h.location()));
                        if (found == null) found = v;
                        else if (!found.is(version)) return Value.notSet(POOLS + "/" + pool);
                        break;
                    }
                }
            }
            return found != null ? found : Value.notSet(POOLS + "/" + pool);
        }

        private Optional<WebServerScope> scopeAt(String key) {
            return Optional.ofNullable(scopesByKey.get(key.toLowerCase(Locale.ROOT)));
        }

        private static String appKey(Site s, Site.Application app) {
            return SERVICE + "/" + s.id() + "/ROOT" + (app.path().equals("/") ? "" : app.path());
        }

        // ---- sites, applications, virtual directories ----

        private List<Site> sites() {
            List<Site> sites = new ArrayList<>();
            for (String key : children(SERVICE)) {
                var m = SITE_KEY.matcher(key);
                if (!m.matches() || !type(key).equals("IIsWebServer")) continue;
                sites.add(site(key, m.group(1)));
            }
            return sites;
        }

        private Site site(String key, String id) {
            XmlElement e = values.key(key).orElseThrow();
            String name = e.attribute("ServerComment").filter(n -> !n.isBlank()).orElse("Site " + id);
            List<Site.Binding> bindings = new ArrayList<>();
            bindings(e, "ServerBindings", "http", new Site.Certificate.NotSaid(), bindings);
            bindings(
                    e,
                    "SecureBindings",
                    "https",
                    new Site.Certificate.Metabase(
                            values.get(key, "SSLCertHash", TEXT, "").orElse("").strip(),
                            values.get(key, "SSLStoreName", TEXT, "MY").orElse("MY")),
                    bindings);
            String root = key + "/ROOT";
            List<Site.Application> apps = new ArrayList<>();
            Map<String, List<Site.VirtualDirectory>> dirsByApp = new LinkedHashMap<>();
            Map<String, String> appOf = new LinkedHashMap<>();
            for (String k : subtree(root)) {
                String t = type(k);
                if (!t.equals("IIsWebVirtualDir") && !t.equals("IIsWebDirectory")) continue;
                String path = k.length() == root.length() ? "/" : k.substring(root.length());
                boolean isApp = k.equalsIgnoreCase(root)
                        || values.own(k, "AppRoot", TEXT)
                                .filter(v -> v.matches(s -> !s.isBlank()))
                                .isPresent();
                String app = isApp ? path : owningApp(appOf, path);
                appOf.put(path.toLowerCase(Locale.ROOT), app); // parents come first: a child finds its app one step up
                if (isApp) dirsByApp.put(path, new ArrayList<>());
                if (t.equals("IIsWebVirtualDir") && app != null) {
                    XmlElement v = values.key(k).orElseThrow();
                    String rel = app.equals("/") ? path : path.equals(app) ? "/" : path.substring(app.length());
                    Objects.requireNonNull(dirsByApp.get(app)) // an app is placed before the directories below it
                            .add(new Site.VirtualDirectory(
                                    rel,
                                    v.attribute("Path").orElse(""),
                                    v.location(),
                                    values.get(k, "UNCUserName", TEXT, "").orElse(""),
                                    values.get(k, "UNCPassword", SECRET, new Secret.Empty())
                                            .orElse(new Secret.Empty())));
                }
            }
            for (Map.Entry<String, List<Site.VirtualDirectory>> a : dirsByApp.entrySet()) {
                String k = a.getKey().equals("/") ? root : root + a.getKey();
                apps.add(new Site.Application(
                        name,
                        a.getKey(),
                        values.key(k).orElseThrow().location(),
                        values.get(k, "AppPoolId", TEXT, "DefaultAppPool"),
                        a.getValue()));
            }
            return new Site(name, id, e.location(), values.get(key, "ServerAutoStart", BOOL, true), bindings, apps);
        }

        /** The application of the nearest directory above {@code path} already placed (null: none, outside any app). */
        private static @Nullable String owningApp(Map<String, String> appOfDir, String path) {
            String p = path;
            while (true) {
                String lower = p.toLowerCase(Locale.ROOT);
                if (appOfDir.containsKey(lower)) return appOfDir.get(lower);
                if (p.equals("/")) return null;
                int slash = p.lastIndexOf('/');
                p = slash <= 0 ? "/" : p.substring(0, slash);
            }
        }

        private void bindings(
                XmlElement e, String property, String protocol, Site.Certificate certificate, List<Site.Binding> out) {
            for (XmlElement.Line line : e.lines(property)) {
                BindingParser.Result r = BindingParser.parse(protocol, line.text());
                out.add(new Site.Binding(
                        protocol, line.text(), line.location(), r.endpoint(), r.problem(), certificate));
            }
        }

        // ---- web settings per key ----

        private void webScopes() {
            for (String key : subtree(SERVICE)) {
                String t = type(key);
                boolean service = key.equalsIgnoreCase(SERVICE);
                boolean web = t.equals("IIsWebServer") || t.equals("IIsWebVirtualDir") || t.equals("IIsWebDirectory");
                if (!service && !web) continue;
                if (key.toLowerCase(Locale.ROOT).startsWith("/lm/w3svc/info/")) continue; // templates, not sites
                WebServerScope scope = scope(key, service);
                scopes.add(scope);
                scopesByKey.put(key.toLowerCase(Locale.ROOT), scope);
            }
        }

        private WebServerScope scope(String key, boolean service) {
            XmlElement e = values.key(key).orElseThrow();
            Value<Long> auth = values.get(key, "AuthFlags", AUTH);
            Value<Boolean> anonymous = auth.map(flags -> (flags & 1) != 0);
            if (auth.origin() instanceof Origin.SetHere) {
                for (Map.Entry<String, Long> m : MetabaseValues.AUTH_BITS.entrySet()) {
                    if (m.getValue() != 1 && auth.matches(flags -> (flags & m.getValue()) != 0)) {
                        authentication.add(
                                new Inventory.Authentication(authName(m.getKey()), key, e.locationOf("AuthFlags")));
                    }
                }
            }
            Value<Long> browse = values.get(key, "DirBrowseFlags", DIR_BROWSE);
            keySettings.add(new Iis6.KeySettings(
                    key,
                    e.location(),
                    values.get(key, "AnonymousPasswordSync", BOOL),
                    // schema default TRUE (IIS 6 SDK, AspRunOnEndAnonymously)
                    values.get(key, "AspRunOnEndAnonymously", BOOL, true)));
            return new WebServerScope(
                    service ? WebServerScope.Kind.METABASE_SERVICE : WebServerScope.Kind.METABASE_KEY,
                    key,
                    e.location(),
                    new WebServerScope.Handlers(values.get(key, "AccessFlags", ACCESS), scriptMaps(key)),
                    new WebServerScope.Asp(
                            values.get(key, "AspEnableParentPaths", BOOL, false),
                            // schema and internal default TRUE (IIS 6 SDK; Windows Server 2003 reference: true)
                            values.get(key, "AspScriptErrorSentToBrowser", BOOL, true),
                            values.get(key, "AspBufferingLimit", DWORD, 4_194_304L),
                            values.get(key, "AspMaxRequestEntityAllowed", DWORD, 204_800L)),
                    restrictions(key),
                    new WebServerScope.AnonymousAuthentication(
                            anonymous,
                            values.get(key, "AnonymousUserName", TEXT),
                            values.get(key, "AnonymousUserPass", SECRET, new Secret.Empty())),
                    new WebServerScope.DirectoryBrowse(
                            browse.map(flags -> (flags & MetabaseValues.ENABLE_DIR_BROWSING) != 0)),
                    new WebServerScope.StaticContent(mimeMaps(key, service)),
                    Value.notSet(
                            key)); // ASP.NET's session state lives in its own configuration files, not the metabase
        }

        private static String authName(String flag) {
            return switch (flag) {
                case "AuthBasic" -> "Basic";
                case "AuthNTLM" -> "Windows";
                case "AuthMD5" -> "Digest";
                case "AuthPassport" -> "Passport";
                default -> flag;
            };
        }

        /**
         * ScriptMaps lines {@code .ext,C:\path\to.dll,flags[,VERBS]}: each becomes a handler mapping for
         * {@code *.ext} through the ISAPI (or CGI, for an .exe) named. A wildcard map ({@code *,dll,…}) maps every
         * request. The whole list is inherited from the nearest key that writes it.
         */
        private List<WebServerScope.HandlerMapping> scriptMaps(String key) {
            List<String> walked = new ArrayList<>();
            List<WebServerScope.HandlerMapping> found = List.of();
            for (Optional<String> k = Optional.of(key); k.isPresent(); k = MetabaseValues.parent(k.get())) {
                String lower = k.get().toLowerCase(Locale.ROOT);
                List<WebServerScope.HandlerMapping> known = scriptMapsByKey.get(lower);
                if (known != null) {
                    found = known;
                    break;
                }
                walked.add(lower);
                Optional<MetabaseValues.Source> e = values.onPath(k.get(), "ScriptMaps");
                if (e.isPresent()) {
                    found = ownScriptMaps(e.get().key(), e.get().element());
                    break;
                }
            }
            for (String w : walked) scriptMapsByKey.put(w, found);
            return found;
        }

        /** Lower-cased key → its effective script maps, so that each key's list is found in one step from its parent's. */
        private final Map<String, List<WebServerScope.HandlerMapping>> scriptMapsByKey = new java.util.HashMap<>();

        private List<WebServerScope.HandlerMapping> ownScriptMaps(String key, XmlElement e) {
            List<WebServerScope.HandlerMapping> out = new ArrayList<>();
            for (XmlElement.Line line : e.lines("ScriptMaps")) {
                String[] f = line.text().split(",", 4);
                if (f.length < 2 || f[0].isBlank() || f[1].isBlank()) {
                    values.problem(
                            e,
                            "ScriptMaps",
                            key,
                            line.text(),
                            "expected .extension,executable,flags[,verbs] on each line");
                    continue;
                }
                String ext = f[0].trim();
                String exe = f[1].trim();
                String module = exe.toLowerCase(Locale.ROOT).endsWith(".exe") ? "CgiModule" : "IsapiModule";
                String path = ext.equals("*") ? "*" : "*" + ext;
                out.add(new WebServerScope.HandlerMapping(
                        ext,
                        path,
                        f.length > 3 ? f[3].trim() : "*",
                        module,
                        exe,
                        "",
                        Value.ofDefault(4_194_304L),
                        line.location()));
            }
            return List.copyOf(out);
        }

        /**
         * WebSvcExtRestrictionList on /LM/W3SVC: {@code allowed,path[,deletable,group,description]} per line;
         * {@code *.dll} and {@code *.exe} are the rules for unlisted ISAPI extensions and CGI programs.
         */
        private WebServerScope.IsapiCgiRestriction restrictions(String key) {
            Optional<XmlElement> svc = values.key(SERVICE).filter(s -> s.has("WebSvcExtRestrictionList"));
            if (svc.isEmpty())
                return new WebServerScope.IsapiCgiRestriction(Value.notSet(SERVICE), Value.notSet(SERVICE), List.of());
            Value<Boolean> isapi = Value.notSet(SERVICE);
            Value<Boolean> cgi = Value.notSet(SERVICE);
            List<WebServerScope.IsapiCgiRestriction.Entry> entries = new ArrayList<>();
            boolean here = key.equalsIgnoreCase(SERVICE);
            for (XmlElement.Line line : svc.get().lines("WebSvcExtRestrictionList")) {
                String[] f = line.text().split(",", 5);
                if (f.length < 2 || !(f[0].trim().equals("0") || f[0].trim().equals("1"))) {
                    if (here)
                        values.problem(
                                svc.get(),
                                "WebSvcExtRestrictionList",
                                SERVICE,
                                line.text(),
                                "expected 0 or 1 (prohibited or allowed), a comma and a path on each line");
                    continue;
                }
                boolean allowed = f[0].trim().equals("1");
                String path = f[1].trim();
                Origin origin =
                        here ? new Origin.SetHere(line.location()) : new Origin.Inherited(SERVICE, line.location());
                if (path.equals("*.dll")) isapi = Value.of(allowed, origin);
                else if (path.equals("*.exe")) cgi = Value.of(allowed, origin);
                else
                    entries.add(new WebServerScope.IsapiCgiRestriction.Entry(
                            path, allowed, f.length > 4 ? f[4].trim() : "", line.location()));
            }
            return new WebServerScope.IsapiCgiRestriction(isapi, cgi, entries);
        }

        /** MimeMap lines {@code .ext,type} written at this key; the service level also gets the global /LM/MimeMap. */
        private List<WebServerScope.MimeMap> mimeMaps(String key, boolean service) {
            List<WebServerScope.MimeMap> out = new ArrayList<>();
            List<XmlElement> sources = new ArrayList<>();
            if (service) values.key("/LM/MimeMap").ifPresent(sources::add);
            values.key(key).ifPresent(sources::add);
            for (XmlElement e : sources) {
                for (XmlElement.Line line : e.lines("MimeMap")) {
                    int comma = line.text().indexOf(',');
                    if (comma <= 0) continue;
                    out.add(new WebServerScope.MimeMap(
                            line.text().substring(0, comma).trim(),
                            line.text().substring(comma + 1).trim(),
                            line.location()));
                }
            }
            return out;
        }

        /** ISAPI filters: global (/LM/W3SVC/Filters/X) and per site (/LM/W3SVC/n/Filters/X), with their DLL. */
        private void filters() {
            for (String key : subtree(SERVICE)) {
                if (!type(key).equals("IIsFilter")) continue;
                XmlElement e = values.key(key).orElseThrow();
                Optional<String> path = e.attribute("FilterPath").filter(p -> !p.isBlank());
                if (path.isEmpty()) continue; // built-in (Compression): no DLL of its own
                String name = key.substring(key.lastIndexOf('/') + 1);
                int at = key.toLowerCase(Locale.ROOT).lastIndexOf("/filters/");
                filters.add(new Inventory.Component(
                        name, path.get(), at > 0 ? key.substring(0, at) : SERVICE, e.locationOf("FilterPath")));
                filterFlags.add(new Iis6.Filter(
                        key,
                        name,
                        path.get(),
                        e.location(),
                        values.own(key, "FilterFlags", FILTER_FLAGS).orElse(Value.notSet(key))));
            }
        }
    }
}
