package io.iislint.audit;

import io.iislint.finding.Severity;
import io.iislint.model.ApplicationPool;
import io.iislint.model.FastCgiApplication;
import io.iislint.model.IdentityType;
import io.iislint.model.Iis6;
import io.iislint.model.IisConfig;
import io.iislint.model.IisVersion;
import io.iislint.model.Inventory;
import io.iislint.model.Site;
import io.iislint.model.Value;
import io.iislint.model.WebConfigPlace;
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
import org.jspecify.annotations.Nullable;

/**
 * The pre-migration audit of one configuration file: an inventory of what runs on the server, and per site a
 * readiness verdict for IIS 10 and for Azure App Service, each check with its result and the line it rests on.
 * Only what the files can decide is checked; the rest is "unknown", never guessed. The checks are
 * {@link ReadinessChecks}, one class each (in {@code audit.iis10} and {@code audit.appservice}), each with its page in
 * the rule catalog; this class gathers what they read of each site and rolls their results up into verdicts.
 */
public final class Audit {

    /** INFO is advice for after the move: it is listed, and it does not change the verdict. */
    public enum Result {
        PASS,
        WARN,
        FAIL,
        UNKNOWN,
        INFO;

        /**
         * The result a check gives a site that does not pass, as its catalog entry records it in its severity: error
         * is fail, warning is warn, info is info. (Unknown is never a check's verdict of its own: the files say too little.)
         */
        public static Result whenNotPassed(Severity severity) {
            return switch (severity) {
                case ERROR -> FAIL;
                case WARNING -> WARN;
                case INFO -> INFO;
            };
        }
    }

    /** Any fail → NotReady; else any unknown → Unknown; else any warn → ConditionallyReady; else Ready. */
    public enum Verdict {
        Ready,
        ConditionallyReady,
        NotReady,
        Unknown
    }

    public record Check(String id, Result result, String detail, List<Location> evidence) {
        public Check {
            evidence = List.copyOf(new LinkedHashSet<>(evidence)); // one line once, however many values rest on it
        }
    }

    public record Readiness(String target, Verdict verdict, List<Check> checks) {}

    public record SiteAudit(Site site, List<String> pools, List<String> frameworks, List<Readiness> readiness) {
        /** The pools as reports list them; "unknown" stands for those of applications an export does not name. */
        public String poolsShown() {
            boolean unknown = site.applications().stream()
                    .anyMatch(a -> !a.applicationPool().isSet());
            if (!unknown) return String.join(", ", pools);
            return pools.isEmpty() ? "unknown" : String.join(", ", pools) + ", unknown";
        }
    }

    public record PoolInfo(
            String name,
            String identity,
            String bitness,
            String pipeline,
            String clr,
            List<String> sites,
            Location location) {}

    /**
     * A report of one file. {@code server}: for an applicationHost.config or an IIS 6 metabase, the server's IIS
     * version and the files of its configuration read with it (see {@link #onServers}); empty for the other files.
     */
    public record Report(
            String file,
            String kind,
            List<SiteAudit> sites,
            List<PoolInfo> pools,
            List<String> frameworks,
            List<Inventory.Component> isapiFilters,
            List<Inventory.Component> globalModules,
            List<Inventory.Component> connectionStrings,
            List<FastCgiApplication> fastCgi,
            List<Iis6.FcgiextSetting> fcgiextSettings,
            Optional<Server> server) {

        Report withServer(Server s) {
            return new Report(
                    file,
                    kind,
                    sites,
                    pools,
                    frameworks,
                    isapiFilters,
                    globalModules,
                    connectionStrings,
                    fastCgi,
                    fcgiextSettings,
                    Optional.of(s));
        }
    }

