package io.iislint.rules.fastcgi;

import io.iislint.model.ConfigPath;
import io.iislint.model.IisConfig;
import io.iislint.model.WebServerScope;
import io.iislint.rules.Rule;
import io.iislint.rules.RuleContext;
import java.util.Optional;

/** IIS-301: a FastCGI handler left at the 4 MB response buffer: nothing reaches the client until the script ends. */
public final class FastcgiResponseBuffered implements Rule {
    @Override
    public String id() {
        return "IIS-301";
    }

    @Override
    public void check(IisConfig config, RuleContext ctx) {
        for (IisConfig.Scoped<WebServerScope.HandlerMapping> s : config.distinctHandlerMappings()) {
            WebServerScope.HandlerMapping h = s.entry();
            if (!h.usesModule(FastCgi.MODULE) || !h.responseBufferLimit().isDefault()) continue;
            ctx.finding(s.scope())
                    .subject("handler", h.name())
                    .at(h.location())
                    .message("FastCGI handler buffers up to 4 MB of each response before sending"
                            + " anything: long-running scripts show no progress")
                    .value(
                            new ConfigPath.HandlerSetting(h.name(), Optional.of("@responseBufferLimit")),
                            h.responseBufferLimit())
                    .fix("handler", h.name())
                    .report();
        }
    }
}
