package io.iislint.rules.webserver;

import io.iislint.model.ConfigPath;
import io.iislint.model.IisConfig;
import io.iislint.model.WebServerScope;
import io.iislint.rules.Param;
import io.iislint.rules.Rule;
import io.iislint.rules.RuleContext;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** IIS-1213: a MIME map for an operating system shell program (.exe, .dll, .com, .bat, .csh: the STIG's list). */
public final class MimeShellPrograms implements Rule {
    static final Param<String> EXTENSIONS = Param.text("extensions", ".exe .dll .com .bat .csh");

    @Override
    public String id() {
        return "IIS-1213";
    }

    @Override
    public List<Param<?>> params() {
        return List.of(EXTENSIONS);
    }

    @Override
    public void check(IisConfig config, RuleContext ctx) {
        Set<String> listed =
                Set.of(ctx.get(EXTENSIONS).trim().toLowerCase(Locale.ROOT).split("[\\s,]+"));
        for (IisConfig.Scoped<WebServerScope.MimeMap> s : config.distinctMimeMaps()) {
            String ext = s.entry().fileExtension().trim();
            if (!listed.contains(ext.toLowerCase(Locale.ROOT))) continue;
            ctx.finding(s.scope())
                    .subject("mimeMap", ext)
                    .at(s.entry().location())
                    .about(new ConfigPath.MimeMapSetting(ext))
                    .message("the MIME map for '" + ext + "' (" + s.entry().mimeType() + ") in "
                            + s.scope().configPath() + " lets the static file handler serve operating system"
                            + " programs and scripts of that kind to anyone who finds one in the content")
                    .fix("ext", ext)
                    .report();
        }
    }
}
