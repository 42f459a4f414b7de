package io.iislint.rules.isolation;

import io.iislint.model.ConfigPath;
import io.iislint.model.ApplicationPool;
import io.iislint.model.Iis6;
import io.iislint.model.IisConfig;
import io.iislint.model.Site;
import io.iislint.model.Value;
import io.iislint.model.WebServerScope;
import io.iislint.rules.Names;
import io.iislint.rules.PoolRule;
import io.iislint.rules.Rule;
import io.iislint.rules.RuleContext;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Which pool serves what: one pool per site, no orphans, no dangling references, matching bitness. */
public final class IsolationRules {
    private IsolationRules() {}

    /** IIS-201: a pool serving several sites. Reported for each site that shares it. */
    public static final class PoolSharedBySites implements Rule {
        @Override
        public String id() {
            return "IIS-201";
        }

        @Override
        public void check(IisConfig config, RuleContext ctx) {
            if (config.poolsIgnored()) return; // IIS 5.0 isolation mode: no application runs in a pool
            Map<String, Set<String>> sitesByPool = new LinkedHashMap<>();
            for (Site.Application app : config.applications()) {
                sitesByPool.computeIfAbsent(app.applicationPool().value().toLowerCase(Locale.ROOT), k -> new LinkedHashSet<>())
                        .add(app.siteName());
            }
            for (Site site : config.sites()) {
                Set<String> reported = new HashSet<>();
                for (Site.Application app : site.applications()) {
                    String pool = app.applicationPool().value();
                    Set<String> sites = sitesByPool.get(pool.toLowerCase(Locale.ROOT));
                    if (sites.size() < 2 || !reported.add(pool.toLowerCase(Locale.ROOT))) continue;
                    int others = sites.size() - 1; // the set holds this site
                    ctx.finding("site", site.name()).at(app.location())
                            .message("shares application pool '" + pool + "' with site" + (others > 1 ? "s " : " ")
                                    + Names.some(sites.stream().filter(s -> !s.equals(site.name())), others)
                                    + ": a crash, hang or compromise in one takes down the other")
                            .value(new ConfigPath.ApplicationSetting(site, app, "@applicationPool"), app.applicationPool())
                            .fix("site", site.name()).fix("appId", site.name() + app.path())
                            .fix("psApp", app.path().equals("/") ? site.name() : site.name() + app.path().replace('/', '\\'))
                            .report();
                }
            }
        }
    }

    /** IIS-202: a pool no application uses. */
    public static final class UnusedPool implements Rule {
        @Override
        public String id() {
            return "IIS-202";
        }

        @Override
        public void check(IisConfig config, RuleContext ctx) {
            if (!config.hasPoolsAndSites() || config.poolsIgnored()) return;
            Set<String> used = new HashSet<>();
            for (Site.Application app : config.applications()) used.add(app.applicationPool().value().toLowerCase(Locale.ROOT));
            for (ApplicationPool pool : config.applicationPools()) {
                if (used.contains(pool.name().toLowerCase(Locale.ROOT))) continue;
                ctx.finding(pool).about(new ConfigPath.PoolSetting(pool, "@name"))
                        .message("no application in this file uses this pool; if it is not needed elsewhere, remove or stop it")
                        .report();
            }
        }
    }

    /** IIS-203: an application assigned to a pool that does not exist: every request gets 503. */
    public static final class MissingPool implements Rule {
        @Override
        public String id() {
            return "IIS-203";
        }

        @Override
        public void check(IisConfig config, RuleContext ctx) {
            if (config.applicationPoolsSection().isEmpty() || config.poolsIgnored()) return;
            for (Site site : config.sites()) {
                for (Site.Application app : site.applications()) {
                    String pool = app.applicationPool().value();
                    if (config.applicationPool(pool).isPresent()) continue;
                    ctx.finding("application", app.locationPath()).at(app.location())
                            .message("uses application pool '" + pool + "', which is not defined: every request to it fails with 503")
                            .value(new ConfigPath.ApplicationSetting(site, app, "@applicationPool"), app.applicationPool())
                            .fix("pool", pool).fix("app", app.locationPath())
                            .report();
                }
            }
        }
    }

    /** IIS-204: a 32-bit worker process on 64-bit Windows. */
    public static final class ThirtyTwoBitPool extends PoolRule {
        public ThirtyTwoBitPool() {
            super("IIS-204");
        }

        @Override
        protected void check(ApplicationPool pool, RuleContext ctx) {
            if (!pool.is32Bit()) return;
            ctx.finding(pool)
                    .message("runs a 32-bit worker process: limited to 4 GB of address space, and 64-bit-only modules will not load")
                    .value(new ConfigPath.PoolSetting(pool, "@enable32BitAppOnWin64"), pool.enable32BitAppOnWin64())
                    .report();
        }
    }

    /**
     * IIS-205: an application's handler can only load in a worker of the other bitness, and nothing else
     * handles its path; or it points at a .NET Framework DLL of the other bitness.
     */
    public static final class BitnessMismatch implements Rule {
        @Override
        public String id() {
            return "IIS-205";
        }

