package io.iislint.rules.webserver;

import io.iislint.model.ConfigPath;
import io.iislint.model.IisConfig;
import io.iislint.model.WebServerScope;
import io.iislint.model.WebServerScope.HandlerMapping;
import io.iislint.rules.Param;
import io.iislint.rules.Rule;
import io.iislint.rules.RuleContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * IIS-1212: a handler or IIS 6 script map for one of the legacy extensions whose ISAPI handlers had known exploits
 * (.htr, .idc, .stm, .shtm, .shtml, .printer, .htw, .ida, .idq: KISA WEB-15's list, a parameter).
 */
public final class VulnerableScriptMapping implements Rule {
    static final Param<String> EXTENSIONS =
            Param.text("extensions", ".htr .idc .stm .shtm .shtml .printer .htw .ida .idq");

    @Override
    public String id() {
        return "IIS-1212";
    }

    @Override
    public List<Param<?>> params() {
        return List.of(EXTENSIONS);
    }

    @Override
    public void check(IisConfig config, RuleContext ctx) {
        Set<String> listed =
                Set.of(ctx.get(EXTENSIONS).trim().toLowerCase(Locale.ROOT).split("[\\s,]+"));
        for (IisConfig.Scoped<HandlerMapping> s : config.distinctHandlerMappings()) {
            HandlerMapping h = s.entry();
            String path = h.path().trim().toLowerCase(Locale.ROOT);
            if (!path.startsWith("*.") || !listed.contains(path.substring(1))) continue;
            WebServerScope scope = s.scope();
            ctx.finding(scope)
                    .subject(scope.kind().isMetabase() ? "script map" : "handler", h.name())
                    .at(h.location())
                    .about(
                            scope.kind().isMetabase()
                                    ? new ConfigPath.MetabaseProperty(scope.path(), "ScriptMaps")
                                    : new ConfigPath.HandlerSetting(h.name(), Optional.empty()))
                    .message("maps '" + h.path() + "', an extension whose legacy handlers had known exploits, to "
                            + (h.scriptProcessor().isBlank() ? h.modules() : h.scriptProcessor())
                            + ": remove the mapping unless a site needs it")
                    .fix("handler", h.name())
                    .fix("ext", path.substring(1))
                    .report();
        }
    }
}
