package io.iislint.rules.fastcgi;

import io.iislint.model.ConfigPath;
import io.iislint.model.FastCgiApplication;
import io.iislint.model.IisConfig;
import io.iislint.model.WebServerScope;
import io.iislint.rules.Rule;
import io.iislint.rules.RuleContext;
import io.iislint.source.FileKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** IIS-303: a fastCgi application no handler in the file uses. */
public final class FastcgiApplicationWithoutHandler implements Rule {
    @Override
    public String id() {
        return "IIS-303";
    }

    @Override
    public void check(IisConfig config, RuleContext ctx) {
        // Only an applicationHost.config (or an fcgiext.ini) holds the FastCGI applications; elsewhere the answer is
        // unknown.
        if (config.kind() != FileKind.APPLICATION_HOST && config.kind() != FileKind.FCGIEXT) return;
        Set<String> used = new HashSet<>();
        List<String> withVariables = new ArrayList<>();
        for (IisConfig.Scoped<WebServerScope.HandlerMapping> s : config.distinctHandlerMappings()) {
            if (!s.entry().usesModule(FastCgi.MODULE)) continue;
            used.add(ScriptProcessors.normalize(s.entry().scriptProcessor()));
            if (s.entry().scriptProcessor().indexOf('%') >= 0)
                withVariables.add(s.entry().scriptProcessor());
        }
        List<String> handlers = config.distinctHandlerMappings().stream()
                .map(IisConfig.Scoped::entry)
                .filter(h -> h.usesModule(FastCgi.MODULE))
                .map(WebServerScope.HandlerMapping::scriptProcessor)
                .toList();
        for (FastCgiApplication app : config.fastCgiApplications()) {
            if (used.contains(ScriptProcessors.normalize(app.scriptProcessorKey()))) continue;
            if (ScriptProcessors.mayMatchAny(app.scriptProcessorKey(), handlers, withVariables)) continue;
            FastCgi.finding(ctx, app)
                    .about(new ConfigPath.FastCgiSetting(app, "fullPath"))
                    .message("no FastCGI handler in this file uses it (a site's web.config may: check before removing)")
                    .report();
        }
    }
}
