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
 * IIS-1305: a site's log that never rolls over: {@code period="MaxSize"} with a {@code truncateSize} of at least the
 * parameter {@code neverRollSize} (IIS Manager's "Do not create new log files" writes the largest size,
 * 4294967295). One file grows for ever, cannot be archived or deleted while IIS writes it, and fills the disk.
 */
public final class LogRolloverDisabled extends SiteSettingRule<String> {
    static final Param<Long> NEVER = Param.integer("neverRollSize", 4294967295L);

    public LogRolloverDisabled() {
        super("IIS-1305", "logFile", "period");
    }

    @Override
    public List<Param<?>> params() {
        return List.of(NEVER);
    }

    @Override
    boolean applies(IisConfig config) {
        return Logging.perSite(config);
    }

    @Override
    Value<String> read(SiteSettings settings, String path, String attribute) {
        return settings.text(path, attribute);
    }

    @Override
    Optional<String> judge(String period, Site site, IisConfig config, RuleContext ctx) {
        if (!Logging.lower(period).equals("maxsize")) return Optional.empty();
        if (site.settings().bool("logFile", "enabled").is(false)) return Optional.empty();
        Value<Long> size = site.settings().number("logFile", "truncateSize");
        if (!size.matches(s -> s >= ctx.get(NEVER))) return Optional.empty();
        return Optional.of("the log rolls over only at " + size.orElse(0L)
                + " bytes, in effect never: one file grows until the disk is full and cannot be archived while IIS"
                + " writes it");
    }
}
