package io.iislint.iis7;

import io.iislint.iis7.Resolver.Layer;
import io.iislint.iis7.Resolver.Subject;
import io.iislint.model.BindingParser;
import io.iislint.model.Secret;
import io.iislint.model.Site;
import io.iislint.model.Value;
import io.iislint.source.Location;
import io.iislint.xml.XmlElement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code system.applicationHost/sites}. An application's pool is its own {@code applicationPool}, else the
 * site's {@code applicationDefaults}, else {@code sites/applicationDefaults}, else {@code DefaultAppPool}.
 */
final class SiteReader {
    /** An unknown value's key ("not set on … or any parent key"). */
    private static final String NOT_EXPORTED = "the site in this appcmd export (its defaults are not exported)";

    private final Resolver resolver;
    /** Whether the sites come from an appcmd export: values they do not set are unknown, not the IIS default. */
    private boolean exported;

    SiteReader(Resolver resolver) {
        this.resolver = resolver;
    }

    /**
     * The sites of {@code appcmd list site /config /xml}: each {@code <SITE>} wrapper holds the site's own
     * {@code <site>} element. {@code siteDefaults} and {@code sites/applicationDefaults} are not exported, so a value
     * the site does not set (serverAutoStart, an application's pool) is unknown, not the IIS default.
     */
    List<Site> readExport(List<XmlElement> wrappers, io.iislint.source.Location at) {
        exported = true;
        List<XmlElement> sites = new ArrayList<>();
        for (XmlElement w : wrappers) {
            XmlElement site = w.lastChild("site").orElseThrow(); // FileKinds refuses a wrapper without one
            sites.add(ownBindings(site).isEmpty() ? withWrapperBindings(site, w) : site);
        }
        return read(new XmlElement("sites", Map.of(), Map.of(), sites, "", at));
    }

    private static List<XmlElement> ownBindings(XmlElement site) {
        List<XmlElement> entries = new ArrayList<>();
        site.children("bindings").forEach(b -> collect(b, entries));
        return entries;
    }

    /**
     * A site that writes no bindings of its own gets those of {@code siteDefaults}, which the export does not hold;
     * the wrapper's {@code bindings} attribute lists the effective ones ({@code http/*:80:,https/*:443:host}), so a
     * site is not called unbound when they come from the defaults. Each is located at that attribute.
     */
    private static XmlElement withWrapperBindings(XmlElement site, XmlElement wrapper) {
        String listed = wrapper.attribute("bindings").orElse("").trim();
        if (listed.isEmpty()) return site;
        io.iislint.source.Location at = wrapper.locationOf("bindings");
        List<XmlElement> bindings = new ArrayList<>();
        for (String b : listed.split(",")) {
            int slash = b.indexOf('/');
            if (slash <= 0) continue;
            bindings.add(new XmlElement(
                    "binding",
                    Map.of("protocol", b.substring(0, slash).trim(), "bindingInformation", b.substring(slash + 1)),
                    Map.of("protocol", at, "bindingInformation", at),
                    List.of(),
                    "",
                    at));
        }
        List<XmlElement> children = new ArrayList<>(site.children());
        children.add(new XmlElement("bindings", Map.of(), Map.of(), bindings, "", at));
        return new XmlElement(
                site.name(), site.attributes(), site.attributeLocations(), children, site.text(), site.location());
    }

    private <T> Value<T> value(Subject s, List<Layer> layers, String attribute, String defaultKey, Parser<T> parser) {
        return exported
                ? resolver.resolveIfSet(s, layers, attribute, parser, NOT_EXPORTED)
                : resolver.resolve(s, layers, attribute, defaultKey, parser);
    }

    /** {@code sites/virtualDirectoryDefaults}, for every site's directories. */
    private Optional<XmlElement> sitesVdirDefaults = Optional.empty();

    List<Site> read(XmlElement sites) {
        sitesVdirDefaults = sites.lastChild("virtualDirectoryDefaults");
        Optional<XmlElement> siteDefaults = sites.lastChild("siteDefaults");
        Optional<XmlElement> appDefaults = sites.lastChild("applicationDefaults");
        Map<String, XmlElement> entries = new LinkedHashMap<>();
        for (XmlElement e : sites.children()) {
            switch (e.name()) {
                case "site" -> add(e, entries);
                case "remove", "clear" ->
                    UndeclaredDirectives.apply(
                            resolver,
                            e,
                            "sites",
                            "<site>",
                            "site",
                            new Subject(
                                    "config section", "system.applicationHost/sites", "system.applicationHost/sites"),
                            SiteReader::subject,
                            entries);
                default -> {
                    // siteDefaults and applicationDefaults are read above
                }
            }
        }
        List<Site> result = new ArrayList<>();
        for (XmlElement site : entries.values()) {
            String name = site.attribute("name").orElseThrow();
            result.add(site(name, subject(name), site, siteDefaults, appDefaults));
        }
        return result;
    }

    private static Subject subject(String name) {
        return new Subject("site", name, "system.applicationHost/sites/site[@name='" + name + "']");
    }

    private void add(XmlElement site, Map<String, XmlElement> entries) {
        Optional<String> name = site.attribute("name").filter(n -> !n.isBlank());
        if (name.isEmpty()) {
            resolver.problem(
                    new Subject("site", "(unnamed)", "system.applicationHost/sites/site[@name='']"),
                    site,
                    "a site without a name: IIS refuses to load this configuration");
            return;
        }
        if (entries.putIfAbsent(name.get().toLowerCase(Locale.ROOT), site) != null) {
            resolver.problem(
                    subject(name.get()),
                    site,
                    "site '" + name.get() + "' is defined twice: IIS refuses to load this configuration");
        }
    }

