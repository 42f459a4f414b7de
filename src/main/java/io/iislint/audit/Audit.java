package io.iislint.audit;

import io.iislint.model.ApplicationPool;
import io.iislint.model.FastCgiApplication;
import io.iislint.model.IdentityType;
import io.iislint.model.Iis6;
import io.iislint.model.IisConfig;
import io.iislint.model.Inventory;
import io.iislint.model.Site;
import io.iislint.model.Value;
import io.iislint.model.WebServerScope;
import io.iislint.source.FileKind;
import io.iislint.source.Location;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The pre-migration audit of one configuration file: an inventory of what runs on the server, and per site a
 * readiness verdict for IIS 10 and for Azure App Service, each check with its result and the line it rests on.
 * Only what the files can decide is checked; the rest is "unknown", never guessed.
 */
public final class Audit {

    /** INFO is advice for after the move: it is listed, and it does not change the verdict. */
    public enum Result { PASS, WARN, FAIL, UNKNOWN, INFO }

    /** Any fail → NotReady; else any unknown → Unknown; else any warn → ConditionallyReady; else Ready. */
    public enum Verdict { Ready, ConditionallyReady, NotReady, Unknown }

    public record Check(String id, Result result, String detail, List<Location> evidence) {
        public Check {
            evidence = List.copyOf(new LinkedHashSet<>(evidence)); // one line once, however many values rest on it
        }
    }

    public record Readiness(String target, Verdict verdict, List<Check> checks) {}

    public record SiteAudit(Site site, List<String> pools, List<String> frameworks, List<Readiness> readiness) {}

    public record PoolInfo(String name, String identity, String bitness, String pipeline, String clr, List<String> sites, Location location) {}

    public record Report(String file, String kind, List<SiteAudit> sites, List<PoolInfo> pools, List<String> frameworks,
                         List<Inventory.Component> isapiFilters, List<Inventory.Component> globalModules,
                         List<Inventory.Component> connectionStrings, List<FastCgiApplication> fastCgi,
                         List<Iis6.FcgiextSetting> fcgiextSettings) {}

    /** Modules App Service's own applicationHost.config provides (the migration assistant's allow-list, by name). */
    static final Set<String> ALLOWED_MODULES = Set.of(
            "uricachemodule", "filecachemodule", "tokencachemodule", "httpcachemodule", "dynamiccompressionmodule",
            "staticcompressionmodule", "defaultdocumentmodule", "directorylistingmodule", "protocolsupportmodule",
            "httpredirectionmodule", "serversideincludemodule", "staticfilemodule", "anonymousauthenticationmodule",
            "certificatemappingauthenticationmodule", "urlauthorizationmodule", "basicauthenticationmodule",
            "windowsauthenticationmodule", "digestauthenticationmodule", "iiscertificatemappingauthenticationmodule",
            "customerrormodule", "isapimodule", "httploggingmodule", "loggingmodule", "cgimodule", "fastcgimodule",
            "configurationvalidationmodule", "requestfilteringmodule", "customloggingmodule", "failedrequeststracingmodule",
            "requestmonitormodule", "tracingmodule", "isapifiltermodule", "managedengine", "managedengine64",
            "managedenginev4.0_32bit", "managedenginev4.0_64bit", "managedenginev2.0_32bit", "managedenginev2.0_64bit",
            "rewritemodule", "applicationrequestrouting", "aspnetcoremodule", "aspnetcoremodulev2", "iisnode",
            "modsecurity iis (32bits)", "modsecurity iis (64bits)", "httpplatformhandler", "websocketmodule",
            "webdavmodule", "applicationinitializationmodule", "dynamicipsecuritymodule", "iprestrictionmodule");

    private final IisConfig config;
    private final Optional<List<Iis6.FcgiextSetting>> fcgiext;

    /**
     * {@code fcgiext}: the settings that do not carry over, from the fcgiext.ini audited in the same run (IIS 6
     * FastCGI is server-wide); empty when no fcgiext.ini was given, so that what it would say stays unknown.
     */
    public Audit(IisConfig config, Optional<List<Iis6.FcgiextSetting>> fcgiext) {
        this.config = config;
        this.fcgiext = fcgiext.map(List::copyOf);
    }

