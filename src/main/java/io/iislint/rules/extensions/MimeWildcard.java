package io.iislint.rules.extensions;

import io.iislint.model.ConfigPath;
import io.iislint.model.IisConfig;
import io.iislint.model.WebServerScope;
import io.iislint.rules.Rule;
import io.iislint.rules.RuleContext;

/** IIS-805: a MIME map for every extension: any file, config and source included, is downloadable. */
public final class MimeWildcard implements Rule {
    @Override
    public String id() {
        return "IIS-805";
    }

    @Override
    public void check(IisConfig config, RuleContext ctx) {
        for (IisConfig.Scoped<WebServerScope.MimeMap> s : config.distinctMimeMaps()) {
            String ext = s.entry().fileExtension().trim();
            if (!ext.equals("*") && !ext.equals(".*")) continue;
            ctx.finding(s.scope())
                    .subject("mimeMap", ext)
                    .at(s.entry().location())
                    .about(new ConfigPath.MimeMapSetting(ext))
                    .message("the MIME map for '" + ext + "' (" + s.entry().mimeType() + ") in "
                            + s.scope().configPath() + " makes the static file handler"
                            + " serve files of every extension, including ones never meant to be downloaded")
                    .fix("ext", ext)
                    .report();
        }
    }
}
