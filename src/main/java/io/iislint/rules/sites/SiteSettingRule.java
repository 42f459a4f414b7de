package io.iislint.rules.sites;

import io.iislint.model.ConfigPath;
import io.iislint.model.IisConfig;
import io.iislint.model.Origin;
import io.iislint.model.Site;
import io.iislint.model.SiteSettings;
import io.iislint.model.Value;
import io.iislint.rules.Rule;
import io.iislint.rules.RuleContext;
import io.iislint.source.Location;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A rule about one attribute of a site's element ({@code logFile/@enabled}, {@code limits/@maxConnections}), judged
 * for each site on the value IIS gives it. A value the site writes is reported on the site; one it inherits from
 * {@code siteDefaults}, or the IIS default, is reported once, on {@code siteDefaults} (where it is written, else where
 * {@code siteDefaults} or the sites section is), naming the sites that get it. The fix templates write to either
 * through two pieces: {@code {appcmdSite}} ({@code [name='Shop']} or {@code siteDefaults}) and {@code {psSite}}
 * ({@code site[@name='Shop']} or {@code siteDefaults}).
 */
abstract class SiteSettingRule<T> implements Rule {
    private final String id;
    private final String path;
    private final String attribute;

    /** {@code path}: the element below {@code <site>} ({@code logFile}); {@code attribute} its attribute. */
    SiteSettingRule(String id, String path, String attribute) {
        this.id = id;
        this.path = path;
        this.attribute = attribute;
    }

    @Override
    public final String id() {
        return id;
    }

    /** The site's value, read as the rule needs it. */
    abstract Value<T> read(SiteSettings settings, String path, String attribute);

    /** What is wrong with the value for this site, or empty when nothing is (or the rule does not apply to it). */
    abstract Optional<String> judge(T value, Site site, IisConfig config, RuleContext ctx);

    /** Values the fix templates need beyond the site's ({@code {n}}); none by default. */
    void fixValues(RuleContext.Builder finding, RuleContext ctx) {}

    /** Whether the file's sites are judged at all (central logging makes the sites' logFile unused). */
    boolean applies(IisConfig config) {
        return true;
    }

    @Override
    public void check(IisConfig config, RuleContext ctx) {
        check(config, ctx, attribute);
    }

    /** The rule on another attribute of the same element (FTP's control and data channels). */
    final void check(IisConfig config, RuleContext ctx, String attribute) {
        if (!applies(config)) return;
        // inherited values, grouped by what is wrong with them: one finding each on siteDefaults
        Map<String, List<Site>> inherited = new LinkedHashMap<>();
        Map<String, Value<T>> values = new LinkedHashMap<>();
        for (Site site : config.sites()) {
            Value<T> v = read(site.settings(), path, attribute);
            if (!(v instanceof Value.Known<T> k)) continue;
            Optional<String> wrong = judge(k.value(), site, config, ctx);
            if (wrong.isEmpty()) continue;
            if (v.origin() instanceof Origin.SetHere) {
                RuleContext.Builder b = ctx.finding("site", site.name())
                        .at(site.location())
                        .message(wrong.get())
                        .value(new ConfigPath.SiteSetting(site, path + "/@" + attribute), v)
                        .fix("site", site.name())
                        .splice("appcmdSite", "[name='{site}']")
                        .splice("psSite", "site[@name='{site}']");
                fixValues(b, ctx);
                b.report();
            } else {
                inherited.computeIfAbsent(wrong.get(), w -> new ArrayList<>()).add(site);
                values.putIfAbsent(wrong.get(), v);
            }
        }
        for (Map.Entry<String, List<Site>> e : inherited.entrySet()) {
            List<Site> sites = e.getValue();
            Optional<Location> at = sites.get(0)
                    .settings()
                    .defaultsLocation()
                    .or(config::sitesSection)
                    .or(() -> Optional.of(sites.get(0).location()));
            RuleContext.Builder b = ctx.finding("site defaults", SiteSettings.SITE_DEFAULTS)
                    .at(at.orElseThrow())
                    .message(e.getKey() + "; " + sitesNamed(sites))
                    .value(
                            new ConfigPath.Written(
                                    "system.applicationHost/sites/siteDefaults/" + path + "/@" + attribute),
                            java.util.Objects.requireNonNull(values.get(e.getKey())))
                    .splice("appcmdSite", "siteDefaults")
                    .splice("psSite", "siteDefaults");
            fixValues(b, ctx);
            b.report();
        }
    }

    /** "site 'Shop' gets it", "3 sites get it: 'A', 'B', 'C'", at most five names. */
    static String sitesNamed(List<Site> sites) {
        StringBuilder sb = new StringBuilder();
        if (sites.size() == 1) return "site '" + sites.get(0).name() + "' gets it";
        sb.append(sites.size()).append(" sites get it: ");
        for (int i = 0; i < sites.size() && i < 5; i++) {
            if (i > 0) sb.append(", ");
            sb.append('\'').append(sites.get(i).name()).append('\'');
        }
        if (sites.size() > 5) sb.append(" and ").append(sites.size() - 5).append(" more");
        return sb.toString();
    }
}
