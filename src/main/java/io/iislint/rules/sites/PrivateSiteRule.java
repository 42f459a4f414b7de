package io.iislint.rules.sites;

import io.iislint.model.ConfigPath;
import io.iislint.model.IisConfig;
import io.iislint.model.Origin;
import io.iislint.model.Site;
import io.iislint.model.Value;
import io.iislint.model.WebServerScope;
import io.iislint.rules.Param;
import io.iislint.rules.Rule;
import io.iislint.rules.RuleContext;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A rule on the SSL flags ({@code system.webServer/security/access sslFlags}) at the root of the sites the parameter
 * {@code privateSites} names: which sites are private (for an organisation's own users, not the public) is not in
 * the files, so with the parameter empty, its default, nothing is judged. Read at the site's configuration path, as
 * IIS-1309 reads it; reported where sslFlags is written for the site, else on the site.
 */
abstract class PrivateSiteRule implements Rule {
    static final Param<String> PRIVATE = Param.text("privateSites", "");

    private final String id;

    PrivateSiteRule(String id) {
        this.id = id;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final List<Param<?>> params() {
        return List.of(PRIVATE);
    }

    /** What the flags lack for this rule (empty when nothing), in a sentence's words. */
    abstract Optional<String> judge(Set<String> flags);

    /**
     * What both rules' fixes add to the flags set: the whole of what the STIG asks of a private site, so that the two
     * fixes, run one after the other, write the same value rather than each undo the other's.
     */
    static final String[] STIG = {"Ssl", "SslNegotiateCert", "SslRequireCert", "Ssl128"};

    /** The flags the fix writes. */
    abstract String fixFlags(Set<String> flags);

    @Override
    public void check(IisConfig config, RuleContext ctx) {
        String sites = ctx.get(PRIVATE);
        if (sites.isBlank()) return;
        for (Site site : config.sites()) {
            if (!SiteList.names(sites, site)) continue;
            Optional<WebServerScope> scope = config.scopeFor(site.name());
            if (scope.isEmpty()) continue;
            Value<String> text = scope.get().settings().text(SiteSslNotRequired.ACCESS, "sslFlags");
            if (!(text instanceof Value.Known<String> known)) continue;
            Set<String> flags = flags(known.value());
            Optional<String> wrong = judge(flags);
            if (wrong.isEmpty()) continue;
            ConfigPath path = new ConfigPath.Written(SiteSslNotRequired.ACCESS + "/@sslFlags");
            RuleContext.Builder b = ctx.finding("site", site.name())
                    .at(site.location())
                    .fix("site", site.name())
                    .fix("flags", fixFlags(flags));
            String message = "is a private site (privateSites) and " + wrong.get();
            if (text.origin() instanceof Origin.Default)
                b.message(message + " (IIS default)").about(path);
            else b.message(message).value(path, text);
            b.report();
        }
    }

    /** The flag names, lower case: {@code ssl}, {@code sslnegotiatecert}, {@code sslrequirecert}, {@code ssl128}. */
    static Set<String> flags(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String f : text.split(",")) {
            String t = f.trim().toLowerCase(Locale.ROOT);
            if (!t.isEmpty() && !t.equals("none")) out.add(t);
        }
        return out;
    }

    /** The flags IIS Manager writes for them, in its order, with {@code add} added: {@code Ssl, SslRequireCert}. */
    static String spelled(Set<String> flags, String... add) {
        Set<String> all = new LinkedHashSet<>(flags);
        for (String a : add) all.add(a.toLowerCase(Locale.ROOT));
        StringBuilder sb = new StringBuilder();
        for (String name : List.of("Ssl", "SslNegotiateCert", "SslRequireCert", "SslMapCert", "Ssl128")) {
            if (!all.contains(name.toLowerCase(Locale.ROOT))) continue;
            if (sb.length() > 0) sb.append(", ");
            sb.append(name);
        }
        return sb.toString();
    }
}
