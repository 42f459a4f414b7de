package io.iislint.rules.webserver;

import io.iislint.model.ConfigPath;
import io.iislint.model.IisConfig;
import io.iislint.model.Settings;
import io.iislint.model.Value;
import io.iislint.model.WebServerScope;
import io.iislint.rules.RuleContext;
import io.iislint.rules.SettingRule;
import java.util.Locale;
import java.util.Optional;

/**
 * IIS-1214: WebDAV authoring on (IIS 7+), or the WebDAV Web Service Extension allowed (IIS 6, where that turns
 * WebDAV on for every folder with write or source access).
 */
public final class WebdavAuthoringEnabled extends SettingRule<Boolean> {
    public WebdavAuthoringEnabled() {
        super("IIS-1214", "system.webServer/webdav/authoring", "enabled");
    }

    @Override
    protected Value<Boolean> read(Settings settings, String section, String attribute) {
        return settings.bool(section, attribute);
    }

    @Override
    protected Optional<String> judge(Boolean on, WebServerScope scope, RuleContext ctx) {
        if (!on) return Optional.empty();
        return Optional.of("WebDAV authoring is on: clients can create, change, move and delete content over HTTP"
                + " wherever the authoring rules let them");
    }

    @Override
    protected void fixValues(RuleContext.Builder finding, RuleContext ctx) {
        finding.fix("program", "");
    }

    @Override
    public void check(IisConfig config, RuleContext ctx) {
        super.check(config, ctx);
        for (WebServerScope scope : config.scopes()) {
            if (scope.kind() != WebServerScope.Kind.METABASE_SERVICE) continue;
            for (WebServerScope.IsapiCgiRestriction.Entry e :
                    scope.isapiCgiRestriction().entries()) {
                String path = e.path().replace('/', '\\').toLowerCase(Locale.ROOT);
                if (!e.allowed() || !path.endsWith("\\httpext.dll")) continue;
                ctx.finding(scope)
                        .at(e.location())
                        .about(new ConfigPath.MetabaseProperty(scope.path(), "WebSvcExtRestrictionList"))
                        .message("the WebDAV Web Service Extension (" + e.path() + ") is allowed: clients can"
                                + " create, change and delete content over HTTP wherever write access is granted")
                        .fix("program", e.path())
                        .report();
            }
        }
    }
}
