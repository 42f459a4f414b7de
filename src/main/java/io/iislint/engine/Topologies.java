package io.iislint.engine;

import io.iislint.finding.Topology;
import io.iislint.model.ApplicationPool;
import io.iislint.model.IdentityType;
import io.iislint.model.IisConfig;
import io.iislint.model.Site;
import io.iislint.model.Value;
import io.iislint.model.WebConfigPlace;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The names of a file's sites, applications, pools and pool accounts, taken from its model for the reports. */
final class Topologies {
    private Topologies() {}

    static Topology of(IisConfig config, List<WebConfigPlace> places) {
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
