package io.iislint.rules.fastcgi;

import io.iislint.model.ConfigPath;
import io.iislint.model.Digits;
import io.iislint.model.FastCgiApplication;
import io.iislint.model.IisConfig;
import io.iislint.model.Value;
import io.iislint.rules.Rule;
import io.iislint.rules.RuleContext;
import java.util.Optional;

/** IIS-305: IIS sends more requests to a PHP process than PHP_FCGI_MAX_REQUESTS lets it serve. */
public final class FastcgiMaxRequestsAbovePhp implements Rule {
    @Override
    public String id() {
        return "IIS-305";
    }

    @Override
    public void check(IisConfig config, RuleContext ctx) {
        for (FastCgiApplication app : config.fastCgiApplications()) {
            Optional<FastCgiApplication.EnvironmentVariable> env = app.environmentVariable("PHP_FCGI_MAX_REQUESTS");
            if (env.isEmpty() || !Digits.upTo(env.get().value().trim(), 9)) continue;
            long php = Long.parseLong(env.get().value().trim());
            // php-cgi exits only when the limit is non-zero and reached (sapi/cgi/cgi_main.c): 0 is no limit
            var v = app.instanceMaxRequests();
            if (php == 0 || !(v instanceof Value.Known<Long> iis) || iis.value() <= php) continue;
            FastCgi.finding(ctx, app)
                    .message("instanceMaxRequests " + iis.value() + " is above PHP_FCGI_MAX_REQUESTS " + php
                            + ": PHP exits first and the requests in flight fail")
                    .value(new ConfigPath.FastCgiSetting(app, "instanceMaxRequests"), v)
                    .fixTo(Long.toString(php))
                    .fix("max", Long.toString(php))
                    .report();
        }
    }
}
