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
 * IIS-1313: a site's {@code limits maxBandwidth} below the parameter {@code min} (1 MB/s): every response of the site
 * is slowed to share that many bytes a second, a limit often left behind from a test.
 */
public final class BandwidthThrottled extends SiteSettingRule<Long> {
    static final Param<Long> MIN = Param.integer("min", 1048576);

    public BandwidthThrottled() {
        super("IIS-1313", "limits", "maxBandwidth");
    }

    @Override
    public List<Param<?>> params() {
        return List.of(MIN);
    }

    @Override
    Value<Long> read(SiteSettings settings, String path, String attribute) {
        return settings.number(path, attribute);
    }

    @Override
    Optional<String> judge(Long bandwidth, Site site, IisConfig config, RuleContext ctx) {
        long min = ctx.get(MIN);
        if (bandwidth >= min) return Optional.empty();
        return Optional.of("the site's responses share " + bandwidth + " bytes a second, less than " + min
                + ": pages load slowly under any load");
    }
}
