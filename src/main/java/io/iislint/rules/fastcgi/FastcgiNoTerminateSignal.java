package io.iislint.rules.fastcgi;

import io.iislint.model.ConfigPath;
import io.iislint.model.FastCgiApplication;
import io.iislint.model.IisConfig;
import io.iislint.rules.Param;
import io.iislint.rules.Rule;
import io.iislint.rules.RuleContext;
import java.util.List;

/** IIS-304: FastCGI processes are killed without warning on recycle or shutdown. */
public final class FastcgiNoTerminateSignal implements Rule {
    static final Param<Long> SECONDS = Param.integer("seconds", 5);

    @Override
    public String id() {
        return "IIS-304";
    }

    @Override
    public List<Param<?>> params() {
        return List.of(SECONDS);
    }

    @Override
    public void check(IisConfig config, RuleContext ctx) {
        for (FastCgiApplication app : config.fastCgiApplications()) {
            var v = app.signalBeforeTerminateSeconds();
            if (!v.is(0L)) continue;
            FastCgi.finding(ctx, app)
                    .message(
                            "processes are terminated without a shutdown signal, so they cannot finish requests or clean up")
                    .value(new ConfigPath.FastCgiSetting(app, "signalBeforeTerminateSeconds"), v)
                    .fixTo(Long.toString(ctx.get(SECONDS)))
                    .fix("seconds", Long.toString(ctx.get(SECONDS)))
                    .report();
        }
    }
}
