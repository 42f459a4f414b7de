package io.iislint.rules.extensions;

import io.iislint.model.ConfigPath;
import io.iislint.model.FastCgiApplication;
import io.iislint.model.IisConfig;
import io.iislint.model.WebServerScope;
import io.iislint.model.WebServerScope.HandlerMapping;
import io.iislint.rules.Rule;
import io.iislint.rules.RuleContext;
import io.iislint.source.FileKind;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * IIS-811: a handler or FastCGI application whose program is not the kind its module runs: IsapiModule loads an
 * ISAPI extension (a .dll), CgiModule and FastCgiModule start a program (an .exe). IIS cannot load or start anything
 * else, so every request the mapping takes fails. An IIS 6 script map may name either kind (IIS tells them by the
 * extension), so there only a program that is neither is reported. A FastCGI handler is judged through its
 * application's fullPath, which IIS-302 already ties it to.
 */
public final class HandlerProcessorType implements Rule {
    @Override
    public String id() {
        return "IIS-811";
    }

    @Override
    public void check(IisConfig config, RuleContext ctx) {
        // an fcgiext.ini's [Types] map extensions to its own applications: those are judged by their ExePath below
        List<IisConfig.Scoped<HandlerMapping>> handlers =
                config.kind() == FileKind.FCGIEXT ? List.of() : config.distinctHandlerMappings();
        for (IisConfig.Scoped<HandlerMapping> s : handlers) {
            HandlerMapping h = s.entry();
            if (h.scriptProcessor().isBlank()) continue; // the requested .dll or .exe itself runs
            String program = Programs.program(h.scriptProcessor());
            String ext = extension(program);
            WebServerScope scope = s.scope();
            String expected;
            if (scope.kind().isMetabase()) {
                if (ext.equals(".dll") || ext.equals(".exe")) continue;
                expected = "neither an ISAPI extension (.dll) nor a CGI program (.exe)";
            } else if (h.usesModule("IsapiModule")) {
                if (ext.equals(".dll")) continue;
                expected = "not a .dll: IsapiModule loads an ISAPI extension DLL";
            } else if (h.usesModule("CgiModule")) {
                if (ext.equals(".exe")) continue;
                expected = "not an .exe: CgiModule starts a CGI program";
            } else continue;
            ctx.finding(scope)
                    .subject(scope.kind().isMetabase() ? "script map" : "handler", h.name())
                    .at(h.location())
                    .about(
                            scope.kind().isMetabase()
                                    ? new ConfigPath.MetabaseProperty(scope.path(), "ScriptMaps")
                                    : new ConfigPath.HandlerSetting(h.name(), Optional.of("@scriptProcessor")))
                    .message("'" + program + "' is " + expected + ", so requests for " + h.path() + " fail with 500")
                    .withoutFix()
                    .report();
        }
        for (FastCgiApplication app : config.fastCgiApplications()) {
            String program = app.fullPath().replace("\"", "").trim();
            if (program.isEmpty() || extension(program).equals(".exe")) continue;
            ctx.finding("fastCgi application", app.scriptProcessorKey())
                    .at(app.location())
                    .about(new ConfigPath.FastCgiSetting(app, "fullPath"))
                    .message("fullPath '" + program + "' is not an .exe: IIS starts the FastCGI processes from it,"
                            + " so every request mapped to this application fails with 500")
                    .withoutFix()
                    .report();
        }
    }

    /** The program's extension, lower-cased, with its dot; empty when its file name has none. */
    static String extension(String program) {
        String name = Programs.fileName(program);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot).toLowerCase(Locale.ROOT);
    }
}
