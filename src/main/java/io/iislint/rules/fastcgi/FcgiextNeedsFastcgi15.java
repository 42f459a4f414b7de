package io.iislint.rules.fastcgi;

import io.iislint.model.Iis6;
import io.iislint.model.IisConfig;
import io.iislint.rules.Rule;
import io.iislint.rules.RuleContext;

/** IIS-308: an fcgiext.ini setting that needs FastCGI 1.5 to carry over. */
public final class FcgiextNeedsFastcgi15 implements Rule {
    @Override
    public String id() {
        return "IIS-308";
    }

    @Override
    public void check(IisConfig config, RuleContext ctx) {
        FcgiextSettings.report(config, ctx, Iis6.Migration.NEEDS_FASTCGI_15);
    }
}
