package io.iislint.rules.fastcgi;

import io.iislint.model.ConfigPath;
import io.iislint.model.Digits;
import io.iislint.model.FastCgiApplication;
import io.iislint.model.IisConfig;
import io.iislint.model.StderrMode;
import io.iislint.model.WebServerScope;
import io.iislint.rules.Param;
import io.iislint.rules.Rule;
import io.iislint.rules.RuleContext;
import io.iislint.source.FileKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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

    /**
     * Whether a handler's scriptProcessor and an application's key may name the same thing once IIS expands them. Both
     * attributes are {@code expanded="true"} in IIS_schema.xml: IIS replaces {@code %SystemDrive%} and the like with the
     * server's values, which the file does not give. Equal text matches; otherwise a variable could stand for anything,
     * so they may match unless their literal text before the first variable or after the last one disagrees.
     */
    static boolean mayMatch(String scriptProcessor, String applicationKey) {
        String a = normalize(scriptProcessor);
        String b = normalize(applicationKey);
        if (a.equals(b)) return true;
        int[] va = variables(a);
        int[] vb = variables(b);
        if (va == null && vb == null) return false;
        String prefixA = va == null ? a : a.substring(0, va[0]);
        String prefixB = vb == null ? b : b.substring(0, vb[0]);
        String suffixA = va == null ? a : a.substring(va[1]);
        String suffixB = vb == null ? b : b.substring(vb[1]);
        // a side without variables must contain the other side's literal prefix and suffix, without overlap
        if (va == null) return a.length() >= prefixB.length() + suffixB.length() && a.startsWith(prefixB) && a.endsWith(suffixB);
        if (vb == null) return b.length() >= prefixA.length() + suffixA.length() && b.startsWith(prefixA) && b.endsWith(suffixA);
        return (prefixA.startsWith(prefixB) || prefixB.startsWith(prefixA)) && (suffixA.endsWith(suffixB) || suffixB.endsWith(suffixA));
    }

    /** Where the first {@code %NAME%} starts and the last one ends, or null when there is none. */
    private static int[] variables(String s) {
        int first = -1;
        int end = -1;
        int i = 0;
        while (true) {
            int open = s.indexOf('%', i);
            if (open < 0) break;
            int close = s.indexOf('%', open + 1);
            if (close < 0) break;
            if (close == open + 1) { // "%%" names no variable: the second % may open one
                i = close;
                continue;
            }
            if (first < 0) first = open;
            end = close + 1;
            i = close + 1;
        }
        return first < 0 ? null : new int[] {first, end};
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
                        .value(new ConfigPath.HandlerSetting(h.name(), Optional.of("@responseBufferLimit")), h.responseBufferLimit())
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
            List<String> withVariables = new ArrayList<>();
            for (FastCgiApplication app : config.fastCgiApplications()) {
                known.add(normalize(app.scriptProcessorKey()));
                if (app.scriptProcessorKey().indexOf('%') >= 0) withVariables.add(app.scriptProcessorKey());
            }
            for (IisConfig.Scoped<WebServerScope.HandlerMapping> s : config.distinctHandlerMappings()) {
                WebServerScope.HandlerMapping h = s.entry();
                if (!h.usesModule(MODULE) || h.scriptProcessor().isBlank() || known.contains(normalize(h.scriptProcessor()))) continue;
                if (couldExpandToOneOf(h.scriptProcessor(), config.fastCgiApplications(), withVariables)) continue;
                String[] parts = h.scriptProcessor().split("\\|", 2);
                ctx.finding("handler", h.name()).at(h.location())
                        .about(new ConfigPath.HandlerSetting(h.name(), Optional.of("@scriptProcessor")))
                        .message("scriptProcessor '" + h.scriptProcessor() + "' matches no fastCgi application:"
                                + " requests for " + h.path() + " fail with 500")
                        .fix("fullPath", parts[0]).fix("arguments", parts.length > 1 ? parts[1] : "")
                        .report();
            }
        }
    }

    /**
     * Whether an unexpanded variable could make the handler's scriptProcessor name one of the applications. Only
     * pairs where one side has a variable can: the others were compared as text already.
     */
    private static boolean couldExpandToOneOf(String scriptProcessor, List<FastCgiApplication> apps, List<String> keysWithVariables) {
        if (scriptProcessor.indexOf('%') >= 0) {
            for (FastCgiApplication app : apps) if (mayMatch(scriptProcessor, app.scriptProcessorKey())) return true;
            return false;
        }
        for (String key : keysWithVariables) if (mayMatch(scriptProcessor, key)) return true;
        return false;
    }

    /** The same for an application's key against the handlers' scriptProcessors. */
    private static boolean mayMatchAny(String applicationKey, List<String> scriptProcessors, List<String> withVariables) {
        List<String> candidates = applicationKey.indexOf('%') >= 0 ? scriptProcessors : withVariables;
        for (String sp : candidates) if (mayMatch(sp, applicationKey)) return true;
        return false;
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
            List<String> withVariables = new ArrayList<>();
            for (IisConfig.Scoped<WebServerScope.HandlerMapping> s : config.distinctHandlerMappings()) {
                if (!s.entry().usesModule(MODULE)) continue;
                used.add(normalize(s.entry().scriptProcessor()));
                if (s.entry().scriptProcessor().indexOf('%') >= 0) withVariables.add(s.entry().scriptProcessor());
            }
            List<String> handlers = config.distinctHandlerMappings().stream().map(IisConfig.Scoped::entry)
                    .filter(h -> h.usesModule(MODULE)).map(WebServerScope.HandlerMapping::scriptProcessor).toList();
            for (FastCgiApplication app : config.fastCgiApplications()) {
                if (used.contains(normalize(app.scriptProcessorKey()))) continue;
                if (mayMatchAny(app.scriptProcessorKey(), handlers, withVariables)) continue;
                finding(ctx, app).about(new ConfigPath.FastCgiSetting(app, "fullPath"))
                        .message("no FastCGI handler in this file uses it (a site's web.config may: check before removing)")
                        .report();
            }
        }
    }

    /** IIS-304: FastCGI processes are killed without warning on recycle or shutdown. */
    public static final class NoTerminateSignal implements Rule {
        static final Param<Long> SECONDS = Param.integer("seconds", 5);

        @Override
        public String id() {
            return "IIS-304";
        }

        @Override
        public java.util.List<Param<?>> params() {
            return java.util.List.of(SECONDS);
        }

        @Override
        public void check(IisConfig config, RuleContext ctx) {
            for (FastCgiApplication app : config.fastCgiApplications()) {
                if (!app.signalBeforeTerminateSeconds().isSet() || app.signalBeforeTerminateSeconds().value() != 0) continue;
                finding(ctx, app)
                        .message("processes are terminated without a shutdown signal, so they cannot finish requests or clean up")
                        .value(new ConfigPath.FastCgiSetting(app, "signalBeforeTerminateSeconds"), app.signalBeforeTerminateSeconds())
                        .fix("seconds", Long.toString(ctx.get(SECONDS)))
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
                        .value(new ConfigPath.FastCgiSetting(app, "instanceMaxRequests"), app.instanceMaxRequests())
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
                        .value(new ConfigPath.FastCgiSetting(app, "stderrMode"), app.stderrMode())
                        .report();
            }
        }
    }
}
