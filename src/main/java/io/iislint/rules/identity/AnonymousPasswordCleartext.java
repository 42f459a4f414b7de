package io.iislint.rules.identity;

import io.iislint.model.ConfigPath.SectionSetting;
import io.iislint.model.IisConfig;
import io.iislint.model.Secret;
import io.iislint.model.WebServerScope;
import io.iislint.rules.Rule;
import io.iislint.rules.RuleContext;

/** IIS-106: the anonymous account's password in clear text. */
public final class AnonymousPasswordCleartext implements Rule {
    @Override
    public String id() {
        return "IIS-106";
    }

    @Override
    public void check(IisConfig config, RuleContext ctx) {
        for (WebServerScope scope : config.scopes()) {
            var anon = scope.anonymousAuthentication();
            if (!anon.password().matches(p -> p instanceof Secret.ClearText) || !scope.decides(anon.password()))
                continue;
            ctx.finding(scope)
                    .message("the password of anonymous account '"
                            + anon.userName().display() + "' is stored in clear text")
                    .value(new SectionSetting(scope, AnonymousSection.PATH, "@password"), anon.password())
                    .report();
        }
    }
}
