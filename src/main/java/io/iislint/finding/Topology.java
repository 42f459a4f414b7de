package io.iislint.finding;

import io.iislint.source.Location;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a server file holds of its sites, applications, pools and the accounts they run as, by name only: the HTML
 * report draws it and places each finding on it. Empty for a file that defines neither sites nor pools (a
 * web.config, an fcgiext.ini), but for where a placed web.config sits. Small next to the model, so the model can go once a file is linted.
 */
public record Topology(
        List<SiteNode> sites, List<PoolNode> pools, List<Place> places, Optional<String> server, Set<String> features) {
    public static final Topology NONE = new Topology(List.of(), List.of(), List.of());

    /** A feature the file shows in use: forms authentication. */
    public static final String FORMS = "forms";
    /** A feature the file shows in use: classic ASP (an asp.dll handler or script map, or the asp section). */
    public static final String ASP = "asp";
    /** A feature the file shows in use: ASP.NET session state (its mode is not Off everywhere). */
    public static final String SESSION_STATE = "session-state";

    public Topology {
        sites = List.copyOf(sites);
        pools = List.copyOf(pools);
        places = List.copyOf(places);
        features = Set.copyOf(features);
    }

    public Topology(List<SiteNode> sites, List<PoolNode> pools, List<Place> places) {
        this(sites, pools, places, Optional.empty(), Set.of());
    }

    /** The same, with the features ({@link #FORMS}, {@link #ASP}, {@link #SESSION_STATE}) the file uses. */
    public Topology withFeatures(Set<String> used) {
        return new Topology(sites, pools, places, server, used);
    }

    /**
     * The same for a file of a server's that sits on no site: a framework config or a redirection.config in the
     * server's folder ({@code server}: its applicationHost.config as the reports name it).
     */
    public Topology onServer(String server) {
        return new Topology(sites, pools, places, Optional.of(server), features);
    }

    /** Whether the file defines no site and no pool (it may still be placed on a server's site). */
    public boolean isEmpty() {
        return sites.isEmpty() && pools.isEmpty();
    }

    /**
     * Where a web.config sits on a server among the inputs: that server's file (as the reports name it) and the
     * configuration path of the web.config's folder ({@code Site/app/dir}). A folder two sites serve has two.
     */
    public record Place(String server, String configPath) {}

    /** A site: its name and id as the file writes them, its bindings ({@code http/*:80:}), its applications. */
    public record SiteNode(
            String name, String id, Location location, List<String> bindings, List<AppNode> applications) {
        public SiteNode {
            bindings = List.copyOf(bindings);
            applications = List.copyOf(applications);
        }
    }

    /** An application: its path in the site ({@code /}, {@code /api}) and its pool, empty when the file does not name one. */
    public record AppNode(String path, Optional<String> pool, Location location) {}

    /**
     * A pool and the account its worker processes run as: {@code IIS AppPool\Shop} for ApplicationPoolIdentity (one
     * account per pool), the account's name for a specific user, the built-in account's name otherwise; empty when
     * the file does not say.
     */
    public record PoolNode(String name, Optional<String> identity, Location location) {}
}
