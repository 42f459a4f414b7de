package io.iislint.rules.extensions;

import io.iislint.model.ConfigPath;
import io.iislint.model.FastCgiApplication;
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
 * IIS-808: a handler, script map or FastCGI application that runs a command interpreter (cmd.exe, PowerShell, the
 * script hosts): whoever can send it a request can make it run commands. Judged by the program's file name, wherever
 * it lives: a copy of cmd.exe is as dangerous as the one in System32.
 */
public final class HandlerSystemConsoleProgram implements Rule {
    static final Param<String> PROGRAMS =
            Param.text("programs", "cmd.exe command.com powershell.exe pwsh.exe cscript.exe wscript.exe mshta.exe");

    @Override
    public String id() {
        return "IIS-808";
    }

    @Override
    public List<Param<?>> params() {
        return List.of(PROGRAMS);
    }

    @Override
    public void check(IisConfig config, RuleContext ctx) {
        Set<String> programs =
                Set.of(ctx.get(PROGRAMS).trim().toLowerCase(Locale.ROOT).split("[\\s,]+"));
        for (IisConfig.Scoped<HandlerMapping> s : config.distinctHandlerMappings()) {
            HandlerMapping h = s.entry();
            String program = Programs.program(h.scriptProcessor());
            if (program.isEmpty() || !programs.contains(Programs.fileName(program))) continue;
            WebServerScope scope = s.scope();
            ctx.finding(scope)
                    .subject(scope.kind().isMetabase() ? "script map" : "handler", h.name())
                    .at(h.location())
                    .about(
                            scope.kind().isMetabase()
                                    ? new ConfigPath.MetabaseProperty(scope.path(), "ScriptMaps")
                                    : new ConfigPath.HandlerSetting(h.name(), Optional.empty()))
                    .message("maps '" + h.path() + "' to the command interpreter " + program
                            + ": a request can make it run commands on the server")
                    .fix("handler", h.name())
                    .report();
        }
        for (FastCgiApplication app : config.fastCgiApplications()) {
            String program = Programs.program(app.fullPath());
            if (!programs.contains(Programs.fileName(program))) continue;
            ctx.finding("fastCgi application", app.scriptProcessorKey())
                    .at(app.location())
                    .about(new ConfigPath.FastCgiSetting(app, "fullPath"))
                    .message("runs the command interpreter " + program
                            + " for requests: a request can make it run commands on the server")
                    .withoutFix()
                    .report();
        }
    }
}