    private Site site(
            String name,
            Subject s,
            XmlElement site,
            Optional<XmlElement> siteDefaults,
            Optional<XmlElement> sitesAppDefaults) {
        Value<Boolean> autoStart = value(
                s,
                List.of(Layer.here(Optional.of(site)), Layer.from("siteDefaults", siteDefaults)),
                "serverAutoStart",
                "sites/site/@serverAutoStart",
                Parser.BOOL);
        Optional<XmlElement> siteAppDefaults = site.lastChild("applicationDefaults");
        List<Site.Application> apps = new ArrayList<>();
        for (XmlElement app : site.children("application")) {
            String path = app.attribute("path").orElse("");
            Subject as = new Subject("application", name + path, s.configPath() + "/application[@path='" + path + "']");
            Value<String> pool = value(
                    as,
                    List.of(
                            Layer.here(Optional.of(app)),
                            Layer.from("applicationDefaults of site '" + name + "'", siteAppDefaults),
                            Layer.from("sites/applicationDefaults", sitesAppDefaults)),
                    "applicationPool",
                    "sites/site/application/@applicationPool",
                    Parser.STRING);
            List<XmlElement> vdirDefaults = new ArrayList<>();
            app.lastChild("virtualDirectoryDefaults").ifPresent(vdirDefaults::add);
            site.lastChild("virtualDirectoryDefaults").ifPresent(vdirDefaults::add);
            sitesVdirDefaults.ifPresent(vdirDefaults::add);
            apps.add(new Site.Application(name, path, app.location(), pool, virtualDirectories(app, vdirDefaults)));
        }
        return new Site(
                name,
                site.attribute("id").orElse(""),
                site.location(),
                autoStart,
                bindings(s, site, siteDefaults),
                apps,
                new io.iislint.model.SiteSettings(Optional.of(site), siteDefaults, exported));
    }

    /**
     * The application's virtual directories; {@code allowSubDirConfig} from the directory, else the
     * {@code virtualDirectoryDefaults} of its application, its site, then of all sites (schema default true).
     */
    private static List<Site.VirtualDirectory> virtualDirectories(XmlElement app, List<XmlElement> defaults) {
        List<Site.VirtualDirectory> vdirs = new ArrayList<>();
        for (XmlElement v : app.children("virtualDirectory")) {
            List<XmlElement> layers = new ArrayList<>(List.of(v));
            layers.addAll(defaults);
            boolean allow = true;
            Optional<Location> at = Optional.empty();
            for (XmlElement l : layers) {
                Optional<String> raw = l.attribute("allowSubDirConfig");
                if (raw.isEmpty()) continue;
                String t = raw.get().trim();
                if (!t.equalsIgnoreCase("true") && !t.equalsIgnoreCase("false")) break; // IIS-001 reports it
                allow = t.equalsIgnoreCase("true");
                at = Optional.of(l.locationOf("allowSubDirConfig"));
                break;
            }
            vdirs.add(new Site.VirtualDirectory(
                    v.attribute("path").orElse(""),
                    v.attribute("physicalPath").orElse(""),
                    v.location(),
                    v.attribute("userName").orElse(""),
                    Secret.of(v.attribute("password").orElse("")),
                    allow,
                    at));
        }
        return vdirs;
    }

    /**
     * The site's bindings: those of {@code siteDefaults}, which every site has unless its {@code <bindings>} clears
     * them, then its own. Protocol and bindingInformation together are a binding's key (compared without letter
     * case, as IIS compares collection keys): one written twice makes IIS refuse the configuration.
     */
    private List<Site.Binding> bindings(Subject s, XmlElement site, Optional<XmlElement> siteDefaults) {
        List<XmlElement> entries = new ArrayList<>();
        siteDefaults.ifPresent(d -> d.children("bindings").forEach(b -> collect(b, entries)));
        site.children("bindings").forEach(b -> collect(b, entries));
        Map<String, XmlElement> seen = new LinkedHashMap<>();
        List<Site.Binding> list = new ArrayList<>();
        for (XmlElement b : entries) {
            String protocol = b.attribute("protocol").orElse("");
            String info = b.attribute("bindingInformation").orElse("");
            if (seen.putIfAbsent((protocol + "/" + info).toLowerCase(Locale.ROOT), b) != null) {
                resolver.problem(
                        s,
                        b,
                        "the binding " + protocol.toLowerCase(Locale.ROOT) + "/" + info
                                + " is written twice (protocol and bindingInformation are a binding's key): IIS refuses to load this configuration");
                continue;
            }
            BindingParser.Result r = BindingParser.parse(protocol, info);
            // an appcmd export lists only the attributes that are set: no sslFlags there is unknown, not 0
            Optional<String> sslFlags = exported
                    ? b.attribute("sslFlags")
                    : Optional.of(b.attribute("sslFlags").orElse("0"));
            Site.Certificate certificate = protocol.equalsIgnoreCase("https") && sslFlags.isPresent()
                    ? new Site.Certificate.HttpSys(sslFlags.get())
                    : new Site.Certificate.NotSaid();
            list.add(new Site.Binding(
                    protocol, info, b.locationOf("bindingInformation"), r.endpoint(), r.problem(), certificate));
        }
        return list;
    }

    /** A {@code <bindings>} element's entries into {@code entries}: {@code <clear/>} empties what came before. */
    private static void collect(XmlElement bindings, List<XmlElement> entries) {
        for (XmlElement b : bindings.children()) {
            if (b.name().equals("clear")) entries.clear();
            else if (b.name().equals("binding")) entries.add(b);
        }
    }
}