    public Report run() {
        Map<String, List<String>> sitesByPool = new LinkedHashMap<>();
        for (Site s : config.sites()) {
            for (Site.Application a : s.applications()) {
                List<String> names = sitesByPool.computeIfAbsent(a.applicationPool().value().toLowerCase(Locale.ROOT), k -> new ArrayList<>());
                if (!names.contains(s.name())) names.add(s.name());
            }
        }
        List<PoolInfo> pools = new ArrayList<>();
        for (ApplicationPool p : config.applicationPools()) {
            pools.add(new PoolInfo(p.name(), identity(p), bitness(p),
                    p.managedPipelineMode().isSet() ? p.managedPipelineMode().display() : config.isIis6() ? "ISAPI (IIS 6)" : "unknown",
                    p.managedRuntimeVersion().isSet() ? (p.managedRuntimeVersion().value().isEmpty() ? "none" : p.managedRuntimeVersion().value()) : "unknown",
                    sitesByPool.getOrDefault(p.name().toLowerCase(Locale.ROOT), List.of()), p.location()));
        }
        List<SiteAudit> sites = new ArrayList<>();
        Set<String> allFrameworks = new LinkedHashSet<>();
        for (Site s : config.sites()) {
            List<String> poolNames = new ArrayList<>();
            for (Site.Application a : s.applications()) {
                if (!poolNames.contains(a.applicationPool().value())) poolNames.add(a.applicationPool().value());
            }
            List<WebServerScope.HandlerMapping> handlers = handlers(s);
            List<String> frameworks = frameworks(handlers, poolNames);
            allFrameworks.addAll(frameworks);
            List<Readiness> readiness = new ArrayList<>();
            if (config.isIis6()) readiness.add(readiness("IIS 10", iis10(s, poolNames, handlers)));
            readiness.add(readiness("Azure App Service", azure(s, poolNames, handlers, frameworks)));
            sites.add(new SiteAudit(s, poolNames, frameworks, readiness));
        }
        if (config.sites().isEmpty()) {
            // a web.config or a server without sites: what its handlers reveal still belongs in the inventory
            allFrameworks.addAll(frameworks(mappings(config.scopes()), List.of()));
        }
        Inventory inv = config.inventory();
        // a dropped value that IIS 7+ uses anyway carries over in effect: it is not listed
        List<Iis6.FcgiextSetting> settings = config.iis6().map(Iis6::fcgiextSettings).orElse(List.of()).stream()
                .filter(f -> f.migration() != Iis6.Migration.DROPPED_UNCHANGED).toList();
        return new Report(config.file(), config.kind().label(), sites, pools, List.copyOf(allFrameworks), inv.isapiFilters(),
                inv.globalModules(), inv.connectionStrings(), config.fastCgiApplications(), settings);
    }

    private static Readiness readiness(String target, List<Check> checks) {
        Verdict v = Verdict.Ready;
        if (checks.stream().anyMatch(c -> c.result() == Result.FAIL)) v = Verdict.NotReady;
        else if (checks.stream().anyMatch(c -> c.result() == Result.UNKNOWN)) v = Verdict.Unknown;
        else if (checks.stream().anyMatch(c -> c.result() == Result.WARN)) v = Verdict.ConditionallyReady;
        return new Readiness(target, v, checks);
    }

    /** enable32BitAppOnWin64 off means the OS's own bitness, which a configuration file does not state. */
    private static String bitness(ApplicationPool p) {
        if (!p.enable32BitAppOnWin64().isSet()) return "unknown";
        return p.is32Bit() ? "32-bit" : "native (32-bit mode off)";
    }

    private static String identity(ApplicationPool p) {
        Value<IdentityType> t = p.processModel().identityType();
        if (!t.isSet()) return "unknown";
        String user = p.processModel().userName().isSet() ? p.processModel().userName().value() : "";
        return t.value() == IdentityType.SpecificUser && !user.isEmpty() ? user : t.display();
    }

