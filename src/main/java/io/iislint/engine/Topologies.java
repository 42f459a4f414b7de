package io.iislint.engine;

import io.iislint.finding.Topology;
import io.iislint.model.ApplicationPool;
import io.iislint.model.IdentityType;
import io.iislint.model.IisConfig;
import io.iislint.model.Settings;
import io.iislint.model.Site;
import io.iislint.model.Value;
import io.iislint.model.WebConfigPlace;
import io.iislint.model.WebServerScope;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The names of a file's sites, applications, pools and pool accounts, taken from its model for the reports. */
final class Topologies {
    private Topologies() {}

    static Topology of(IisConfig config, List<WebConfigPlace> places) {
        Topology t = names(config, places);
        Set<String> used = features(config);
        return used.isEmpty() ? t : t.withFeatures(used);
    }

    /**
     * The features whose benchmark controls apply only where they are used (rules/benchmarks.xml, applies-to): forms
     * authentication (a scope whose authentication mode is Forms), classic ASP (a handler or IIS 6 script map to
     * asp.dll or for *.asp, or the asp section written), ASP.NET session state (a scope whose mode is not Off).
     */
    static Set<String> features(IisConfig config) {
        Set<String> used = new TreeSet<>();
        // ASP.NET on IIS 6 reads machine.config, not the metabase: whether session state is on is not known
        if (config.isIis6()) used.add(Topology.SESSION_STATE);
        for (WebServerScope scope : config.scopes()) {
            for (WebServerScope.HandlerMapping h : scope.handlers().mappings()) {
                String path = h.path().trim().toLowerCase(Locale.ROOT);
                String processor =
                        h.scriptProcessor().trim().toLowerCase(Locale.ROOT).replace('/', '\\');
                if (path.equals("*.asp") || path.equals(".asp") || processor.endsWith("\\asp.dll"))
                    used.add(Topology.ASP);
            }
            if (scope.kind().isMetabase()) continue;
            Settings s = scope.settings();
            if (s.element("system.webServer/asp").isPresent()) used.add(Topology.ASP);
            if (s.text("system.web/authentication", "mode")
                    .matches(m -> m.trim().equalsIgnoreCase("Forms"))) used.add(Topology.FORMS);
            if (!s.text("system.web/sessionState", "mode").matches(m -> m.trim().equalsIgnoreCase("Off")))
                used.add(Topology.SESSION_STATE);
        }
        return used;
    }

    private static Topology names(IisConfig config, List<WebConfigPlace> places) {
        List<Topology.Place> at = new ArrayList<>();
        for (WebConfigPlace p : places) at.add(new Topology.Place(p.server(), p.configPath()));
        if (config.sites().isEmpty() && config.applicationPools().isEmpty())
            return at.isEmpty() ? Topology.NONE : new Topology(List.of(), List.of(), at);
        List<Topology.SiteNode> sites = new ArrayList<>();
        for (Site s : config.sites()) {
            List<String> bindings = new ArrayList<>();
            for (Site.Binding b : s.bindings()) bindings.add(b.display());
            List<Topology.AppNode> apps = new ArrayList<>();
            for (Site.Application a : s.applications())
                apps.add(new Topology.AppNode(a.path(), a.applicationPool().known(), a.location()));
            sites.add(new Topology.SiteNode(s.name(), s.id(), s.location(), bindings, apps));
        }
        List<Topology.PoolNode> pools = new ArrayList<>();
        for (ApplicationPool p : config.applicationPools())
            pools.add(new Topology.PoolNode(p.name(), identity(p), p.location()));
        return new Topology(sites, pools, at);
    }

    /** The account the pool's workers run as; ApplicationPoolIdentity is a virtual account of the pool's own. */
    private static Optional<String> identity(ApplicationPool p) {
        Value<IdentityType> type = p.processModel().identityType();
        if (type.known().isEmpty()) return Optional.empty();
        if (type.is(IdentityType.ApplicationPoolIdentity)) return Optional.of("IIS AppPool\\" + p.name());
        if (type.is(IdentityType.SpecificUser)) {
            String user = p.processModel().userName().known().orElse("");
            return Optional.of(user.isEmpty() ? "SpecificUser (no userName)" : user);
        }
        return Optional.of(type.display());
    }
}
