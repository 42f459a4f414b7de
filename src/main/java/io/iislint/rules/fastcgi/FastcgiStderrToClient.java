package io.iislint.rules.fastcgi;

import io.iislint.model.ConfigPath;
import io.iislint.model.FastCgiApplication;
import io.iislint.model.IisConfig;
import io.iislint.model.StderrMode;
import io.iislint.rules.Rule;
import io.iislint.rules.RuleContext;

/** IIS-306: a script's error output is sent to the client. */
public final class FastcgiStderrToClient implements Rule {
    @Override
    public String id() {
        return "IIS-306";
    }

    @Override
    public void check(IisConfig config, RuleContext ctx) {
        for (FastCgiApplication app : config.fastCgiApplications()) {
            var v = app.stderrMode();
            if (!v.is(StderrMode.ReturnStdErrIn500)) continue;
            FastCgi.finding(ctx, app)
                    .message(
                            "what the application writes to stderr (paths, queries, stack traces) is returned to the client in a 500 page")
                    .value(new ConfigPath.FastCgiSetting(app, "stderrMode"), v)
                    .fixTo("ReturnGeneric500")
                    .report();
        }
    }
}