        @Override
        public void check(IisConfig config, RuleContext ctx) {
            if (config.poolsIgnored()) return; // no pool's bitness applies
            Set<String> reported = new HashSet<>();
            for (Site.Application app : config.applications()) {
                Optional<ApplicationPool> pool = config.applicationPool(app.applicationPool().value());
                Optional<WebServerScope> scope = config.scopeFor(app.locationPath());
                if (pool.isEmpty() || scope.isEmpty()) continue;
                int bits = pool.get().is32Bit() ? 32 : 64;
                List<WebServerScope.HandlerMapping> handlers = scope.get().handlers().mappings();
                for (WebServerScope.HandlerMapping h : handlers) {
                    Optional<String> problem = problem(h, bits, handlers);
                    if (problem.isEmpty() || !reported.add(h.location() + "|" + pool.get().name())) continue;
                    ctx.finding("handler", h.name()).at(h.location())
                            .about(new ConfigPath.HandlerSetting(h.name(), Optional.empty()))
                            .message(problem.get() + ", but application '" + app.locationPath() + "' runs in "
                                    + bits + "-bit pool '" + pool.get().name() + "'")
                            .fix("pool", pool.get().name()).fix("enable32", bits == 32 ? "false" : "true")
                            .report();
                }
            }
        }

        private static Optional<String> problem(WebServerScope.HandlerMapping h, int bits, List<WebServerScope.HandlerMapping> all) {
            int hb = h.bitness();
            if (hb != 0 && hb != bits) {
                boolean covered = all.stream().anyMatch(o -> o != h && o.path().equalsIgnoreCase(h.path())
                        && (o.bitness() == 0 || o.bitness() == bits));
                return covered ? Optional.empty()
                        : Optional.of("handles '" + h.path() + "' only in " + hb + "-bit worker processes (preCondition "
                        + h.preCondition() + ") and no other handler serves that path");
            }
            String sp = h.scriptProcessor().toLowerCase(Locale.ROOT).replace('/', '\\');
            if (hb == 0 && bits == 32 && sp.contains("\\framework64\\")) {
                return Optional.of("loads the 64-bit DLL " + h.scriptProcessor() + " with no bitness64 preCondition");
            }
            if (hb == 0 && bits == 64 && sp.contains("\\framework\\") && sp.contains("microsoft.net")) {
                return Optional.of("loads the 32-bit DLL " + h.scriptProcessor() + " with no bitness32 preCondition");
            }
            return Optional.empty();
        }
    }

    /**
     * IIS-206: IIS 6 running in IIS 5.0 isolation mode: application pools are ignored (the pool rules judge none), and
     * what really runs is said instead: in-process applications (AppIsolated 0) inside inetinfo.exe as LocalSystem,
     * out-of-process ones in dllhost.exe as their COM+ application's identity, which IIS creates as the IWAM account
     * (WAMUserName) and Component Services can change: hence "probably".
     */
    public static final class Iis5IsolationMode implements Rule {
        @Override
        public String id() {
            return "IIS-206";
        }

        @Override
        public void check(IisConfig config, RuleContext ctx) {
            if (config.iis6().isEmpty()) return;
            Iis6 iis6 = config.iis6().get();
            Value<Boolean> v = iis6.iis5IsolationMode();
            if (!v.isSet() || !v.value()) return;
            ctx.finding("metabase key", "/LM/W3SVC").at(iis6.service())
                    .message("the web service runs in IIS 5.0 isolation mode: application pools, their identities, recycling"
                            + " and health monitoring are ignored, so no pool setting is judged. What runs instead: " + whatRuns(iis6, config))
                    .value(new ConfigPath.MetabaseProperty("/LM/W3SVC", "IIs5IsolationModeEnabled"), v)
                    .report();
        }

        private static String whatRuns(Iis6 iis6, IisConfig config) {
            if (iis6.appProcesses().isEmpty()) {
                return "in-process applications (AppIsolated=0) run inside inetinfo.exe as LocalSystem, and out-of-process ones in"
                        + " dllhost.exe as their COM+ application's identity, by default the IWAM_<computer> account";
            }
            List<Iis6.AppProcess> in = iis6.appProcesses().stream().filter(Iis6.AppProcess::inProcess).toList();
            List<Iis6.AppProcess> out = iis6.appProcesses().stream().filter(a -> !a.inProcess()).toList();
            List<String> parts = new java.util.ArrayList<>();
            if (!in.isEmpty()) {
                parts.add("the in-process application" + (in.size() > 1 ? "s " : " ") + names(in) + " (AppIsolated=0) run"
                        + (in.size() > 1 ? "" : "s") + " inside inetinfo.exe as LocalSystem");
            }
            if (!out.isEmpty()) {
                Value<String> iwam = iis6.wamUserName();
                String account = iwam.isSet() && !iwam.value().isBlank()
                        ? "the IWAM account '" + iwam.value() + "' (WAMUserName, " + iwam.origin().describe(config.file()) + ")"
                        : "the IWAM_<computer> account IIS created at setup";
                parts.add("the out-of-process application" + (out.size() > 1 ? "s " : " ") + names(out) + " (AppIsolated 1 or 2) run"
                        + (out.size() > 1 ? "" : "s") + " in dllhost.exe as their COM+ application's identity, probably " + account);
            }
            return String.join("; ", parts);
        }

        private static String names(List<Iis6.AppProcess> apps) {
            return Names.some(apps.stream().map(Iis6.AppProcess::application), apps.size());
        }
    }
}
