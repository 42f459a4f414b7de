package io.iislint.rules;

import io.iislint.model.ConfigPath;
import io.iislint.model.IisConfig;
import io.iislint.model.WebConfigPlace;
import io.iislint.model.WebServerScope;
import io.iislint.source.Location;

/**
 * IIS-008: a web.config IIS never reads, as its application's pool has {@code enableConfigurationOverride} false.
 * Nothing in it is judged: none of it takes effect.
 */
public final class WebConfigIgnored implements Rule {
    @Override
    public String id() {
        return "IIS-008";
    }

    @Override
    public void check(IisConfig config, RuleContext ctx) {
        if (config.place().isEmpty()) return;
        WebConfigPlace place = config.place().get();
        if (place.ignored().isEmpty()) return;
        WebConfigPlace.Ignored why = place.ignored().get();
        if (why.virtualDirectory().isPresent()) return; // IIS-010's
        Location at = config.scopes().stream()
                .findFirst()
                .map(WebServerScope::location)
                .orElse(new Location(config.file(), 1, 1));
        ctx.finding("config path", place.configPath())
                .at(at)
                // the setting that makes IIS ignore the file, as a JSON or SARIF reader would look it up
                .about(new ConfigPath.Written("system.applicationHost/applicationPools/add[@name='" + why.pool()
                        + "']/@enableConfigurationOverride"))
                .message("IIS never reads this web.config: the application's pool '" + why.pool()
                        + "' has enableConfigurationOverride=false (" + why.setting()
                        + "), so none of its settings, hardening included, take effect; set what it holds in"
                        + " applicationHost.config (a <location path=\"" + place.configPath() + "\"> tag), or let the"
                        + " pool read web.config files")
                .fix("pool", why.pool())
                .report();
    }
}
