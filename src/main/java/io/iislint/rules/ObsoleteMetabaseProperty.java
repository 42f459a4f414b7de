package io.iislint.rules;

import io.iislint.model.ConfigPath;
import io.iislint.model.Iis6;
import io.iislint.model.IisConfig;
import java.util.Locale;

/**
 * IIS-011: an IIS 6 metabase property that nothing reads any more, with what does its job now. ServerListenTimeout
 * is not used by the IIS 6 web service (FTP, SMTP and NNTP still read it); UNCAuthenticationPassthrough is no longer
 * used for UNC authentication. IIS 7+ has neither.
 */
public final class ObsoleteMetabaseProperty implements Rule {
    @Override
    public String id() {
        return "IIS-011";
    }

    @Override
    public void check(IisConfig config, RuleContext ctx) {
        if (config.iis6().isEmpty()) return;
        for (Iis6.KeyProperty p : config.iis6().get().obsoleteProperties()) {
            ctx.finding("metabase key", p.key())
                    .at(p.location())
                    .about(new ConfigPath.MetabaseProperty(p.key(), p.property()))
                    .message(p.property() + "=" + p.value() + " " + instead(p.property()))
                    .fix("property", p.property())
                    .report();
        }
    }

    private static String instead(String property) {
        return switch (property.toLowerCase(Locale.ROOT)) {
            case "serverlistentimeout" ->
                "is not used by the IIS 6 web service and has no IIS 7+ setting: ConnectionTimeout, HeaderWaitTimeout"
                        + " and MinFileBytesPerSec do its job (on IIS 7+ limits connectionTimeout, webLimits"
                        + " headerWaitTimeout and minBytesPerSecond)";
            default ->
                "is no longer used for UNC authentication and has no IIS 7+ setting: content on a share is read as"
                        + " UNCUserName when one is set, else as the requesting user (on IIS 7+ the virtual"
                        + " directory's userName, else pass-through)";
        };
    }
}
