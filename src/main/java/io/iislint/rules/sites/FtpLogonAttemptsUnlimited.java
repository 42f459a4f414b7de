package io.iislint.rules.sites;

import io.iislint.model.ConfigPath;
import io.iislint.model.IisConfig;
import io.iislint.model.Origin;
import io.iislint.model.Value;
import io.iislint.model.WebServerScope;
import io.iislint.rules.Rule;
import io.iislint.rules.RuleContext;
import java.util.Optional;

/**
 * IIS-1320: FTP logon attempt restriction off ({@code system.ftpServer/security/authentication/denyByFailure
 * enabled}, false by default), on a server with an FTP site: passwords can be guessed without end. Reported at the
 * server level, where the value is written or, as the default, where it is not.
 */
public final class FtpLogonAttemptsUnlimited implements Rule {
    static final String DENY = "system.ftpServer/security/authentication/denyByFailure";

    @Override
    public String id() {
        return "IIS-1320";
    }

    @Override
    public void check(IisConfig config, RuleContext ctx) {
        if (config.sites().stream().noneMatch(s -> Https.has(s, "ftp"))) return;
        Optional<WebServerScope> server = Logging.server(config);
        if (server.isEmpty()) return;
        Value<Boolean> on = server.get().settings().bool(DENY, "enabled");
        if (on.is(true)) return;
        if (!(on instanceof Value.Known<Boolean>)) return;
        if (!(on.origin() instanceof Origin.SetHere) && !(on.origin() instanceof Origin.Default)) return;
        ctx.finding(server.get())
                .at(config.sitesSection().orElse(server.get().location()))
                .message("an FTP site is served and failed logons are not limited: passwords can be guessed without"
                        + " end")
                .value(new ConfigPath.Written(DENY + "/@enabled"), on)
                .report();
    }
}
