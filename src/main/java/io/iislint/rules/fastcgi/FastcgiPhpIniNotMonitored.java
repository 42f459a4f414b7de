package io.iislint.rules.fastcgi;

import io.iislint.model.ConfigPath;
import io.iislint.model.FastCgiApplication;
import io.iislint.model.IisConfig;
import io.iislint.model.IisVersion;
import io.iislint.model.Value;
import io.iislint.rules.Rule;
import io.iislint.rules.RuleContext;
import java.util.Locale;

/**
 * IIS-310: a PHP FastCGI application that does not watch php.ini. The processes read php.ini when they start, so an
 * edit reaches them only when they are recycled; {@code monitorChangesTo} (IIS 7.5 and later) makes IIS recycle them
 * when the file changes.
 */
public final class FastcgiPhpIniNotMonitored implements Rule {
    @Override
    public String id() {
        return "IIS-310";
    }

    @Override
    public void check(IisConfig config, RuleContext ctx) {
        // IIS 7.0 has no monitorChangesTo: nothing to set there
        if (config.iisVersion().release() == IisVersion.Release.IIS_70) return;
        for (FastCgiApplication app : config.fastCgiApplications()) {
            Value<String> v = app.monitorChangesTo();
            if (!isPhp(app.fullPath())
                    || !(v instanceof Value.Known<String> k)
                    || !k.value().isBlank()) continue;
            String phpIni = phpIni(app);
            FastCgi.finding(ctx, app)
                    .message("PHP processes read php.ini only when they start: an edit takes effect only once IIS"
                            + " happens to recycle them, and until then some processes run with the old settings")
                    .value(new ConfigPath.FastCgiSetting(app, "monitorChangesTo"), v)
                    .fixTo(phpIni)
                    .fix("phpIni", phpIni)
                    .report();
        }
    }

    /** Whether the application runs php-cgi.exe, whatever folder or variable leads to it. */
    static boolean isPhp(String fullPath) {
        String p = fullPath.replace("\"", "").trim().replace('/', '\\');
        String name = p.substring(p.lastIndexOf('\\') + 1).toLowerCase(Locale.ROOT);
        return name.equals("php-cgi.exe");
    }

    /**
     * The php.ini PHP probably reads: in the folder PHPRC names when the application sets it, else beside
     * php-cgi.exe (the folders PHP searches first on Windows).
     */
    static String phpIni(FastCgiApplication app) {
        String dir = app.environmentVariable("PHPRC")
                .map(FastCgiApplication.EnvironmentVariable::value)
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .orElseGet(() -> {
                    String p = app.fullPath().replace("\"", "").trim();
                    int slash = Math.max(p.lastIndexOf('\\'), p.lastIndexOf('/'));
                    return slash < 0 ? "" : p.substring(0, slash);
                });
        if (dir.toLowerCase(Locale.ROOT).endsWith(".ini")) return dir; // PHPRC may name the file itself
        while (dir.endsWith("\\") || dir.endsWith("/")) dir = dir.substring(0, dir.length() - 1);
        return dir.isEmpty() ? "php.ini" : dir + "\\php.ini";
    }
}