    /** Every handler mapping that applies somewhere in the site (its root and its applications). */
    private List<WebServerScope.HandlerMapping> handlers(Site s) {
        List<WebServerScope> scopes = scopesOf(s);
        return mappings(config.isIis6() ? servingKeys(s, scopes) : scopes);
    }

    /** The scopes' handler mappings, each once: an inherited mapping appears in every scope below the one that writes it. */
    private static List<WebServerScope.HandlerMapping> mappings(List<WebServerScope> scopes) {
        Map<Location, WebServerScope.HandlerMapping> out = new LinkedHashMap<>();
        for (WebServerScope scope : scopes) {
            for (WebServerScope.HandlerMapping h : scope.handlers().mappings()) out.putIfAbsent(h.location(), h);
        }
        return List.copyOf(out.values());
    }

    /**
     * An IIS 6 key's scope holds its effective script maps (the nearest list written, which replaces any list
     * above it). Requests are served from ROOT and the keys below it, so theirs are the lists that apply; the
     * service's list reaches the site only through them.
     */
    private static List<WebServerScope> servingKeys(Site s, List<WebServerScope> scopes) {
        String root = "/lm/w3svc/" + s.id().toLowerCase(Locale.ROOT) + "/root";
        List<WebServerScope> keys = scopes.stream().filter(k -> k.kind() == WebServerScope.Kind.METABASE_KEY).toList();
        List<WebServerScope> served = keys.stream().filter(k -> {
            String p = k.path().toLowerCase(Locale.ROOT);
            return p.equals(root) || p.startsWith(root + "/");
        }).toList();
        return !served.isEmpty() ? served : !keys.isEmpty() ? keys : scopes;
    }

    /** The scopes that govern a site: the server level and every scope at or below the site. */
    private List<WebServerScope> scopesOf(Site s) {
        if (scopeIndex == null) scopeIndex = indexScopes();
        List<WebServerScope> out = new ArrayList<>(scopeIndex.getOrDefault("", List.of()));
        out.addAll(scopeIndex.getOrDefault("key:" + s.id().toLowerCase(Locale.ROOT), List.of()));
        out.addAll(scopeIndex.getOrDefault("location:" + s.name().toLowerCase(Locale.ROOT), List.of()));
        return out;
    }

    /** Scopes by what they govern, built once: "" for the whole server, "key:ID" below /LM/W3SVC/ID, "location:SITE" for a site's location paths. */
    private Map<String, List<WebServerScope>> scopeIndex;

    private Map<String, List<WebServerScope>> indexScopes() {
        Map<String, List<WebServerScope>> index = new LinkedHashMap<>();
        for (WebServerScope scope : config.scopes()) {
            String p = scope.path().toLowerCase(Locale.ROOT);
            String slot = switch (scope.kind()) {
                case SERVER, METABASE_SERVICE, WEB_CONFIG -> "";
                case LOCATION -> "location:" + firstSegment(p, 0);
                case METABASE_KEY -> p.startsWith("/lm/w3svc/") ? "key:" + firstSegment(p, "/lm/w3svc/".length()) : null;
            };
            if (slot != null) index.computeIfAbsent(slot, k -> new ArrayList<>()).add(scope);
        }
        return index;
    }

    private static String firstSegment(String path, int from) {
        int slash = path.indexOf('/', from);
        return slash < 0 ? path.substring(from) : path.substring(from, slash);
    }

