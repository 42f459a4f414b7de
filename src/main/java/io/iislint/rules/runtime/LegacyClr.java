package io.iislint.rules.runtime;

import io.iislint.model.ApplicationPool;
import io.iislint.model.ConfigPath.PoolSetting;
import io.iislint.model.Value;
import io.iislint.rules.PoolRule;
import io.iislint.rules.RuleContext;
import java.util.Locale;

/** IIS-702: CLR 1.1 or 2.0. */
public final class LegacyClr extends PoolRule {
    public LegacyClr() {
        super("IIS-702");
    }

    @Override
    protected void check(ApplicationPool pool, RuleContext ctx) {
        var v = pool.managedRuntimeVersion();
        if (!(v instanceof Value.Known<String> clr)) return;
        boolean clr1 = pool.loadsClr1(); // as the audit's Clr11 check reads it
        if (!clr1 && !clr.value().trim().toLowerCase(Locale.ROOT).startsWith("v2.")) return;
        String what = clr1
                ? ".NET Framework 1.1, unsupported and 32-bit only"
                : ".NET Framework 2.0-3.5, an old runtime without current security fixes";
        ctx.finding(pool)
                .message("loads CLR " + clr.value() + " (" + what + ")")
                .value(new PoolSetting(pool, "@managedRuntimeVersion"), v)
                .fixTo("v4.0")
                .report();
    }
}
