package io.iislint.rules.sites;

import io.iislint.model.Settings;
import io.iislint.model.Value;
import io.iislint.model.WebServerScope;
import io.iislint.rules.Param;
import io.iislint.rules.RuleContext;
import io.iislint.rules.SettingRule;
import java.util.List;
import java.util.Optional;

/**
 * IIS-1314: {@code webLimits minBytesPerSecond} below the parameter {@code min} (the IIS default, 240): a client that
 * reads a response slower than that is disconnected, and a lower value (0 turns it off) lets slow readers hold
 * connections open. Server-wide (IIS 6: MinFileBytesPerSec).
 */
public final class MinBytesPerSecondLow extends SettingRule<Long> {
    static final Param<Long> MIN = Param.integer("min", 240);

    public MinBytesPerSecondLow() {
        super("IIS-1314", "system.applicationHost/webLimits", "minBytesPerSecond");
    }

    @Override
    public List<Param<?>> params() {
        return List.of(MIN);
    }

    @Override
    protected Value<Long> read(Settings settings, String section, String attribute) {
        return settings.number(section, attribute);
    }

    @Override
    protected Optional<String> judge(Long bytes, WebServerScope scope, RuleContext ctx) {
        long min = ctx.get(MIN);
        if (bytes >= min) return Optional.empty();
        return Optional.of(
                bytes == 0
                        ? "clients that read responses slowly are never disconnected: a few of them can hold every connection"
                        : "clients reading responses at " + bytes + " bytes a second are kept, fewer than " + min
                                + ": slow readers can hold connections open");
    }

    @Override
    protected void fixValues(RuleContext.Builder finding, RuleContext ctx) {
        finding.fix("min", String.valueOf(ctx.get(MIN)));
    }
}
