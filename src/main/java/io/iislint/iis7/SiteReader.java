package io.iislint.iis7;

import io.iislint.iis7.Resolver.Layer;
import io.iislint.iis7.Resolver.Subject;
import io.iislint.model.Secret;
import io.iislint.model.Site;
import io.iislint.model.Value;
import io.iislint.xml.XmlElement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code system.applicationHost/sites}. An application's pool is its own {@code applicationPool}, else the
 * site's {@code applicationDefaults}, else {@code sites/applicationDefaults}, else {@code DefaultAppPool}.
 */
final class SiteReader {
    private final Resolver resolver;

    SiteReader(Resolver resolver) {
        this.resolver = resolver;
    }

    List<Site> read(XmlElement sites) {
        Optional<XmlElement> siteDefaults = sites.lastChild("siteDefaults");
        Optional<XmlElement> appDefaults = sites.lastChild("applicationDefaults");
        List<Site> result = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (XmlElement site : sites.children("site")) {
            Optional<String> name = site.attribute("name").filter(n -> !n.isBlank());
            Subject s = new Subject("site", name.orElse("(unnamed)"),
                    "system.applicationHost/sites/site[@name='" + name.orElse("") + "']");
            if (name.isEmpty()) {
                resolver.problem(s, site, "a site without a name: IIS refuses to load this configuration");
                continue;
            }
            if (!names.add(name.get().toLowerCase(Locale.ROOT))) {
                resolver.problem(s, site, "site '" + name.get() + "' is defined twice: IIS refuses to load this configuration");
                continue;
            }
            result.add(site(name.get(), s, site, siteDefaults, appDefaults));
        }
        return result;
    }

    private Site site(String name, Subject s, XmlElement site, Optional<XmlElement> siteDefaults,
                      Optional<XmlElement> sitesAppDefaults) {
        Value<Boolean> autoStart = resolver.resolve(s,
                List.of(Layer.here(Optional.of(site)), Layer.from("siteDefaults", siteDefaults)),
                "serverAutoStart", "sites/site/@serverAutoStart", Parser.BOOL);
        Optional<XmlElement> siteAppDefaults = site.lastChild("applicationDefaults");
        List<Site.Application> apps = new ArrayList<>();
        for (XmlElement app : site.children("application")) {
            String path = app.attribute("path").orElse("");
            Subject as = new Subject("application", name + path,
                    s.configPath() + "/application[@path='" + path + "']");
            Value<String> pool = resolver.resolve(as, List.of(
                            Layer.here(Optional.of(app)),
                            Layer.from("applicationDefaults of site '" + name + "'", siteAppDefaults),
                            Layer.from("sites/applicationDefaults", sitesAppDefaults)),
                    "applicationPool", "sites/site/application/@applicationPool", Parser.STRING);
            apps.add(new Site.Application(name, path, app.location(), pool, virtualDirectories(app)));
        }
        return new Site(name, site.attribute("id").orElse(""), site.location(), autoStart, bindings(site), apps);
    }

    private static List<Site.VirtualDirectory> virtualDirectories(XmlElement app) {
        List<Site.VirtualDirectory> vdirs = new ArrayList<>();
        for (XmlElement v : app.children("virtualDirectory")) {
            vdirs.add(new Site.VirtualDirectory(v.attribute("path").orElse(""), v.attribute("physicalPath").orElse(""),
                    v.location(), v.attribute("userName").orElse(""), Secret.of(v.attribute("password").orElse(""))));
        }
        return vdirs;
    }

    private static List<Site.Binding> bindings(XmlElement site) {
        List<Site.Binding> list = new ArrayList<>();
        for (XmlElement bindings : site.children("bindings")) {
            for (XmlElement b : bindings.children()) {
                switch (b.name()) {
                    case "clear" -> list.clear();
                    case "binding" -> {
                        String protocol = b.attribute("protocol").orElse("");
                        String info = b.attribute("bindingInformation").orElse("");
                        BindingParser.Result r = BindingParser.parse(protocol, info);
                        list.add(new Site.Binding(protocol, info, b.locationOf("bindingInformation"), r.endpoint(), r.problem()));
                    }
                    default -> {
                        // nothing else belongs in <bindings>
                    }
                }
            }
        }
        return list;
    }
}
