package io.iislint.rules.fastcgi;

import io.iislint.model.ConfigPath;
import io.iislint.model.Digits;
import io.iislint.model.Iis6;
import io.iislint.model.IisConfig;
import io.iislint.rules.RuleContext;
import java.util.Locale;

/** What happens to fcgiext.ini settings when FastCGI moves from the IIS 6 extension to IIS 7+ (IIS-307, IIS-308). */
final class FcgiextSettings {
    private FcgiextSettings() {}

    /** Reports each setting of the file that fares as {@code which} says. */
    static void report(IisConfig config, RuleContext ctx, Iis6.Migration which) {
        if (config.iis6().isEmpty()) return;
        for (Iis6.FcgiextSetting s : config.iis6().get().fcgiextSettings()) {
            if (s.migration() != which)
                continue; // DROPPED: what the audit's FcgiextSettings counts (FcgiextSetting.isDropped)
            String message = which == Iis6.Migration.DROPPED
                    ? s.key() + "=" + s.value() + " is dropped on the way to IIS 7+: " + instead(s)
                    : s.key() + "=" + s.value() + " carries over only from FastCGI 1.5: with the 1.0 extension it is"
                            + " ignored now and not migrated; set the fastCgi attribute on IIS 7+ yourself";
            RuleContext.Builder b = ctx.finding("fcgiext.ini setting", "[" + s.section() + "]/" + s.key())
                    .at(s.location())
                    .about(new ConfigPath.IniKey(s.section(), s.key()))
                    .message(message)
                    .fix("handler", s.section())
                    .fix(
                            "attribute",
                            Character.toLowerCase(s.key().charAt(0)) + s.key().substring(1))
                    .fix("value", s.value().strip());
            // a dropped setting has a command only where IIS 7+ has the setting: the handler's response buffer
            if (which == Iis6.Migration.DROPPED
                    && !(s.key().equalsIgnoreCase("ResponseBufferLimit")
                            && Digits.upTo(s.value().strip(), 10))) {
                b.withoutFix();
            }
            b.report();
        }
    }

    private static String instead(Iis6.FcgiextSetting s) {
        return switch (s.key().toLowerCase(Locale.ROOT)) {
            case "responsebufferlimit" ->
                "IIS 7+ buffers FastCGI responses per handler (responseBufferLimit, 4 MB by"
                        + " default): set it on the handler that maps this application";
            case "ignoreexistingfiles", "ignoredirectories" ->
                "IIS 7+ decides this with the handler's resourceType" + " (File, Directory, Either, Unspecified)";
            case "unhealthyonqueuefull" ->
                "IIS 7+ has no equivalent: watch the queue with rapid-fail and queueLength instead";
            default -> "IIS 7+ has no equivalent";
        };
    }
}
