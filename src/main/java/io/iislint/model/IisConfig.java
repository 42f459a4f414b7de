package io.iislint.model;

import io.iislint.source.FileKind;
import io.iislint.source.Location;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The resolved model of one configuration file: every value is the one IIS would use, with its origin. Rules
 * read only this. Sections the file does not hold are empty lists / {@link Optional#empty()}, so a rule can
 * tell "no pools" from "pools not in this file".
 */
public record IisConfig(
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

    public IisConfig {
        applicationPools = List.copyOf(applicationPools);
        sites = List.copyOf(sites);
        fastCgiApplications = List.copyOf(fastCgiApplications);
        scopes = List.copyOf(scopes);
        problems = List.copyOf(problems);
    }

    /** Pools are looked up by name case-insensitively, as IIS does. */
    public Optional<ApplicationPool> applicationPool(String name) {
        return applicationPools.stream().filter(p -> p.name().equalsIgnoreCase(name)).findFirst();
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

    /**
     * The scope that governs a configuration path ({@code Site/app}): the deepest scope at or above it.
     * Scopes are listed root first, so the last match is the deepest.
     */
    public Optional<WebServerScope> scopeFor(String locationPath) {
        String want = locationPath.toLowerCase(Locale.ROOT);
        WebServerScope best = null;
        for (WebServerScope s : scopes) {
            if (s.kind() == WebServerScope.Kind.WEB_CONFIG) continue;
            String p = s.path().toLowerCase(Locale.ROOT);
            if (p.isEmpty() || want.equals(p) || want.startsWith(p + "/")) {
                if (best == null || p.length() >= best.path().length()) best = s;
            }
        }
        return Optional.ofNullable(best);
    }

    /** A collection entry with the scope that writes it (the first scope, root first, that holds it). */
    public record Scoped<T>(WebServerScope scope, T entry) {}

    /** Each handler mapping once, however many scopes inherit it, with the scope that defines it. */
    public List<Scoped<WebServerScope.HandlerMapping>> distinctHandlerMappings() {
        Map<Location, Scoped<WebServerScope.HandlerMapping>> seen = new LinkedHashMap<>();
        for (WebServerScope s : scopes) {
            for (WebServerScope.HandlerMapping h : s.handlers().mappings()) seen.putIfAbsent(h.location(), new Scoped<>(s, h));
        }
        return List.copyOf(seen.values());
    }

    /** Each MIME map once, with the scope that defines it. */
    public List<Scoped<WebServerScope.MimeMap>> distinctMimeMaps() {
        Map<Location, Scoped<WebServerScope.MimeMap>> seen = new LinkedHashMap<>();
        for (WebServerScope s : scopes) {
            for (WebServerScope.MimeMap m : s.staticContent().mimeMaps()) seen.putIfAbsent(m.location(), new Scoped<>(s, m));
        }
        return List.copyOf(seen.values());
    }
}
