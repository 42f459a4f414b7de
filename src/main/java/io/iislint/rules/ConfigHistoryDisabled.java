package io.iislint.rules;

import io.iislint.model.ConfigPath;
import io.iislint.model.IisConfig;
import io.iislint.model.Settings;
import io.iislint.model.Value;
import io.iislint.model.WebServerScope;
import java.util.Optional;

/**
 * IIS-012: configuration history off: IIS keeps no copies of applicationHost.config (IIS 6: of MetaBase.xml) to go
 * back to after a bad change. IIS 7+ {@code configHistory enabled} (true by default: 10 copies, one every two
 * minutes at most when the file changed); IIS 6 {@code EnableHistory} on /LM (on by default).
 */
public final class ConfigHistoryDisabled extends SettingRule<Boolean> {
    private static final String MESSAGE = "configuration history is off: IIS keeps no earlier copies of its"
            + " configuration, so a bad change cannot be rolled back from the history folder";

    public ConfigHistoryDisabled() {
        super("IIS-012", "system.applicationHost/configHistory", "enabled");
    }

    @Override
    protected Value<Boolean> read(Settings settings, String section, String attribute) {
        return settings.bool(section, attribute);
    }

    @Override
    protected Optional<String> judge(Boolean enabled, WebServerScope scope, RuleContext ctx) {
        return enabled ? Optional.empty() : Optional.of(MESSAGE);
    }

    @Override
    public void check(IisConfig config, RuleContext ctx) {
        super.check(config, ctx);
        if (config.iis6().isEmpty()) return;
        Value<Boolean> v = config.iis6().get().enableHistory();
        if (!v.is(false) || v.location().isEmpty()) return;
        ctx.finding("metabase key", "/LM")
                .at(v.location().get())
                .message(MESSAGE)
                .value(new ConfigPath.MetabaseProperty("/LM", "EnableHistory"), v)
                .report();
    }
}
