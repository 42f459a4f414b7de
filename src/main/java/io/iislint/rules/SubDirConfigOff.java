package io.iislint.rules;

import io.iislint.model.ConfigPath;
import io.iislint.model.IisConfig;
import io.iislint.model.WebConfigPlace;
import io.iislint.model.WebServerScope;
import io.iislint.source.Location;

/**
 * IIS-010: a web.config in a folder below a virtual directory whose {@code allowSubDirConfig} is false. IIS does not
 * look for it, so nothing in it takes effect, and nothing else in it is judged.
 */
public final class SubDirConfigOff implements Rule {
    @Override
    public String id() {
        return "IIS-010";
    }

    @Override
    public void check(IisConfig config, RuleContext ctx) {
        if (config.place().isEmpty()) return;
        WebConfigPlace place = config.place().get();
        if (place.ignored().isEmpty()) return;
        WebConfigPlace.Ignored why = place.ignored().get();
        if (why.virtualDirectory().isEmpty()) return;
        String vdir = why.virtualDirectory().get();
        Location at = config.scopes().stream()
                .findFirst()
                .map(WebServerScope::location)
                .orElse(new Location(config.file(), 1, 1));
        ctx.finding("config path", place.configPath())
                .at(at)
                .about(new ConfigPath.Written(
                        "system.applicationHost/sites/site/application/virtualDirectory" + "/@allowSubDirConfig"))
                .message("IIS never reads this web.config: it lies below virtual directory '" + vdir
                        + "', whose allowSubDirConfig is false"
                        + (why.setting().isEmpty() ? "" : " (" + why.setting() + ")")
                        + ", so none of its settings take effect; set them in the web.config of '" + vdir
                        + "' (a <location path> tag for this folder), or let the directory read web.config files below"
                        + " it")
                .fix("vdir", vdir)
                .report();
    }
}