    /** Frameworks revealed by the handlers: ASP, ASP.NET (with its CLR), PHP, Python, Node, CGI, FastCGI. */
    private List<String> frameworks(List<WebServerScope.HandlerMapping> handlers, List<String> pools) {
        Set<String> out = new LinkedHashSet<>();
        for (WebServerScope.HandlerMapping h : handlers) {
            String p = h.scriptProcessor().toLowerCase(Locale.ROOT);
            String path = h.path().toLowerCase(Locale.ROOT);
            if (p.endsWith("asp.dll")) out.add("ASP");
            else if (p.endsWith("aspnet_isapi.dll")) out.add("ASP.NET");
            else if (p.contains("php")) out.add("PHP");
            else if (p.contains("python") || p.contains("wfastcgi") || path.endsWith(".py")) out.add("Python");
            else if (p.contains("iisnode") || h.modules().toLowerCase(Locale.ROOT).contains("iisnode")) out.add("Node.js");
            else if (p.endsWith("fcgiext.dll")) out.add("FastCGI (IIS 6 extension)");
            else if (h.usesModule("CgiModule") && !p.isEmpty()) out.add("CGI");
        }
        for (String pool : pools) {
            config.applicationPool(pool).map(ApplicationPool::managedRuntimeVersion).filter(Value::isSet)
                    .filter(v -> !v.value().isEmpty()).ifPresent(v -> out.add("ASP.NET (CLR " + v.value() + ")"));
        }
        if (out.contains("ASP.NET") && out.stream().anyMatch(f -> f.startsWith("ASP.NET (CLR"))) out.remove("ASP.NET");
        return List.copyOf(out);
    }

    // ---- IIS 6 → IIS 10 ----

