package io.iislint.rules.fastcgi;

import io.iislint.model.ConfigPath;
import io.iislint.model.FastCgiApplication;
import io.iislint.model.IisConfig;
import io.iislint.model.Value;
import io.iislint.rules.Rule;
import io.iislint.rules.RuleContext;

/**
 * IIS-309: requestTimeout below activityTimeout. The activity limit ends a request whose process has sent nothing for
 * that long; the request limit ends any request that has run that long. A silent request reaches the request limit
 * first, so the activity limit never fires, and a long script given more activity time still ends at requestTimeout.
 */
public final class FastcgiActivityTimeoutUnreachable implements Rule {
    @Override
    public String id() {
        return "IIS-309";
    }

    @Override
    public void check(IisConfig config, RuleContext ctx) {
        for (FastCgiApplication app : config.fastCgiApplications()) {
            if (!(app.activityTimeout() instanceof Value.Known<Long> activity)
                    || !(app.requestTimeout() instanceof Value.Known<Long> request)
                    || request.value() >= activity.value()) continue;
            FastCgi.finding(ctx, app)
                    // the line of requestTimeout when it is written, else that of activityTimeout
                    .at(activity.location().orElse(app.location()))
                    .message("requestTimeout " + request.value() + " is below activityTimeout " + activity.value()
                            + ": every request ends after " + request.value() + " seconds, so the activity limit"
                            + " never applies and a script allowed more time without output still fails with 500")
                    .value(new ConfigPath.FastCgiSetting(app, "requestTimeout"), request)
                    .fixTo(Long.toString(activity.value()))
                    .fix("seconds", Long.toString(activity.value()))
                    .report();
        }
    }
}
