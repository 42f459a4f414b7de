package io.iislint.rules.extensions;

import io.iislint.model.AccessFlag;
import io.iislint.model.ConfigPath;
import io.iislint.model.IisConfig;
import io.iislint.model.WebServerScope;
import io.iislint.rules.Rule;
import io.iislint.rules.RuleContext;
import java.util.Set;

/** IIS-810: handlers are granted Write (without Script or Execute, which is IIS-803's case). */
public final class HandlerWriteAccess implements Rule {
    @Override
    public String id() {
        return "IIS-810";
    }

    @Override
    public void check(IisConfig config, RuleContext ctx) {
        for (WebServerScope scope : config.scopes()) {
            var v = scope.handlers().accessPolicy();
            if (!v.matches(HandlerWriteAccess::writeOnly) || !scope.decides(v)) continue;
            ctx.finding(scope)
                    .message("handlers are granted Write: clients can change content here (WebDAV PUT, IIS 6 write"
                            + " access) unless something else stops them")
                    .value(new ConfigPath.SectionSetting(scope, "handlers", "@accessPolicy"), v)
                    .report();
        }
    }

    private static boolean writeOnly(Set<AccessFlag> flags) {
        return flags.contains(AccessFlag.Write)
                && !flags.contains(AccessFlag.Script)
                && !flags.contains(AccessFlag.Execute);
    }
}
