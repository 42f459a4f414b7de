package io.iislint.rules.sites;

import io.iislint.model.IisConfig;
import io.iislint.model.Site;
import io.iislint.model.SiteSettings;
import io.iislint.model.Value;
import io.iislint.rules.Param;
import io.iislint.rules.RuleContext;
import java.util.List;
import java.util.Optional;

/**
 * IIS-1311: a site's {@code limits maxConnections}: 0, which the STIG treats as no limit, or more than the parameter
 * {@code max}. Its default is the IIS default, 4294967295 (unlimited), so that an untouched site passes as the STIG
 * lets it; an organisation that wants every site capped sets {@code max}.
 */
public final class SiteConnectionsUnlimited extends SiteSettingRule<Long> {
    static final Param<Long> MAX = Param.integer("max", 4294967295L);

    public SiteConnectionsUnlimited() {
        super("IIS-1311", "limits", "maxConnections");
    }

    @Override
    public List<Param<?>> params() {
        return List.of(MAX);
    }

    @Override
    Value<Long> read(SiteSettings settings, String path, String attribute) {
        return settings.number(path, attribute);
    }

    @Override
    Optional<String> judge(Long connections, Site site, IisConfig config, RuleContext ctx) {
        if (connections == 0)
            return Optional.of("maxConnections is 0, which the STIG reads as no limit: set the number of"
                    + " simultaneous connections the site is sized for");
        long max = ctx.get(MAX);
        if (connections <= max) return Optional.empty();
        String what = connections >= 4294967295L ? "unlimited" : String.valueOf(connections);
        return Optional.of("the site takes " + what + " simultaneous connections, more than " + max
                + ": one client can hold the server's connections");
    }

    @Override
    void fixValues(RuleContext.Builder finding, RuleContext ctx) {
        long max = ctx.get(MAX);
        finding.fix("n", String.valueOf(max >= 4294967295L ? 10000 : max));
    }
}
