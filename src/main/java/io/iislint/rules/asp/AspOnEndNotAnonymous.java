package io.iislint.rules.asp;

import io.iislint.model.ConfigPath;
import io.iislint.model.Iis6;
import io.iislint.model.IisConfig;
import io.iislint.model.Settings;
import io.iislint.model.Value;
import io.iislint.model.WebServerScope;
import io.iislint.rules.RuleContext;
import io.iislint.rules.SettingRule;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * IIS-1129: global.asa's Session_OnEnd and Application_OnEnd run as the process identity, not the anonymous user.
 * IIS 7+ reads {@code asp/@runOnEndAnonymously}; an IIS 6 metabase {@code AspRunOnEndAnonymously}, inherited down the
 * key path and reported on the key that writes it.
 */
public final class AspOnEndNotAnonymous extends SettingRule<Boolean> {
    private static final String MESSAGE = "global.asa's Session_OnEnd and Application_OnEnd run as the worker"
            + " process's identity instead of the anonymous user: script there gets the process's rights";

    public AspOnEndNotAnonymous() {
        super("IIS-1129", "system.webServer/asp", "runOnEndAnonymously");
    }

    @Override
    protected Value<Boolean> read(Settings settings, String section, String attribute) {
        return settings.bool(section, attribute);
    }

    @Override
    protected Optional<String> judge(Boolean anonymous, WebServerScope scope, RuleContext ctx) {
        if (anonymous) return Optional.empty();
        return Optional.of(MESSAGE);
    }

    @Override
    public void check(IisConfig config, RuleContext ctx) {
        super.check(config, ctx);
        if (config.iis6().isEmpty()) return;
        Map<String, WebServerScope> scopes = new HashMap<>();
        for (WebServerScope s : config.scopes()) scopes.put(s.path().toLowerCase(Locale.ROOT), s);
        for (Iis6.KeySettings k : config.iis6().get().keys()) {
            Value<Boolean> v = k.aspRunOnEndAnonymously();
            WebServerScope scope = scopes.get(k.key().toLowerCase(Locale.ROOT));
            if (!v.is(false) || scope == null || !scope.decides(v)) continue;
            ctx.finding(scope)
                    .message(MESSAGE)
                    .value(new ConfigPath.MetabaseProperty(k.key(), "AspRunOnEndAnonymously"), v)
                    .report();
        }
    }
}
