package io.iislint.rules.fastcgi;

import io.iislint.model.Digits;
import io.iislint.model.FastCgiApplication;
import io.iislint.model.IisConfig;
import io.iislint.model.StderrMode;
import io.iislint.model.WebServerScope;
import io.iislint.rules.Rule;
import io.iislint.rules.RuleContext;
import io.iislint.source.FileKind;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** FastCGI handlers and process pools (PHP, Python wfastcgi, …). */
public final class FastCgiRules {
    private FastCgiRules() {}

    static final String MODULE = "FastCgiModule";

    /** How IIS matches a handler's scriptProcessor to an application: case-insensitively, quotes ignored. */
    static String normalize(String scriptProcessor) {
        return scriptProcessor.replace("\"", "").trim().toLowerCase(Locale.ROOT);
    }

    static RuleContext.Builder finding(RuleContext ctx, FastCgiApplication app) {
        // an fcgiext.ini section is reported under the fastCgi attribute it becomes on IIS 7+
        return ctx.finding("fastCgi application", app.scriptProcessorKey()).at(app.location())
                .fix("fullPath", app.fullPath()).fix("arguments", app.arguments());
    }

    static String path(FastCgiApplication app, String attribute) {
        return "system.webServer/fastCgi/application[@fullPath='" + app.fullPath() + "']/@" + attribute;
    }

    /** IIS-301: a FastCGI handler left at the 4 MB response buffer: nothing reaches the client until the script ends. */
    public static final class ResponseBuffered implements Rule {
        @Override
        public String id() {
            return "IIS-301";
        }

        @Override
        public void check(IisConfig config, RuleContext ctx) {
            for (IisConfig.Scoped<WebServerScope.HandlerMapping> s : config.distinctHandlerMappings()) {
                WebServerScope.HandlerMapping h = s.entry();
                if (!h.usesModule(MODULE) || !h.responseBufferLimit().isDefault()) continue;
                ctx.finding(s.scope()).subject("handler", h.name()).at(h.location())
                        .message("FastCGI handler buffers up to 4 MB of each response before sending"
                                + " anything: long-running scripts show no progress")
                        .value("responseBufferLimit", "system.webServer/handlers/add[@name='" + h.name() + "']/@responseBufferLimit",
                                h.responseBufferLimit())
                        .fix("handler", h.name())
                        .report();
            }
        }
    }

    /** IIS-302: a FastCGI handler whose scriptProcessor names no fastCgi application: requests fail with 500. */
    public static final class HandlerWithoutApplication implements Rule {
        @Override
        public String id() {
            return "IIS-302";
        }

        @Override
        public void check(IisConfig config, RuleContext ctx) {
            // Only an applicationHost.config (or an fcgiext.ini) holds the FastCGI applications; elsewhere the answer is unknown.
            if (config.kind() != FileKind.APPLICATION_HOST && config.kind() != FileKind.FCGIEXT) return;
            Set<String> known = new HashSet<>();
            for (FastCgiApplication app : config.fastCgiApplications()) known.add(normalize(app.scriptProcessorKey()));
            for (IisConfig.Scoped<WebServerScope.HandlerMapping> s : config.distinctHandlerMappings()) {
                WebServerScope.HandlerMapping h = s.entry();
                if (!h.usesModule(MODULE) || h.scriptProcessor().isBlank() || known.contains(normalize(h.scriptProcessor()))) continue;
                String[] parts = h.scriptProcessor().split("\\|", 2);
                ctx.finding("handler", h.name()).at(h.location())
                        .configPath("system.webServer/handlers/add[@name='" + h.name() + "']/@scriptProcessor")
                        .message("scriptProcessor '" + h.scriptProcessor() + "' matches no fastCgi application:"
                                + " requests for " + h.path() + " fail with 500")
                        .fix("fullPath", parts[0]).fix("arguments", parts.length > 1 ? parts[1] : "")
                        .report();
            }
        }
    }