    /**
     * The IIS version a server's defaults are judged by and what decided it, as the check report's JSON gives it
     * ({@code iisVersion {release, decidedBy}}); {@code release} is empty when nothing decided it (IIS 10's defaults).
     */
    public record Version(Optional<String> release, String decidedBy) {
        static Version of(IisConfig c) {
            if (c.kind() == FileKind.METABASE) return new Version(Optional.of("IIS 6"), "an IIS 6 metabase");
            IisVersion v = c.iisVersion();
            return new Version(
                    v.release() == IisVersion.Release.UNKNOWN
                            ? Optional.empty()
                            : Optional.of(v.release().label()),
                    v.decidedBy());
        }

        /** "IIS 10 (configProtectedData lists IISCngProvider at line 12)", "unknown (nothing … shows it: …)". */
        public String display() {
            return release.orElse("unknown") + " (" + decidedBy + ")";
        }
    }

    /**
     * One file of a server's configuration that the audit read: its kind and, for a web.config the server places, the
     * site and the configuration path ({@code Site/app/dir}) it counts at; both empty otherwise.
     */
    public record ServerFile(String file, String kind, String site, String configPath) {
        /** How the text reports show where a web.config counts: "site Shop, Shop/api", "not placed on a site". */
        public String placeShown() {
            if (!kind.equals(FileKind.WEB_CONFIG.label())) return "";
            return site.isEmpty()
                    ? "not placed on a site (linted alone)"
                    : "site " + site + ", config path " + configPath;
        }
    }

    /** A server: the IIS version its defaults follow, and the files of its configuration read, its own first. */
    public record Server(Version iisVersion, List<ServerFile> files) {
        public Server {
            files = List.copyOf(files);
        }
    }

