package io.iislint.rules.sites;

import io.iislint.model.ConfigPath;
import io.iislint.model.IisConfig;
import io.iislint.model.Settings;
import io.iislint.model.Site;
import io.iislint.model.SiteSettings;
import io.iislint.rules.Param;
import io.iislint.rules.Rule;
import io.iislint.rules.RuleContext;
import io.iislint.source.Location;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A rule that a site's W3C log holds custom fields ({@code logFile/customFields}, IIS 8.5 and later) a STIG names: each
 * field the parameter {@code requiredCustomFields} lists ({@code RequestHeader:Connection}) that no custom field logs
 * is a finding of its own, with its own fix. The parameter is empty by default, so nothing is judged: the fields are
 * the STIG's demand, not a default server's flaw (every untouched server would have them reported, and one of them,
 * Authorization, writes credentials into the log); the benchmark view sets the STIG's. A site whose customFields are its own is reported on the site; one that
 * gets them from {@code siteDefaults} (or has none there either) once on {@code siteDefaults}, naming the sites. Judged
 * where IIS logs per site, in W3C, with logging on, for sites with an http or https binding; the sites of an appcmd
 * export that write no customFields are not judged (their siteDefaults is not in the file).
 */
abstract class CustomFieldsRule implements Rule {
    static final String PATH = "logFile/customFields";

    private final String id;
    private final Param<String> required;

    CustomFieldsRule(String id) {
        this.id = id;
        this.required = Param.text("requiredCustomFields", "");
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final List<Param<?>> params() {
        return List.of(required);
    }

    /** Why a log without {@code field} falls short: the end of the finding's message. */
    abstract String why(Field field);

    /** A field a custom field must log: where IIS takes it from (RequestHeader …) and its name there. */
    record Field(String sourceType, String sourceName) {
        String display() {
            return sourceType + ":" + sourceName;
        }
    }

    @Override
    public void check(IisConfig config, RuleContext ctx) {
        if (!Logging.perSite(config)) return;
        List<Field> fields = fields(ctx.get(required));
        if (fields.isEmpty()) return;
        Map<Field, List<Site>> inherited = new LinkedHashMap<>();
        for (Site site : config.sites()) {
            if (!judged(site)) continue;
            SiteSettings s = site.settings();
            Optional<Location> own = own(s);
            if (own.isEmpty() && s.exported()) continue;
            List<Settings.Entry> logged = s.collection(PATH, "logFieldName");
            for (Field f : fields) {
                if (logs(logged, f)) continue;
                if (own.isPresent())
                    report(ctx.finding("site", site.name()).at(own.get()), f, site.name())
                            .splice("appcmdSite", "[name='{site}']")
                            .splice("psSite", "site[@name='{site}']")
                            .report();
                else inherited.computeIfAbsent(f, k -> new ArrayList<>()).add(site);
            }
        }
        for (Map.Entry<Field, List<Site>> e : inherited.entrySet()) {
            List<Site> sites = e.getValue();
            SiteSettings first = sites.get(0).settings();
            Optional<Location> at = first.defaults()
                    .element(PATH)
                    .map(x -> x.location())
                    .or(first::defaultsLocation)
                    .or(config::sitesSection)
                    .or(() -> Optional.of(sites.get(0).location()));
            RuleContext.Builder b =
                    ctx.finding("site defaults", SiteSettings.SITE_DEFAULTS).at(at.orElseThrow());
            report(b, e.getKey(), "")
                    .message(message(e.getKey()) + "; " + SiteSettingRule.sitesNamed(sites))
                    .splice("appcmdSite", "siteDefaults")
                    .splice("psSite", "siteDefaults")
                    .report();
        }
    }

    private RuleContext.Builder report(RuleContext.Builder b, Field f, String site) {
        b.message(message(f))
                .about(new ConfigPath.Written("system.applicationHost/sites/"
                        + (site.isEmpty() ? "siteDefaults" : "site[@name='" + site + "']") + "/" + PATH
                        + "/add[@sourceType='" + f.sourceType() + "' and @sourceName='" + f.sourceName() + "']"))
                .fix("sourceType", f.sourceType())
                .fix("sourceName", f.sourceName());
        if (!site.isEmpty()) b.fix("site", site);
        return b;
    }

    private String message(Field f) {
        return "the W3C log has no custom field for " + f.display() + ": " + why(f);
    }

    /** A site whose W3C log IIS writes: logging on, W3C, and a binding for http or https. */
    static boolean judged(Site site) {
        SiteSettings s = site.settings();
        if (s.bool("logFile", "enabled").is(false)) return false;
        if (!s.text("logFile", "logFormat").matches(f -> Logging.lower(f).equals("w3c"))) return false;
        return site.bindings().stream().anyMatch(b -> {
            String p = b.protocol().toLowerCase(Locale.ROOT);
            return p.equals("http") || p.equals("https");
        });
    }

    /** Where the site writes its own customFields, when it does. */
    static Optional<Location> own(SiteSettings s) {
        Optional<Location> mine = s.element(PATH).map(x -> x.location());
        Optional<Location> theirs = s.defaults().element(PATH).map(x -> x.location());
        return mine.equals(theirs) ? Optional.empty() : mine;
    }

    /** Whether a custom field logs {@code f}: the same source type and name, without letter case. */
    static boolean logs(List<Settings.Entry> logged, Field f) {
        return logged.stream()
                .anyMatch(e -> e.attribute("sourceType").trim().equalsIgnoreCase(f.sourceType())
                        && e.attribute("sourceName").trim().equalsIgnoreCase(f.sourceName()));
    }

    /** {@code RequestHeader:Connection, ResponseHeader:Content-Type}; an entry without a type is a request header. */
    static List<Field> fields(String text) {
        List<Field> out = new ArrayList<>();
        for (String part : text.split(",")) {
            String t = part.trim();
            if (t.isEmpty()) continue;
            int colon = t.indexOf(':');
            Field f = colon < 0
                    ? new Field("RequestHeader", t)
                    : new Field(
                            t.substring(0, colon).trim(), t.substring(colon + 1).trim());
            if (!out.contains(f)) out.add(f);
        }
        return out;
    }
}
