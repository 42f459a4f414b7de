package io.iislint.rules.sites;

import io.iislint.model.ConfigPath;
import io.iislint.model.IisConfig;
import io.iislint.model.Origin;
import io.iislint.model.Site;
import io.iislint.model.SiteSettings;
import io.iislint.model.Value;
import io.iislint.model.WebServerScope;
import io.iislint.rules.RuleContext;
import java.util.Optional;

/**
 * IIS-1301: requests that leave no trace in a log. A site whose {@code logFile enabled="false"} (its own or from
 * siteDefaults) when IIS logs per site; the central log switched off when IIS logs centrally; and
 * {@code httpLogging dontLog="true"}, reported where it is written.
 */
public final class LoggingDisabled extends SiteSettingRule<Boolean> {
    private static final String HTTP_LOGGING = "system.webServer/httpLogging";

    public LoggingDisabled() {
        super("IIS-1301", "logFile", "enabled");
    }

    @Override
    boolean applies(IisConfig config) {
        return Logging.perSite(config);
    }

    @Override
    Value<Boolean> read(SiteSettings settings, String path, String attribute) {
        return settings.bool(path, attribute);
    }

    @Override
    Optional<String> judge(Boolean enabled, Site site, IisConfig config, RuleContext ctx) {
        return enabled
                ? Optional.empty()
                : Optional.of("logging is off: requests leave no trace to investigate an attack or a failure with");
    }

    @Override
    public void check(IisConfig config, RuleContext ctx) {
        super.check(config, ctx);
        central(config, ctx);
        for (WebServerScope scope : config.scopes()) {
            if (scope.kind().isMetabase()) continue;
            Value<Boolean> dontLog = scope.settings().bool(HTTP_LOGGING, "dontLog");
            if (!dontLog.is(true) || !(dontLog.origin() instanceof Origin.SetHere)) continue;
            ctx.finding(scope)
                    .message("httpLogging dontLog is on: IIS logs no request here (set dontLog=\"false\")")
                    .value(new ConfigPath.Written(HTTP_LOGGING + "/@dontLog"), dontLog)
                    .withoutFix()
                    .report();
        }
    }

    /** In a central mode, the central log of that mode must be on. */
    private static void central(IisConfig config, RuleContext ctx) {
        if (Logging.perSite(config) || config.sites().isEmpty()) return;
        String mode = Logging.lower(Logging.centralMode(config).orElse("site"));
        String element = mode.equals("centralbinary") ? "centralBinaryLogFile" : "centralW3CLogFile";
        Value<Boolean> on = Logging.serverSettings(config).bool(Logging.LOG + "/" + element, "enabled");
        if (!on.is(false)) return;
        WebServerScope server = Logging.server(config).orElseThrow();
        ctx.finding(server)
                .message("IIS writes one central log for all sites (centralLogFileMode), and that log is off:"
                        + " no request is logged (set its enabled=\"true\")")
                .value(new ConfigPath.Written(Logging.LOG + "/" + element + "/@enabled"), on)
                .withoutFix()
                .report();
    }
}
