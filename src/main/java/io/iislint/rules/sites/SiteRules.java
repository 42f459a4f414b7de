package io.iislint.rules.sites;

import io.iislint.model.ConfigPath;
import io.iislint.model.IisConfig;
import io.iislint.model.Site;
import io.iislint.rules.Rule;
import io.iislint.rules.RuleContext;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Sites IIS will refuse to start. */
public final class SiteRules {
    private SiteRules() {}

    /** IIS-901: no root application: WAS ignores the site. */
    public static final class NoRootApplication implements Rule {
        @Override
        public String id() {
            return "IIS-901";
        }

        @Override
        public void check(IisConfig config, RuleContext ctx) {
            for (Site site : config.sites()) {
                if (site.rootApplication().isPresent()) continue;
                ctx.finding("site", site.name()).at(site.location())
                        .about(new ConfigPath.SiteSetting(site, "application[@path='/']"))
                        .message("has no root application (path=\"/\"): IIS ignores the site and it never starts")
                        .fix("site", site.name())
                        .report();
            }
        }
    }

    /** IIS-902: no binding IIS can listen on. */
    public static final class NoValidBinding implements Rule {
        @Override
        public String id() {
            return "IIS-902";
        }

        @Override
        public void check(IisConfig config, RuleContext ctx) {
            for (Site site : config.sites()) {
                if (site.bindings().stream().anyMatch(Site.Binding::isValid)) continue;
                ctx.finding("site", site.name()).at(site.location())
                        .about(new ConfigPath.SiteSetting(site, "bindings"))
                        .message(site.bindings().isEmpty() ? "has no bindings: the site cannot start"
                                : "has no valid binding: the site cannot start")
                        .fix("site", site.name())
                        .report();
            }
        }
    }

    /** IIS-903: a binding whose bindingInformation IIS cannot parse. */
    public static final class MalformedBinding implements Rule {
        @Override
        public String id() {
            return "IIS-903";
        }

        @Override
        public void check(IisConfig config, RuleContext ctx) {
            for (Site site : config.sites()) {
                for (Site.Binding b : site.bindings()) {
                    if (b.problem().isEmpty()) continue;
                    ctx.finding("site", site.name()).at(b.location())
                            .about(new ConfigPath.SiteSetting(site, "bindings/binding/@bindingInformation"))
                            .message("binding '" + b.display() + "' is malformed: " + b.problem().get())
                            .fix("site", site.name()).fix("protocol", b.protocol()).fix("info", b.bindingInformation())
                            .report();
                }
            }
        }
    }

    /** IIS-904: two bindings on the same IP, port and host name: the second site fails to start. */
    public static final class BindingConflict implements Rule {
        @Override
        public String id() {
            return "IIS-904";
        }

        @Override
        public void check(IisConfig config, RuleContext ctx) {
            Map<String, String> owner = new HashMap<>();
            for (Site site : config.sites()) {
                for (Site.Binding b : site.bindings()) {
                    if (b.endpoint().isEmpty()) continue;
                    Site.Endpoint e = b.endpoint().get();
                    String scheme = b.protocol().toLowerCase(Locale.ROOT).equals("ftp") ? "ftp" : "http";
                    String key = scheme + "|" + e.ip().toLowerCase(Locale.ROOT) + "|" + e.port() + "|" + e.host();
                    String first = owner.putIfAbsent(key, site.name());
                    if (first == null) continue;
                    String where = first.equals(site.name()) ? "another binding of this site" : "site '" + first + "'";
                    ctx.finding("site", site.name()).at(b.location())
                            .about(new ConfigPath.SiteSetting(site, "bindings/binding/@bindingInformation"))
                            .message("binding '" + b.display() + "' listens on the same address, port and host name as "
                                    + where + ": only one of them can start")
                            .fix("site", site.name()).fix("protocol", b.protocol()).fix("info", b.bindingInformation())
                            .report();
                }
            }
        }
    }
}
