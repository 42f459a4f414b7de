package io.iislint.rules;

import io.iislint.model.ConfigPath;
import io.iislint.model.IisConfig;
import io.iislint.model.Redirection;

/**
 * IIS-009: a redirection.config that turns shared configuration on: IIS reads applicationHost.config from the path
 * it names, so the applicationHost.config beside it is not the one IIS uses.
 */
public final class SharedConfiguration implements Rule {
    @Override
    public String id() {
        return "IIS-009";
    }

    @Override
    public void check(IisConfig config, RuleContext ctx) {
        if (config.redirection().isEmpty()) return;
        Redirection r = config.redirection().get();
        if (!r.enabled().is(true)) return;
        String where = r.path().isBlank() ? "the path it names (none here: IIS cannot start)" : "'" + r.path() + "'";
        ctx.finding("config section", "configurationRedirection")
                .at(r.location())
                .message("shared configuration is on: IIS reads applicationHost.config and administration.config from "
                        + where + ", not from this folder, so an applicationHost.config beside this file is not the"
                        + " one IIS uses; lint the shared one, and judge this server by it")
                .value(new ConfigPath.Written("configurationRedirection/@enabled"), r.enabled())
                .report();
    }
}
