package io.iislint.rules.isolation;

import io.iislint.model.IisConfig;
import io.iislint.model.Value;
import io.iislint.rules.Rule;
import io.iislint.rules.RuleContext;

/** IIS-206: IIS 6 running in IIS 5.0 isolation mode: application pools are ignored. */
public final class Iis5IsolationMode implements Rule {
    @Override
    public String id() {
        return "IIS-206";
    }

    @Override
    public void check(IisConfig config, RuleContext ctx) {
        if (config.iis6().isEmpty()) return;
        Value<Boolean> v = config.iis6().get().iis5IsolationMode();
        if (!v.isSet() || !v.value()) return;
        ctx.finding("metabase key", "/LM/W3SVC").at(config.iis6().get().service()).metabase("/LM/W3SVC")
                .message("the web service runs in IIS 5.0 isolation mode: application pools, their identities, recycling"
                        + " and health monitoring are ignored, and in-process applications run inside inetinfo.exe as LocalSystem")
                .value("IIs5IsolationModeEnabled", "IIs5IsolationModeEnabled", v)
                .report();
    }
}
