package io.iislint.rules.sites;

import io.iislint.model.IisConfig;
import io.iislint.model.Site;
import io.iislint.model.SiteSettings;
import io.iislint.model.TimeSpan;
import io.iislint.model.Value;
import io.iislint.rules.Param;
import io.iislint.rules.RuleContext;
import java.util.List;
import java.util.Optional;

/**
 * IIS-1312: a site's {@code limits connectionTimeout} longer than the parameter {@code max} (the IIS default, 2
 * minutes): idle and slow connections are held that long, which makes the server easier to exhaust.
 */
public final class ConnectionTimeoutLong extends SiteSettingRule<TimeSpan> {
    static final Param<TimeSpan> MAX = Param.timeSpan("max", "00:02:00");

    public ConnectionTimeoutLong() {
        super("IIS-1312", "limits", "connectionTimeout");
    }

    @Override
    public List<Param<?>> params() {
        return List.of(MAX);
    }

    @Override
    Value<TimeSpan> read(SiteSettings settings, String path, String attribute) {
        return settings.timeSpan(path, attribute);
    }

    @Override
    Optional<String> judge(TimeSpan timeout, Site site, IisConfig config, RuleContext ctx) {
        TimeSpan max = ctx.get(MAX);
        if (timeout.compareTo(max) <= 0) return Optional.empty();
        return Optional.of("an idle or slow connection is held " + timeout + ", longer than " + max
                + ": a few clients that open connections and send nothing can use up the server's");
    }

    @Override
    void fixValues(RuleContext.Builder finding, RuleContext ctx) {
        finding.fix("timeout", ctx.get(MAX).toString());
    }
}
