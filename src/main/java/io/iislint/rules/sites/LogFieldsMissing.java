package io.iislint.rules.sites;

import io.iislint.model.IisConfig;
import io.iislint.model.Site;
import io.iislint.model.SiteSettings;
import io.iislint.model.Value;
import io.iislint.rules.Param;
import io.iislint.rules.RuleContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * IIS-1303: a site's W3C log without fields the organisation needs ({@code logExtFileFlags}); which fields is the
 * parameter {@code requiredFields}. Judged where IIS logs per site, in the W3C format, with logging on.
 */
public final class LogFieldsMissing extends SiteSettingRule<Set<String>> {
    static final Param<String> REQUIRED = Param.text(
            "requiredFields",
            "Date, Time, ClientIP, UserName, Method, UriStem, UriQuery, HttpStatus, HttpSubStatus, UserAgent, Referer");

    public LogFieldsMissing() {
        super("IIS-1303", "logFile", "logExtFileFlags");
    }

    @Override
    public List<Param<?>> params() {
        return List.of(REQUIRED);
    }

    @Override
    boolean applies(IisConfig config) {
        return Logging.perSite(config);
    }

    @Override
    Value<Set<String>> read(SiteSettings settings, String path, String attribute) {
        return settings.typed(path, attribute, t -> Optional.of(flags(t)));
    }

    @Override
    Optional<String> judge(Set<String> flags, Site site, IisConfig config, RuleContext ctx) {
        if (site.settings().bool("logFile", "enabled").is(false)) return Optional.empty();
        if (!site.settings()
                .text("logFile", "logFormat")
                .matches(f -> Logging.lower(f).equals("w3c"))) return Optional.empty();
        List<String> missing = missing(flags, ctx.get(REQUIRED));
        if (missing.isEmpty()) return Optional.empty();
        return Optional.of("the W3C log leaves out " + String.join(", ", missing)
                + ": what a request did and who sent it cannot be told from the log");
    }

    @Override
    void fixValues(RuleContext.Builder finding, RuleContext ctx) {
        finding.fix(
                "fields",
                "Date, Time, ClientIP, UserName, ServerIP, Method, UriStem, UriQuery, HttpStatus,"
                        + " Win32Status, TimeTaken, ServerPort, UserAgent, Referer, HttpSubStatus");
    }

    /** The required fields not among {@code flags}, in the parameter's order and spelling. */
    static List<String> missing(Set<String> flags, String required) {
        Set<String> have = new java.util.HashSet<>();
        for (String f : flags) have.add(f.toLowerCase(Locale.ROOT));
        List<String> missing = new ArrayList<>();
        for (String r : required.split(",")) {
            String f = r.trim();
            if (!f.isEmpty() && !have.contains(f.toLowerCase(Locale.ROOT))) missing.add(f);
        }
        return missing;
    }

    /** A flags attribute's names, as written ({@code Date, Time}); IIS compares them without letter case. */
    static Set<String> flags(String text) {
        Set<String> set = new LinkedHashSet<>();
        for (String f : text.split(",")) {
            String t = f.trim();
            if (!t.isEmpty()) set.add(t);
        }
        return set;
    }
}
