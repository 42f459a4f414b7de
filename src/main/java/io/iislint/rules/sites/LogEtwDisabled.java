package io.iislint.rules.sites;

import io.iislint.model.IisConfig;
import io.iislint.model.IisVersion;
import io.iislint.model.Origin;
import io.iislint.model.Site;
import io.iislint.model.SiteSettings;
import io.iislint.model.Value;
import io.iislint.rules.RuleContext;
import java.util.Optional;
import java.util.Set;

/**
 * IIS-1304: a site's W3C log written to the file only ({@code logTargetW3C} without ETW), or to ETW only. ETW events
 * reach a collector at once, out of reach of someone who edits the files on the server. {@code logTargetW3C} exists
 * from IIS 8.5: its default is judged only on IIS 10 (shown by the file or given), a written value always.
 */
public final class LogEtwDisabled extends SiteSettingRule<Set<String>> {
    public LogEtwDisabled() {
        super("IIS-1304", "logFile", "logTargetW3C");
    }

    @Override
    boolean applies(IisConfig config) {
        return Logging.perSite(config);
    }

    @Override
    Value<Set<String>> read(SiteSettings settings, String path, String attribute) {
        return settings.typed(path, attribute, t -> Optional.of(LogFieldsMissing.flags(t)));
    }

    @Override
    Optional<String> judge(Set<String> target, Site site, IisConfig config, RuleContext ctx) {
        if (site.settings().bool("logFile", "enabled").is(false)) return Optional.empty();
        if (!site.settings()
                .text("logFile", "logFormat")
                .matches(f -> Logging.lower(f).equals("w3c"))) return Optional.empty();
        Value<String> written = site.settings().text("logFile", "logTargetW3C");
        if (written.origin() instanceof Origin.Default && config.iisVersion().release() != IisVersion.Release.IIS_10)
            return Optional.empty();
        boolean etw = target.stream().anyMatch(t -> t.equalsIgnoreCase("ETW"));
        boolean file = target.stream().anyMatch(t -> t.equalsIgnoreCase("File"));
        if (!etw)
            return Optional.of("the log goes to a file only, not to ETW as well: the events are not sent off the"
                    + " server as they happen");
        if (!file)
            return Optional.of(
                    "the log goes to ETW only: nothing is kept on the server if the event collector" + " misses it");
        return Optional.empty();
    }
}
