package io.iislint.rules.asp;

import io.iislint.model.Settings;
import io.iislint.model.Value;
import io.iislint.model.WebServerScope;
import io.iislint.rules.RuleContext;
import io.iislint.rules.SettingRule;
import java.util.Optional;

/** IIS-1129: global.asa's Session_OnEnd and Application_OnEnd run as the process identity, not the anonymous user. */
public final class AspOnEndNotAnonymous extends SettingRule<Boolean> {
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
        return Optional.of("global.asa's Session_OnEnd and Application_OnEnd run as the worker process's identity"
                + " instead of the anonymous user: script there gets the process's rights");
    }
}
