package io.iislint.audit;

import io.iislint.model.ApplicationPool;
import io.iislint.model.Iis6;
import io.iislint.model.IisConfig;
import io.iislint.model.Inventory;
import io.iislint.model.Site;
import io.iislint.model.WebServerScope;
import io.iislint.source.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the audited files say about one site, gathered once for every check: its pools (by name, in the order its
 * applications use them), the scopes that govern it, the handler mappings that apply in it and the frameworks they
 * reveal. {@code fcgiext}: the settings that do not carry over, from the fcgiext.ini audited in the same run; empty
 * when none was given.
 */
public record SiteFacts(
        IisConfig config,
        Site site,
        List<String> pools,
        List<WebServerScope> scopes,
        List<WebServerScope.HandlerMapping> handlers,
        List<String> frameworks,
        Optional<List<Iis6.FcgiextSetting>> fcgiext) {

    public SiteFacts {
        pools = List.copyOf(pools);
        scopes = List.copyOf(scopes);
        handlers = List.copyOf(handlers);
        frameworks = List.copyOf(frameworks);
        fcgiext = fcgiext.map(List::copyOf);
    }

    /** A pool the site uses, if the file defines it. */
    /** The applications that name no pool: an appcmd export does not hold the default they take. */
    public List<Location> applicationsWithUnknownPool() {
        List<Location> out = new ArrayList<>();
        for (Site.Application a : site.applications()) {
            if (!a.applicationPool().isSet()) out.add(a.location());
        }
        return out;
    }

    public Optional<ApplicationPool> pool(String name) {
        return config.applicationPool(name);
    }

    /** The site's metabase key, lower-cased: {@code /lm/w3svc/1}. */
    public String siteKey() {
        return "/lm/w3svc/" + site.id().toLowerCase(Locale.ROOT);
    }

    /** The ISAPI filters that load for the site: the server's, and the site's own (metabase key or location path). */
    public List<Inventory.Component> isapiFilters() {
        List<Inventory.Component> out = new ArrayList<>();
        String name = site.name().toLowerCase(Locale.ROOT);
        for (Inventory.Component f : config.inventory().isapiFilters()) {
            String scope = f.scope().toLowerCase(Locale.ROOT);
            if (scope.isEmpty()
                    || scope.equals("/lm/w3svc")
                    || scope.equals(siteKey())
                    || scope.equals(name)
                    || scope.startsWith(name + "/")) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * Where the site's ISAPI filters other than ASP.NET's own are written: IIS 10 must be checked for them
     * (CustomIsapiFilters), App Service cannot install them (IsapiFilter). ASP.NET's filter comes with the framework.
     */
    public List<Location> customIsapiFilters() {
        List<Location> out = new ArrayList<>();
        for (Inventory.Component f : isapiFilters())
            if (!f.name().toLowerCase(Locale.ROOT).startsWith("asp.net")) out.add(f.location());
        return out;
    }

    /**
     * Where the site gets CLR 1.x: a pool that loads it, and its own script maps to a .NET 1.x aspnet_isapi.dll (on
     * IIS 6 a pool shared by sites that map different versions has no one CLR the file can tell, but the site's map
     * still says what it needs). Clr11, ClassicPipeline and Framework rest on these lines.
     */
    public List<Location> aspNet1() {
        List<Location> out = new ArrayList<>();
        for (String pool : pools) {
            Optional<ApplicationPool> p = pool(pool);
            if (p.isPresent() && p.get().loadsClr1())
                out.add(p.get()
                        .managedRuntimeVersion()
                        .location()
                        .orElse(p.get().location()));
        }
        for (WebServerScope.HandlerMapping h : handlers) {
            if (ASP_NET_1.matcher(h.scriptProcessor()).find()) out.add(h.location());
        }
        return out;
    }

    /** aspnet_isapi.dll of the .NET Framework 1.0 (v1.0.3705) or 1.1 (v1.1.4322), 32- or 64-bit folder. */
    private static final Pattern ASP_NET_1 =
            Pattern.compile("(?i)\\\\Framework(64)?\\\\v1\\.[^\\\\]*\\\\aspnet_isapi\\.dll$");
}
