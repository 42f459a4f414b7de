package io.iislint.rules.fastcgi;

import io.iislint.model.Iis6;
import io.iislint.model.IisConfig;
import io.iislint.rules.Rule;
import io.iislint.rules.RuleContext;

/** IIS-307: an fcgiext.ini setting IIS 7+ has no place for. */
public final class FcgiextSettingDropped implements Rule {
    @Override
    public String id() {
        return "IIS-307";
    }

    @Override
    public void check(IisConfig config, RuleContext ctx) {
        FcgiextSettings.report(config, ctx, Iis6.Migration.DROPPED);
    }
}
