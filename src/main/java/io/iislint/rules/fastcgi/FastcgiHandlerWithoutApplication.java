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
import java.util.Optional;
import java.util.Set;

/** IIS-302: a FastCGI handler whose scriptProcessor names no fastCgi application: requests fail with 500. */
public final class FastcgiHandlerWithoutApplication implements Rule {
    @Override
    public String id() {
        return "IIS-302";
    }

    @Override
    public void check(IisConfig config, RuleContext ctx) {
        // Only an applicationHost.config (or an fcgiext.ini) holds the FastCGI applications; elsewhere the answer is
        // unknown.
        if (config.kind() != FileKind.APPLICATION_HOST && config.kind() != FileKind.FCGIEXT) return;
        Set<String> known = new HashSet<>();
        List<String> withVariables = new ArrayList<>();
        for (FastCgiApplication app : config.fastCgiApplications()) {
            known.add(ScriptProcessors.normalize(app.scriptProcessorKey()));
            if (app.scriptProcessorKey().indexOf('%') >= 0) withVariables.add(app.scriptProcessorKey());
        }
        for (IisConfig.Scoped<WebServerScope.HandlerMapping> s : config.distinctHandlerMappings()) {
            WebServerScope.HandlerMapping h = s.entry();
            if (!h.usesModule(FastCgi.MODULE)
                    || h.scriptProcessor().isBlank()
                    || known.contains(ScriptProcessors.normalize(h.scriptProcessor()))) continue;
            if (ScriptProcessors.couldExpandToOneOf(h.scriptProcessor(), config.fastCgiApplications(), withVariables))
                continue;
            String[] parts = h.scriptProcessor().split("\\|", 2);
            ctx.finding("handler", h.name())
                    .at(h.location())
                    .about(new ConfigPath.HandlerSetting(h.name(), Optional.of("@scriptProcessor")))
                    .message("scriptProcessor '" + h.scriptProcessor() + "' matches no fastCgi application:"
                            + " requests for " + h.path() + " fail with 500")
                    .fix("fullPath", parts[0])
                    .fix("arguments", parts.length > 1 ? parts[1] : "")
                    .report();
        }
    }
}