    private List<Check> iis10(Site s, List<String> pools, List<WebServerScope.HandlerMapping> handlers) {
        List<Check> checks = new ArrayList<>();
        Iis6 iis6 = config.iis6().orElseThrow();
        Value<Boolean> iso = iis6.iis5IsolationMode();
        checks.add(!iso.isSet() ? new Check("Iis5IsolationMode", Result.UNKNOWN, "IIs5IsolationModeEnabled is not set on /LM/W3SVC", List.of(iis6.service()))
                : iso.value() ? new Check("Iis5IsolationMode", Result.FAIL, "the server runs in IIS 5.0 isolation mode, which IIS 7+ does not have", loc(iso, iis6.service()))
                : new Check("Iis5IsolationMode", Result.PASS, "worker process isolation mode", loc(iso, iis6.service())));

        List<Location> legacy = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (WebServerScope scope : scopesOf(s)) {
            Value<String> user = scope.anonymousAuthentication().userName();
            if (user.isSet() && legacyAccount(user.value())) {
                legacy.addAll(loc(user, scope.location()));
                if (!names.contains(user.value())) names.add(user.value());
            }
        }
        for (String pool : pools) {
            config.applicationPool(pool).ifPresent(p -> {
                Value<String> user = p.processModel().userName();
                if (user.isSet() && legacyAccount(user.value())) {
                    legacy.addAll(loc(user, p.location()));
                    if (!names.contains(user.value())) names.add(user.value());
                }
            });
        }
        checks.add(legacy.isEmpty() ? new Check("LegacyAccounts", Result.PASS, "no IUSR_<machine>, IWAM_<machine> or IIS_WPG reference", List.of())
                : new Check("LegacyAccounts", Result.WARN, String.join(", ", names) + ": IIS 7+ uses the built-in IUSR account and IIS_IUSRS group"
                        + " instead; set file permissions for those", legacy));

        boolean fastCgi = handlers.stream().anyMatch(h -> h.scriptProcessor().toLowerCase(Locale.ROOT).endsWith("fcgiext.dll"));
        if (fastCgi && fcgiext.isEmpty()) {
            checks.add(new Check("FcgiextSettings", Result.UNKNOWN,
                    "the site uses the FastCGI extension; audit its fcgiext.ini with this file to judge what carries over", List.of()));
        } else if (fastCgi) {
            List<Location> dropped = new ArrayList<>();
            for (Iis6.FcgiextSetting f : fcgiext.get()) {
                if (f.migration() == Iis6.Migration.DROPPED && f.appliesToSite(s.id())) dropped.add(f.location());
            }
            checks.add(dropped.isEmpty() ? new Check("FcgiextSettings", Result.PASS, "every fcgiext.ini setting the site's [Types] reach carries over", List.of())
                    : new Check("FcgiextSettings", Result.WARN, dropped.size() + " fcgiext.ini setting(s) are dropped on the way to IIS 7+ (see IIS-307)", dropped));
        }

        List<Location> clr11 = new ArrayList<>();
        List<Location> bit32 = new ArrayList<>();
        List<Location> system = new ArrayList<>();
        List<Location> builtIn = new ArrayList<>();
        for (String pool : pools) {
            config.applicationPool(pool).ifPresent(p -> {
                Value<String> clr = p.managedRuntimeVersion();
                if (clr.isSet() && clr.value().startsWith("v1.")) clr11.addAll(loc(clr, p.location()));
                if (p.enable32BitAppOnWin64().isSet() && p.is32Bit()) bit32.addAll(loc(p.enable32BitAppOnWin64(), p.location()));
                Value<IdentityType> id = p.processModel().identityType();
                if (id.isSet() && id.value() == IdentityType.LocalSystem) system.addAll(loc(id, p.location()));
                if (id.isSet() && (id.value() == IdentityType.NetworkService || id.value() == IdentityType.LocalService)) {
                    builtIn.addAll(loc(id, p.location()));
                }
            });
        }
        checks.add(clr11.isEmpty() ? new Check("Clr11", Result.PASS, "no ASP.NET 1.x script map", List.of())
                : new Check("Clr11", Result.FAIL, "ASP.NET 1.1 does not run on IIS 10 (32-bit only, unsupported): move the application to .NET 4.x", clr11));
        checks.add(bit32.isEmpty() ? new Check("ThirtyTwoBit", Result.PASS, "no 32-bit-only worker process", List.of())
                : new Check("ThirtyTwoBit", Result.WARN, "32-bit worker processes: on 64-bit IIS 10 the pool needs enable32BitAppOnWin64", bit32));
        List<Location> classic = new ArrayList<>();
        for (WebServerScope.HandlerMapping h : handlers) {
            if (h.path().equals("*") && h.scriptProcessor().toLowerCase(Locale.ROOT).endsWith(".dll")) classic.add(h.location());
        }
        classic.addAll(clr11);
        checks.add(classic.isEmpty() ? new Check("ClassicPipeline", Result.PASS, "nothing found that needs the Classic pipeline", List.of())
                : new Check("ClassicPipeline", Result.WARN, "wildcard ISAPI maps or ASP.NET 1.x: these applications need a Classic-pipeline pool", classic));
        checks.add(system.isEmpty() ? new Check("LocalSystemPool", Result.PASS, "no pool runs as LocalSystem", List.of())
                : new Check("LocalSystemPool", Result.WARN, "a pool runs as LocalSystem; IIS 10 pools should use ApplicationPoolIdentity", system));
        // NetworkService is IIS 6's recommended identity (nothing to fix there), and IIS 10 runs a pool as it: advice only
        checks.add(builtIn.isEmpty() ? new Check("BuiltInPoolIdentity", Result.PASS, "no pool runs as NetworkService or LocalService", List.of())
                : new Check("BuiltInPoolIdentity", Result.INFO, "pools run as NetworkService or LocalService, accounts every such pool shares:"
                        + " after the move, give each pool its own identity with ApplicationPoolIdentity (the IIS 7.5+ default)", builtIn));
        List<Location> filters = new ArrayList<>();
        for (Inventory.Component f : filtersFor(s)) if (!f.name().toLowerCase(Locale.ROOT).startsWith("asp.net")) filters.add(f.location());
        checks.add(filters.isEmpty() ? new Check("CustomIsapiFilters", Result.PASS, "no custom ISAPI filter", List.of())
                : new Check("CustomIsapiFilters", Result.WARN, "custom ISAPI filters must be checked for IIS 10 (64-bit, worker-process mode) or replaced by modules", filters));
        return checks;
    }

    private static boolean legacyAccount(String user) {
        String u = user.toUpperCase(Locale.ROOT);
        int slash = u.lastIndexOf('\\');
        String name = slash >= 0 ? u.substring(slash + 1) : u;
        return name.startsWith("IUSR_") || name.startsWith("IWAM_") || name.equals("IIS_WPG");
    }

    private List<Inventory.Component> filtersFor(Site s) {
        List<Inventory.Component> out = new ArrayList<>();
        String siteKey = "/lm/w3svc/" + s.id().toLowerCase(Locale.ROOT);
        for (Inventory.Component f : config.inventory().isapiFilters()) {
            String scope = f.scope().toLowerCase(Locale.ROOT);
            if (scope.isEmpty() || scope.equals("/lm/w3svc") || scope.equals(siteKey) || scope.equals(s.name().toLowerCase(Locale.ROOT))
                    || scope.startsWith(s.name().toLowerCase(Locale.ROOT) + "/")) {
                out.add(f);
            }
        }
        return out;
    }

