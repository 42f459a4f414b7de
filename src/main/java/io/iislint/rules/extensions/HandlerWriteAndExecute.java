package io.iislint.rules.extensions;

import io.iislint.model.AccessFlag;
import io.iislint.model.ConfigPath;
import io.iislint.model.IisConfig;
import io.iislint.model.WebServerScope;
import io.iislint.rules.Rule;
import io.iislint.rules.RuleContext;
import java.util.Set;

/** IIS-803: handlers may write files and execute scripts at the same place. */
public final class HandlerWriteAndExecute implements Rule {
    @Override
    public String id() {
        return "IIS-803";
    }

    @Override
    public void check(IisConfig config, RuleContext ctx) {
        for (WebServerScope scope : config.scopes()) {
            var v = scope.handlers().accessPolicy();
            if (!v.matches(HandlerWriteAndExecute::writeAndRun) || !scope.decides(v)) continue;
            ctx.finding(scope)
                    .message(
                            "handlers are granted Write together with Script or Execute: an uploaded file can then be run")
                    .value(new ConfigPath.SectionSetting(scope, "handlers", "@accessPolicy"), v)
                    .report();
        }
    }

    private static boolean writeAndRun(Set<AccessFlag> flags) {
        return flags.contains(AccessFlag.Write)
                && (flags.contains(AccessFlag.Script) || flags.contains(AccessFlag.Execute));
    }
}