    /**
     * The reports of one run ({@code reports[i]} of {@code configs[i]}), each applicationHost.config's and metabase's
     * with its server: its IIS version and the files of its configuration among the inputs. A web.config belongs to
     * the server that places it; any other file (machine.config, the root web.config, redirection.config,
     * administration.config, a web.config no site holds) to the server whose folder holds it, the deepest one when
     * folders nest; an fcgiext.ini to the metabases of the run (IIS 6 FastCGI is server-wide).
     */
    public static List<Report> onServers(List<IisConfig> configs, List<Report> reports) {
        Map<String, List<ServerFile>> files = new LinkedHashMap<>();
        Map<String, java.nio.file.Path> folders = new LinkedHashMap<>();
        for (IisConfig c : configs) {
            if (c.kind() != FileKind.APPLICATION_HOST && c.kind() != FileKind.METABASE) continue;
            files.put(
                    c.file(),
                    new ArrayList<>(List.of(new ServerFile(c.file(), c.kind().label(), "", ""))));
            java.nio.file.Path folder =
                    java.nio.file.Path.of(c.file()).toAbsolutePath().normalize().getParent();
            if (c.kind() == FileKind.APPLICATION_HOST && folder != null) folders.put(c.file(), folder);
        }
        for (IisConfig c : configs) {
            if (files.containsKey(c.file()) || c.kind() == FileKind.APPCMD || c.kind() == FileKind.FRAGMENT) continue;
            if (c.kind() == FileKind.FCGIEXT) {
                for (IisConfig m : configs) {
                    if (m.kind() == FileKind.METABASE)
                        files.computeIfAbsent(m.file(), k -> new ArrayList<>())
                                .add(new ServerFile(c.file(), c.kind().label(), "", ""));
                }
                continue;
            }
            Optional<String> server = c.place().map(WebConfigPlace::server).filter(files::containsKey);
            if (server.isEmpty()) server = folderOf(c.file(), folders);
            if (server.isEmpty()) continue;
            files.computeIfAbsent(server.get(), k -> new ArrayList<>())
                    .add(new ServerFile(
                            c.file(),
                            c.kind().label(),
                            c.place().map(WebConfigPlace::site).orElse(""),
                            c.place().map(WebConfigPlace::configPath).orElse("")));
        }
        List<Report> out = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            Report r = reports.get(i);
            List<ServerFile> of = files.get(r.file());
            out.add(of == null ? r : r.withServer(new Server(Version.of(configs.get(i)), of)));
        }
        return out;
    }

    /** The applicationHost.config whose folder holds {@code file}, the deepest one; empty when none does. */
    private static Optional<String> folderOf(String file, Map<String, java.nio.file.Path> folders) {
        java.nio.file.Path p = java.nio.file.Path.of(file).toAbsolutePath().normalize();
        String best = null;
        int depth = -1;
        for (Map.Entry<String, java.nio.file.Path> e : folders.entrySet()) {
            if (p.startsWith(e.getValue()) && e.getValue().getNameCount() > depth) {
                best = e.getKey();
                depth = e.getValue().getNameCount();
            }
        }
        return Optional.ofNullable(best);
    }

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

    /**
     * What the fcgiext.ini files among {@code configs} say does not carry over, all together (IIS 6 FastCGI is
     * server-wide: the files of one run are one server's); empty when none of them is an fcgiext.ini.
     */
    public static Optional<List<Iis6.FcgiextSetting>> fcgiextSettings(List<IisConfig> configs) {
        Optional<List<Iis6.FcgiextSetting>> fcgiext = Optional.empty();
        for (IisConfig c : configs) {
            if (c.kind() != FileKind.FCGIEXT) continue;
            List<Iis6.FcgiextSetting> all = new ArrayList<>(fcgiext.orElse(List.of()));
            c.iis6().ifPresent(i -> all.addAll(i.fcgiextSettings()));
            fcgiext = Optional.of(all);
        }
        return fcgiext;
    }

    public Report run() {
        Map<String, List<String>> sitesByPool = new LinkedHashMap<>();
        for (Site s : config.sites()) {
            for (Site.Application a : s.applications()) {
                List<String> names =
                        sitesByPool.computeIfAbsent(poolName(a).toLowerCase(Locale.ROOT), k -> new ArrayList<>());
                if (!names.contains(s.name())) names.add(s.name());
            }
        }
        List<PoolInfo> pools = new ArrayList<>();
        for (ApplicationPool p : config.applicationPools()) {
            pools.add(new PoolInfo(
                    p.name(),
                    identity(p),
                    bitness(p),
                    p.managedPipelineMode().isSet()
                            ? p.managedPipelineMode().display()
                            : config.isIis6() ? "ISAPI (IIS 6)" : "unknown",
                    p.managedRuntimeVersion()
                            .known()
                            .map(v -> v.isEmpty() ? "none" : v)
                            .orElse("unknown"),
                    sitesByPool.getOrDefault(p.name().toLowerCase(Locale.ROOT), List.of()),
                    p.location()));
        }
        List<SiteAudit> sites = new ArrayList<>();
        Set<String> allFrameworks = new LinkedHashSet<>();
        for (SiteFacts facts : siteFacts()) {
            allFrameworks.addAll(facts.frameworks());
            List<Readiness> readiness = new ArrayList<>();
            for (Target target : Target.values()) {
                if (target.appliesTo(config)) readiness.add(readiness(target.label(), checks(target, facts)));
            }
            sites.add(new SiteAudit(facts.site(), facts.pools(), facts.frameworks(), readiness));
        }
        if (config.sites().isEmpty()) {
            // a web.config or a server without sites: what its handlers reveal still belongs in the inventory
            allFrameworks.addAll(frameworks(mappings(config.scopes()), List.of()));
        }
        Inventory inv = config.inventory();
        // a dropped value that IIS 7+ uses anyway carries over in effect: it is not listed
        List<Iis6.FcgiextSetting> settings = config.iis6().map(Iis6::fcgiextSettings).orElse(List.of()).stream()
                .filter(f -> f.migration() != Iis6.Migration.DROPPED_UNCHANGED)
                .toList();
        return new Report(
                config.file(),
                config.kind().label(),
                sites,
                pools,
                List.copyOf(allFrameworks),
                inv.isapiFilters(),
                inv.globalModules(),
                inv.connectionStrings(),
                config.fastCgiApplications(),
                settings,
                Optional.empty());
    }

    /** What every check reads of each site, in the file's order of sites. */
    List<SiteFacts> siteFacts() {
        List<SiteFacts> out = new ArrayList<>();
        for (Site s : config.sites()) {
            // IIS finds a pool by its name in any letter case: Shop and shop are one pool, named as first written
            List<String> poolNames = new ArrayList<>();
            for (Site.Application a : s.applications()) {
                if (!a.applicationPool().isSet()) continue; // an appcmd export's application naming none
                if (poolNames.stream().noneMatch(poolName(a)::equalsIgnoreCase)) poolNames.add(poolName(a));
            }
            List<WebServerScope> scopes = scopesOf(s);
            List<WebServerScope.HandlerMapping> handlers = handlers(s, scopes);
            out.add(new SiteFacts(config, s, poolNames, scopes, handlers, frameworks(handlers, poolNames), fcgiext));
        }
        return out;
    }

    /** The checks of one target that have something to judge in the site, in their order. */
    private static List<Check> checks(Target target, SiteFacts facts) {
        List<Check> out = new ArrayList<>();
        for (ReadinessCheck c : ReadinessChecks.all()) {
            if (c.target() == target && c.appliesTo(facts)) out.add(c.evaluate(facts));
        }
        return out;
    }

    /**
     * The readers of full files default an application's pool (to DefaultAppPool); an appcmd export does not hold
     * the defaults, and "" names no pool.
     */
    private static String poolName(Site.Application a) {
        return a.applicationPool().known().orElse("");
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
        if (t.known().isEmpty()) return "unknown";
        String user = p.processModel().userName().known().orElse("");
        return t.is(IdentityType.SpecificUser) && !user.isEmpty() ? user : t.display();
    }

    /** Every handler mapping that applies somewhere in the site (its root and its applications); {@code scopes}: those that govern it. */
    private List<WebServerScope.HandlerMapping> handlers(Site s, List<WebServerScope> scopes) {
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
        List<WebServerScope> keys = scopes.stream()
                .filter(k -> k.kind() == WebServerScope.Kind.METABASE_KEY)
                .toList();
        List<WebServerScope> served = keys.stream()
                .filter(k -> {
                    String p = k.path().toLowerCase(Locale.ROOT);
                    return p.equals(root) || p.startsWith(root + "/");
                })
                .toList();
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
    private @Nullable Map<String, List<WebServerScope>> scopeIndex;

    private Map<String, List<WebServerScope>> indexScopes() {
        Map<String, List<WebServerScope>> index = new LinkedHashMap<>();
        for (WebServerScope scope : config.scopes()) {
            String p = scope.path().toLowerCase(Locale.ROOT);
            String slot = switch (scope.kind()) {
                case SERVER, METABASE_SERVICE, WEB_CONFIG, MACHINE, WEBROOT -> "";
                case LOCATION -> "location:" + firstSegment(p, 0);
                case METABASE_KEY ->
                    p.startsWith("/lm/w3svc/") ? "key:" + firstSegment(p, "/lm/w3svc/".length()) : null;
            };
            if (slot != null)
                index.computeIfAbsent(slot, k -> new ArrayList<>()).add(scope);
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
            else if (p.contains("iisnode")
                    || h.modules().toLowerCase(Locale.ROOT).contains("iisnode")) out.add("Node.js");
            else if (p.endsWith("fcgiext.dll")) out.add("FastCGI (IIS 6 extension)");
            else if (h.usesModule("CgiModule") && !p.isEmpty()) out.add("CGI");
        }
        for (String pool : pools) {
            config.applicationPool(pool)
                    .flatMap(p -> p.managedRuntimeVersion().known())
                    .filter(v -> !v.isEmpty())
                    .ifPresent(v -> out.add("ASP.NET (CLR " + v + ")"));
        }
        if (out.contains("ASP.NET") && out.stream().anyMatch(f -> f.startsWith("ASP.NET (CLR"))) out.remove("ASP.NET");
        return List.copyOf(out);
    }
}
