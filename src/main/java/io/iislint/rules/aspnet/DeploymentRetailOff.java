package io.iislint.rules.aspnet;

import io.iislint.model.ConfigPath;
import io.iislint.model.IisConfig;
import io.iislint.model.Value;
import io.iislint.model.WebServerScope;
import io.iislint.rules.Rule;
import io.iislint.rules.RuleContext;

/**
 * IIS-1122: machine.config without {@code <deployment retail="true">}. The section may be written in machine.config
 * only (MachineOnly), so only machine.config's own top level is judged; without machine.config among the inputs
 * nothing is.
 */
public final class DeploymentRetailOff implements Rule {
    private static final String DEPLOYMENT = "system.web/deployment";

    @Override
    public String id() {
        return "IIS-1122";
    }

    @Override
    public void check(IisConfig config, RuleContext ctx) {
        for (WebServerScope scope : config.scopes()) {
            if (scope.kind() != WebServerScope.Kind.MACHINE || !scope.path().isEmpty()) continue;
            Value<Boolean> retail = scope.settings().bool(DEPLOYMENT, "retail");
            if (!retail.is(false)) continue;
            ctx.finding(scope)
                    .at(scope.settings()
                            .element("system.web")
                            .map(w -> w.element().location())
                            .orElse(scope.location()))
                    .message("retail mode is off: each application's web.config decides alone whether it shows"
                            + " detailed errors, traces or debug builds to visitors")
                    .value(new ConfigPath.Written(DEPLOYMENT + "/@retail"), retail)
                    .report();
        }
    }
}
