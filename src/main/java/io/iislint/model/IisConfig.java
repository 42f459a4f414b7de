package io.iislint.model;

import io.iislint.source.FileKind;
import io.iislint.source.Location;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The resolved model of one configuration file: every value is the one IIS would use, with its origin. Rules
 * read only this. Sections the file does not hold are empty lists / {@link Optional#empty()}, so a rule can
 * tell "no pools" from "pools not in this file".
 */
public final class IisConfig {
    private final String file;
    private final FileKind kind;
    private final Optional<Location> applicationPoolsSection;
    private final List<ApplicationPool> applicationPools;
    private final Optional<Location> sitesSection;
    private final List<Site> sites;
    private final Optional<Location> fastCgiSection;
    private final List<FastCgiApplication> fastCgiApplications;
    private final List<WebServerScope> scopes;
    private final List<ConfigProblem> problems;
    private final Inventory inventory;
    private final java.util.Optional<Iis6> iis6;
    private final ServerFacts server;
    // Indexes, so that rules looking up a pool or a path stay linear in the size of the file.
    private final Map<String, ApplicationPool> poolsByName = new HashMap<>();
    private final Map<String, WebServerScope> scopesByPath = new HashMap<>();
    private final List<Scoped<WebServerScope.HandlerMapping>> distinctHandlerMappings;
    private final List<Scoped<WebServerScope.MimeMap>> distinctMimeMaps;

    public IisConfig(
            String file,
            FileKind kind,
            Optional<Location> applicationPoolsSection,
            List<ApplicationPool> applicationPools,
            Optional<Location> sitesSection,
            List<Site> sites,
            Optional<Location> fastCgiSection,
            List<FastCgiApplication> fastCgiApplications,
            List<WebServerScope> scopes,
            List<ConfigProblem> problems) {
        this(
                file,
                kind,
                applicationPoolsSection,
                applicationPools,
                sitesSection,
                sites,
                fastCgiSection,
                fastCgiApplications,
                scopes,
                problems,
                Inventory.EMPTY,
                Optional.empty());
    }

    public IisConfig(
            String file,
            FileKind kind,
            Optional<Location> applicationPoolsSection,
            List<ApplicationPool> applicationPools,
            Optional<Location> sitesSection,
            List<Site> sites,
            Optional<Location> fastCgiSection,
            List<FastCgiApplication> fastCgiApplications,
            List<WebServerScope> scopes,
            List<ConfigProblem> problems,
            Inventory inventory,
            Optional<Iis6> iis6) {
        this(
                file,
                kind,
                applicationPoolsSection,
                applicationPools,
                sitesSection,
                sites,
                fastCgiSection,
                fastCgiApplications,
                scopes,
                problems,
                inventory,
                iis6,
                ServerFacts.NONE);
    }

    /** @param server what the file's model holds about the server around it */
    public IisConfig(
            String file,
            FileKind kind,
            Optional<Location> applicationPoolsSection,
            List<ApplicationPool> applicationPools,
            Optional<Location> sitesSection,
            List<Site> sites,
            Optional<Location> fastCgiSection,
            List<FastCgiApplication> fastCgiApplications,
            List<WebServerScope> scopes,
            List<ConfigProblem> problems,
            Inventory inventory,
            Optional<Iis6> iis6,
            ServerFacts server) {
        this.server = server;
        this.inventory = inventory;
        this.iis6 = iis6;
        this.file = file;
        this.kind = kind;
        this.applicationPoolsSection = applicationPoolsSection;
        this.applicationPools = List.copyOf(applicationPools);
        this.sitesSection = sitesSection;
        this.sites = List.copyOf(sites);
        this.fastCgiSection = fastCgiSection;
        this.fastCgiApplications = List.copyOf(fastCgiApplications);
        this.scopes = List.copyOf(scopes);
        this.problems = List.copyOf(problems);
        for (ApplicationPool p : this.applicationPools)
            poolsByName.putIfAbsent(p.name().toLowerCase(Locale.ROOT), p);
        for (WebServerScope s : this.scopes) {
            if (s.kind() == WebServerScope.Kind.SERVER || s.kind() == WebServerScope.Kind.LOCATION)
                scopesByPath.putIfAbsent(s.path().toLowerCase(Locale.ROOT), s);
        }
        this.distinctHandlerMappings = distinct(
                this.scopes, s -> s.handlers().mappings(), WebServerScope.HandlerMapping::location, server.above());
        this.distinctMimeMaps = distinct(
                this.scopes, s -> s.staticContent().mimeMaps(), WebServerScope.MimeMap::location, server.above());
    }

    public String file() {
        return file;
    }

    public FileKind kind() {
        return kind;
    }

    public Optional<Location> applicationPoolsSection() {
        return applicationPoolsSection;
    }

    public List<ApplicationPool> applicationPools() {
        return applicationPools;
    }

    public Optional<Location> sitesSection() {
        return sitesSection;
    }

    public List<Site> sites() {
        return sites;
    }

    public Optional<Location> fastCgiSection() {
        return fastCgiSection;
    }

    public List<FastCgiApplication> fastCgiApplications() {
        return fastCgiApplications;
    }

    public List<WebServerScope> scopes() {
        return scopes;
    }

    public List<ConfigProblem> problems() {
        return problems;
    }

    public Inventory inventory() {
        return inventory;
    }

    /** IIS 6 settings with no IIS 7+ counterpart; present only for a MetaBase.xml or an fcgiext.ini. */
    /** An applicationHost.config's section declarations and override modes (empty for the other kinds). */
    /** An applicationHost.config's IIS version and how it was decided ({@link IisVersion#UNKNOWN} for other files). */
    public IisVersion iisVersion() {
        return server.version();
    }

    public Optional<SectionLocks> sectionLocks() {
        return server.sectionLocks();
    }

    /** The sections this web.config sets that IIS refuses at its place on the server (empty when linted alone). */
    public List<SectionRefusal> refusals() {
        return server.refusals();
    }

    /** A redirection.config's shared-configuration setting (empty for the other kinds). */
    public Optional<Redirection> redirection() {
        return server.redirection();
    }

    /** Where a server among the inputs places this web.config (empty when it is linted alone). */
    public Optional<WebConfigPlace> place() {
        return server.place();
    }

    public Optional<Iis6> iis6() {
        return iis6;
    }

    /** An IIS 6 file (MetaBase.xml or fcgiext.ini): findings give adsutil fixes and metabase names. */
    public boolean isIis6() {
        return kind == FileKind.METABASE || kind == FileKind.FCGIEXT;
    }

    /**
     * Whether the file's application pools take no effect: IIS 6 in IIS 5.0 isolation mode ignores them (applications
     * run in inetinfo.exe or dllhost.exe instead).
     */
    public boolean poolsIgnored() {
        return iis6.map(Iis6::iis5Mode).orElse(false);
    }

    /** The pools whose settings take effect, and so are judged: none in IIS 5.0 isolation mode (IIS-206 says what runs). */
    public List<ApplicationPool> judgedPools() {
        return poolsIgnored() ? List.of() : applicationPools;
    }

    /** Pools are looked up by name case-insensitively, as IIS does. */
    public Optional<ApplicationPool> applicationPool(String name) {
        return Optional.ofNullable(poolsByName.get(name.toLowerCase(Locale.ROOT)));
    }

    public List<Site.Application> applications() {
        List<Site.Application> all = new ArrayList<>();
        for (Site s : sites) all.addAll(s.applications());
        return all;
    }

    /** Both sections present: only then can pool-to-application relations be judged. */
    public boolean hasPoolsAndSites() {
        return applicationPoolsSection.isPresent() && sitesSection.isPresent();
    }

    /** The scope that governs a configuration path ({@code Site/app}): the deepest scope at or above it. */
    public Optional<WebServerScope> scopeFor(String locationPath) {
        String p = locationPath.toLowerCase(Locale.ROOT);
        while (true) {
            WebServerScope s = scopesByPath.get(p);
            if (s != null) return Optional.of(s);
            if (p.isEmpty()) return Optional.empty();
            int slash = p.lastIndexOf('/');
            p = slash < 0 ? "" : p.substring(0, slash);
        }
    }

    /** A collection entry with the scope that writes it (the first scope, root first, that holds it). */
    public record Scoped<T>(WebServerScope scope, T entry) {}

    /** Each handler mapping once, however many scopes inherit it, with the scope that defines it. */
    public List<Scoped<WebServerScope.HandlerMapping>> distinctHandlerMappings() {
        return distinctHandlerMappings;
    }

    /** Each MIME map once, with the scope that defines it. */
    public List<Scoped<WebServerScope.MimeMap>> distinctMimeMaps() {
        return distinctMimeMaps;
    }

    /**
     * An entry is keyed by where it is written; the first scope holding it (root first) is the one that writes it. An
     * entry inherited from a file {@code above} is that file's.
     */
    private static <T> List<Scoped<T>> distinct(
            List<WebServerScope> scopes,
            Function<WebServerScope, List<T>> entries,
            Function<T, Location> at,
            java.util.Set<String> above) {
        Map<Location, Scoped<T>> seen = new LinkedHashMap<>();
        for (WebServerScope s : scopes) {
            for (T e : entries.apply(s)) {
                if (!above.contains(at.apply(e).file())) seen.putIfAbsent(at.apply(e), new Scoped<>(s, e));
            }
        }
        return List.copyOf(seen.values());
    }
}