    private static List<Location> loc(Value<?> v, Location fallback) {
        return List.of(v.location().orElse(fallback));
    }

    // ---- Azure App Service ----

    private List<Check> azure(Site s, List<String> pools, List<WebServerScope.HandlerMapping> handlers, List<String> frameworks) {
        List<Check> checks = new ArrayList<>();
        List<Location> https = new ArrayList<>();
        List<Location> protocols = new ArrayList<>();
        List<Location> ports = new ArrayList<>();
        for (Site.Binding b : s.bindings()) {
            String p = b.protocol().toLowerCase(Locale.ROOT);
            if (p.equals("https")) https.add(b.location());
            if (!p.equals("http") && !p.equals("https")) protocols.add(b.location());
            else if (b.endpoint().isPresent() && b.endpoint().get().port() != 80 && b.endpoint().get().port() != 443) ports.add(b.location());
        }
        checks.add(https.isEmpty() ? new Check("HttpsBinding", Result.PASS, "no https binding", List.of())
                : new Check("HttpsBinding", Result.WARN, "https bindings: upload the certificate to App Service after migration", https));
        checks.add(protocols.isEmpty() ? new Check("Protocol", Result.PASS, "http/https only", List.of())
                : new Check("Protocol", Result.FAIL, "bindings with protocols App Service does not serve (net.tcp, net.pipe, msmq, ftp, …)", protocols));
        checks.add(ports.isEmpty() ? new Check("TcpPort", Result.PASS, "ports 80 and 443 only", List.of())
                : new Check("TcpPort", Result.WARN, "ports other than 80/443: App Service listens on 80 and 443 only", ports));
        List<Location> tags = new ArrayList<>();
        for (WebServerScope scope : scopesOf(s)) if (scope.kind() == WebServerScope.Kind.LOCATION) tags.add(scope.location());
        if (!config.isIis6()) {
            checks.add(tags.isEmpty() ? new Check("LocationTag", Result.PASS, "no <location> tag for the site in applicationHost.config", List.of())
                    : new Check("LocationTag", Result.FAIL, "<location> tags for the site: App Service writes its own applicationHost.config; move the settings to web.config", tags));
        }
        List<Location> poolLocs = new ArrayList<>();
        for (Site.Application a : s.applications()) poolLocs.addAll(loc(a.applicationPool(), a.location()));
        checks.add(pools.size() <= 1 ? new Check("AppPool", Result.PASS, "one application pool", List.of())
                : new Check("AppPool", Result.FAIL, "the site's applications use " + pools.size() + " pools (" + String.join(", ", pools)
                        + "); an App Service app has one", poolLocs));
        List<Location> identities = new ArrayList<>();
        boolean unknownIdentity = false;
        for (String pool : pools) {
            var p = config.applicationPool(pool);
            if (p.isEmpty()) {
                unknownIdentity = true;
                continue;
            }
            Value<IdentityType> id = p.get().processModel().identityType();
            if (!id.isSet()) unknownIdentity = true;
            else if (id.value() == IdentityType.LocalSystem || id.value() == IdentityType.SpecificUser) identities.addAll(loc(id, p.get().location()));
        }
        checks.add(!identities.isEmpty() ? new Check("AppPoolIdentity", Result.FAIL, "pools run as LocalSystem or a named account; App Service runs the app under its own identity", identities)
                : unknownIdentity ? new Check("AppPoolIdentity", Result.UNKNOWN, "a pool of the site is not in this file", List.of())
                : new Check("AppPoolIdentity", Result.PASS, "ApplicationPoolIdentity, NetworkService or LocalService", List.of()));
        List<Location> unc = new ArrayList<>();
        for (Site.Application a : s.applications()) {
            for (Site.VirtualDirectory v : a.virtualDirectories()) {
                String p = v.physicalPath();
                if ((p.startsWith("\\\\") && !p.startsWith("\\\\?\\")) || p.toUpperCase(Locale.ROOT).startsWith("\\\\?\\UNC\\")) unc.add(v.location());
            }
        }
        checks.add(unc.isEmpty() ? new Check("VirtualDirectory", Result.PASS, "no UNC content path", List.of())
                : new Check("VirtualDirectory", Result.FAIL, "content on UNC shares: App Service cannot reach them; copy the content into the app", unc));
        List<Location> modules = new ArrayList<>();
        for (Inventory.Component m : config.inventory().globalModules()) {
            if (!ALLOWED_MODULES.contains(m.name().toLowerCase(Locale.ROOT))) modules.add(m.location());
        }
        checks.add(modules.isEmpty() ? new Check("GlobalModule", Result.PASS, "no global module outside App Service's set", List.of())
                : new Check("GlobalModule", Result.FAIL, "global modules App Service does not provide", modules));
        List<Location> filters = new ArrayList<>();
        for (Inventory.Component f : filtersFor(s)) if (!f.name().toLowerCase(Locale.ROOT).startsWith("asp.net")) filters.add(f.location());
        checks.add(filters.isEmpty() ? new Check("IsapiFilter", Result.PASS, "no ISAPI filter other than ASP.NET's", List.of())
                : new Check("IsapiFilter", Result.FAIL, "ISAPI filters cannot be installed on App Service", filters));
        List<Location> auth = new ArrayList<>();
        List<String> methods = new ArrayList<>();
        String siteKey = "/lm/w3svc/" + s.id().toLowerCase(Locale.ROOT);
        for (Inventory.Authentication a : config.inventory().authentication()) {
            String scope = a.scope().toLowerCase(Locale.ROOT);
            String name = s.name().toLowerCase(Locale.ROOT);
            if (scope.isEmpty() || scope.equals("/lm/w3svc") || scope.equals(siteKey) || scope.startsWith(siteKey + "/")
                    || scope.equals(name) || scope.startsWith(name + "/")) {
                auth.add(a.location());
                if (!methods.contains(a.method())) methods.add(a.method());
            }
        }
        checks.add(auth.isEmpty() ? new Check("Auth", Result.PASS, "anonymous authentication only", List.of())
                : new Check("Auth", Result.FAIL, String.join(", ", methods) + " authentication: not available on App Service; use App Service authentication (Entra ID)", auth));
        List<String> other = frameworks.stream().filter(f -> !f.startsWith("ASP.NET") && !f.equals("ASP")).toList();
        boolean oldClr = frameworks.stream().anyMatch(f -> f.startsWith("ASP.NET (CLR v1."));
        List<Location> fw = new ArrayList<>();
        for (WebServerScope.HandlerMapping h : handlers) {
            String p = h.scriptProcessor().toLowerCase(Locale.ROOT);
            if (p.contains("php") || p.contains("python") || p.contains("iisnode") || p.endsWith("fcgiext.dll") || p.endsWith(".exe")) fw.add(h.location());
        }
        checks.add(other.isEmpty() && !oldClr ? new Check("Framework", Result.PASS, frameworks.isEmpty() ? "static content only" : String.join(", ", frameworks), List.of())
                : new Check("Framework", Result.WARN, String.join(", ", frameworks) + ": pick the matching App Service stack"
                        + (oldClr ? "; ASP.NET 1.x is not offered" : ""), fw));
        List<Location> conn = new ArrayList<>();
        for (Inventory.Component c : config.inventory().connectionStrings()) conn.add(c.location());
        // an applicationHost.config rarely holds them: they live in the sites' web.config files, not read here
        boolean wholeStory = config.isIis6() || config.kind() == FileKind.WEB_CONFIG;
        checks.add(!conn.isEmpty() ? new Check("ConnectionStrings", Result.WARN, conn.size()
                        + " connection string(s) in configuration: move them to App Service settings", conn)
                : wholeStory ? new Check("ConnectionStrings", Result.PASS, "no connection string in this file", List.of())
                : new Check("ConnectionStrings", Result.UNKNOWN, "connection strings live in the sites' web.config files: audit them too", List.of()));
        return checks;
    }
}