    /** IIS-303: a fastCgi application no handler in the file uses. */
    public static final class ApplicationWithoutHandler implements Rule {
        @Override
        public String id() {
            return "IIS-303";
        }

        @Override
        public void check(IisConfig config, RuleContext ctx) {
            if (config.kind() != FileKind.APPLICATION_HOST && config.kind() != FileKind.FCGIEXT) return;
            Set<String> used = new HashSet<>();
            for (IisConfig.Scoped<WebServerScope.HandlerMapping> s : config.distinctHandlerMappings()) {
                if (s.entry().usesModule(MODULE)) used.add(normalize(s.entry().scriptProcessor()));
            }
            for (FastCgiApplication app : config.fastCgiApplications()) {
                if (used.contains(normalize(app.scriptProcessorKey()))) continue;
                finding(ctx, app).configPath(path(app, "fullPath"))
                        .message("no FastCGI handler in this file uses it (a site's web.config may: check before removing)")
                        .report();
            }
        }
    }

    /** IIS-304: FastCGI processes are killed without warning on recycle or shutdown. */
    public static final class NoTerminateSignal implements Rule {
        @Override
        public String id() {
            return "IIS-304";
        }

        @Override
        public void check(IisConfig config, RuleContext ctx) {
            for (FastCgiApplication app : config.fastCgiApplications()) {
                if (!app.signalBeforeTerminateSeconds().isSet() || app.signalBeforeTerminateSeconds().value() != 0) continue;
                finding(ctx, app)
                        .message("processes are terminated without a shutdown signal, so they cannot finish requests or clean up")
                        .value("signalBeforeTerminateSeconds", path(app, "signalBeforeTerminateSeconds"), app.signalBeforeTerminateSeconds())
                        .fix("seconds", Long.toString(ctx.integer("seconds")))
                        .report();
            }
        }
    }

    /** IIS-305: IIS sends more requests to a PHP process than PHP_FCGI_MAX_REQUESTS lets it serve. */
    public static final class MaxRequestsAbovePhp implements Rule {
        @Override
        public String id() {
            return "IIS-305";
        }

        @Override
        public void check(IisConfig config, RuleContext ctx) {
            for (FastCgiApplication app : config.fastCgiApplications()) {
                Optional<FastCgiApplication.EnvironmentVariable> env = app.environmentVariable("PHP_FCGI_MAX_REQUESTS");
                if (env.isEmpty() || !Digits.upTo(env.get().value().trim(), 9)) continue;
                long php = Long.parseLong(env.get().value().trim());
                // php-cgi exits only when the limit is non-zero and reached (sapi/cgi/cgi_main.c): 0 is no limit
                if (php == 0 || !app.instanceMaxRequests().isSet()) continue;
                long iis = app.instanceMaxRequests().value();
                if (iis <= php) continue;
                finding(ctx, app)
                        .message("instanceMaxRequests " + iis + " is above PHP_FCGI_MAX_REQUESTS " + php
                                + ": PHP exits first and the requests in flight fail")
                        .value("instanceMaxRequests", path(app, "instanceMaxRequests"), app.instanceMaxRequests())
                        .fix("max", Long.toString(php))
                        .report();
            }
        }
    }

    /** IIS-306: a script's error output is sent to the client. */
    public static final class StderrToClient implements Rule {
        @Override
        public String id() {
            return "IIS-306";
        }

        @Override
        public void check(IisConfig config, RuleContext ctx) {
            for (FastCgiApplication app : config.fastCgiApplications()) {
                if (!app.stderrMode().isSet() || app.stderrMode().value() != StderrMode.ReturnStdErrIn500) continue;
                finding(ctx, app)
                        .message("what the application writes to stderr (paths, queries, stack traces) is returned to the client in a 500 page")
                        .value("stderrMode", path(app, "stderrMode"), app.stderrMode())
                        .report();
            }
        }
    }
}
