package io.iislint.rules.sites;

import io.iislint.model.Settings;
import io.iislint.model.TimeSpan;
import io.iislint.model.Value;
import io.iislint.model.WebServerScope;
import io.iislint.rules.Param;
import io.iislint.rules.RuleContext;
import io.iislint.rules.SettingRule;
import java.util.List;
import java.util.Optional;

/**
 * IIS-1315: {@code webLimits headerWaitTimeout} longer than the parameter {@code max} (2 minutes): a client may take
 * that long to send its request headers, the slow-header attack's opening. 0, the IIS default, leaves HTTP.sys's own
 * timer in charge and passes.
 */
public final class HeaderWaitTimeoutLong extends SettingRule<TimeSpan> {
    static final Param<TimeSpan> MAX = Param.timeSpan("max", "00:02:00");

    public HeaderWaitTimeoutLong() {
        super("IIS-1315", "system.applicationHost/webLimits", "headerWaitTimeout");
    }

    @Override
    public List<Param<?>> params() {
        return List.of(MAX);
    }

    @Override
    protected Value<TimeSpan> read(Settings settings, String section, String attribute) {
        return settings.timeSpan(section, attribute);
    }

    @Override
    protected Optional<String> judge(TimeSpan wait, WebServerScope scope, RuleContext ctx) {
        TimeSpan max = ctx.get(MAX);
        if (wait.isZero() || wait.compareTo(max) <= 0) return Optional.empty();
        return Optional.of("a client may take " + wait + " to send its request headers, longer than " + max
                + ": clients that send headers slowly can hold the server's connections");
    }

    @Override
    protected void fixValues(RuleContext.Builder finding, RuleContext ctx) {
        finding.fix("max", ctx.get(MAX).toString());
    }
}
