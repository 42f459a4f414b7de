package io.iislint.rules.identity;

import io.iislint.model.ConfigPath.MetabaseProperty;
import io.iislint.model.Iis6;
import io.iislint.model.IisConfig;
import io.iislint.model.Origin;
import io.iislint.model.Value;
import io.iislint.rules.Rule;
import io.iislint.rules.RuleContext;

/** IIS-108: IIS 6 synchronises the anonymous account's password through the sub-authentication component. */
public final class AnonymousPasswordSync implements Rule {
    @Override
    public String id() {
        return "IIS-108";
    }

    @Override
    public void check(IisConfig config, RuleContext ctx) {
        if (config.iis6().isEmpty()) return;
        for (Iis6.KeySettings k : config.iis6().get().keys()) {
            Value<Boolean> v = k.anonymousPasswordSync();
            // reported on the key that switches it on, not again on every key below that inherits it
            if (!v.is(true) || !(v.origin() instanceof Origin.SetHere)) continue;
            ctx.finding("metabase key", k.key())
                    .at(k.location())
                    .message("anonymous requests log on through the sub-authentication component (iissuba.dll), which"
                            + " manages the anonymous account's password for IIS; it does not exist on IIS 7+")
                    .value(new MetabaseProperty(k.key(), "AnonymousPasswordSync"), v)
                    .report();
        }
    }
}
