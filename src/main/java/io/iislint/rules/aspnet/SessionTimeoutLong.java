package io.iislint.rules.aspnet;

import io.iislint.model.Settings;
import io.iislint.model.Value;
import io.iislint.model.WebServerScope;
import io.iislint.rules.Param;
import io.iislint.rules.RuleContext;
import io.iislint.rules.SettingRule;
import java.util.List;
import java.util.Optional;

/** IIS-1108: an ASP.NET session that outlives the chosen idle time. */
public final class SessionTimeoutLong extends SettingRule<Long> {
    static final Param<Long> MAX_MINUTES = Param.integer("maxMinutes", 20);

    public SessionTimeoutLong() {
        super("IIS-1108", "system.web/sessionState", "timeout");
    }

    @Override
    public List<Param<?>> params() {
        return List.of(MAX_MINUTES);
    }

    @Override
    protected void fixValues(RuleContext.Builder finding, RuleContext ctx) {
        long max = ctx.get(MAX_MINUTES);
        finding.fix("timeout", String.format(java.util.Locale.ROOT, "%02d:%02d:00", max / 60, max % 60));
    }

    @Override
    protected Value<Long> read(Settings settings, String section, String attribute) {
        // minutes, or Infinite (the schema allows it): a session that never expires
        return settings.typed(section, attribute, t -> {
            String v = t.trim();
            if (v.equalsIgnoreCase("Infinite")) return Optional.of(Long.MAX_VALUE);
            return v.matches("\\d{1,10}") ? Optional.of(Long.parseLong(v)) : Optional.empty();
        });
    }

    @Override
    protected Optional<String> judge(Long minutes, WebServerScope scope, RuleContext ctx) {
        long max = ctx.get(MAX_MINUTES);
        if (minutes <= max) return Optional.empty();
        String lives = minutes == Long.MAX_VALUE ? "never expires" : "lives " + minutes + " minutes";
        return Optional.of("an idle session " + lives + ", more than " + max
                + " minutes: a session left open on a shared or stolen device stays usable that long");
    }
}
