package io.iislint.rules.extensions;

import io.iislint.model.ApplicationPool;
import io.iislint.model.ConfigPath;
import io.iislint.model.IisConfig;
import io.iislint.model.PipelineMode;
import io.iislint.model.Value;
import io.iislint.model.WebServerScope;
import io.iislint.model.WebServerScope.HandlerMapping;
import io.iislint.model.WebServerScope.IsapiCgiRestriction;
import io.iislint.rules.Names;
import io.iislint.rules.Rule;
import io.iislint.rules.RuleContext;
import io.iislint.rules.fastcgi.ScriptProcessors;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * IIS-806: an ISAPI or CGI handler whose program the ISAPI and CGI restrictions (Web Service Extensions on IIS 6) do
 * not allow: IIS answers every request it would handle with 404.2. Judged only where the restrictions are known: an
 * applicationHost.config that writes the section (it is AppHostOnly, so a web.config linted alone never sees it), a
 * metabase that writes WebSvcExtRestrictionList. Programs named through an environment variable are compared as
 * IIS might expand them, and a doubt is no finding.
 */
public final class HandlerNotAllowedByRestrictions implements Rule {
    private static final String SECTION = "system.webServer/security/isapiCgiRestriction";

    @Override
    public String id() {
        return "IIS-806";
    }

    /** One handler the restrictions stop, and why. */
    private record Stopped(
            WebServerScope scope,
            HandlerMapping handler,
            String program,
            String problem,
            String pool,
            boolean listed) {}

    @Override
    public void check(IisConfig config, RuleContext ctx) {
        // the handlers one restriction stops are reported together: a prohibited framework stops a dozen at once
        Map<String, List<Stopped>> groups = new LinkedHashMap<>();
        for (IisConfig.Scoped<HandlerMapping> s : config.distinctHandlerMappings()) {
            HandlerMapping h = s.entry();
            boolean isapi = h.usesModule("IsapiModule");
            if (!isapi && !h.usesModule("CgiModule")) continue;
            if (h.scriptProcessor().isBlank()) continue; // a CGI handler without one runs the requested .exe itself
            WebServerScope scope = s.scope();
            IsapiCgiRestriction r = scope.isapiCgiRestriction();
            if (!known(scope, r)) continue;
            Optional<String> pool = scope.kind().isMetabase() ? Optional.of("") : poolFor(h, config);
            if (pool.isEmpty()) continue; // its preCondition matches no pool of the file: it never runs
            String program = Programs.program(h.scriptProcessor());
            List<IsapiCgiRestriction.Entry> matching = new ArrayList<>();
            for (IsapiCgiRestriction.Entry e : r.entries()) {
                if (ScriptProcessors.mayMatch(program, Programs.program(e.path()))) matching.add(e);
            }
            if (matching.stream().anyMatch(IsapiCgiRestriction.Entry::allowed)) continue;
            Optional<String> problem = problem(
                    program, matching, isapi ? r.notListedIsapisAllowed() : r.notListedCgisAllowed(), isapi, scope);
            if (problem.isEmpty()) continue;
            String key = scope.kind() + "|" + scope.path() + "|" + ScriptProcessors.normalize(program) + "|"
                    + problem.get() + "|" + pool.get();
            groups.computeIfAbsent(key, k -> new ArrayList<>())
                    .add(new Stopped(scope, h, program, problem.get(), pool.get(), !matching.isEmpty()));
        }
        for (List<Stopped> group : groups.values()) report(group, ctx);
    }

    private static void report(List<Stopped> group, RuleContext ctx) {
        Stopped first = group.get(0);
        WebServerScope scope = first.scope();
        HandlerMapping h = first.handler();
        String others = group.size() == 1
                ? ""
                : " (so do "
                        + Names.some(group.stream().skip(1).map(o -> o.handler().name()), group.size() - 1)
                        + ")";
        RuleContext.Builder b = ctx.finding(scope)
                .subject(scope.kind().isMetabase() ? "script map" : "handler", h.name())
                .at(h.location())
                .about(
                        scope.kind().isMetabase()
                                ? new ConfigPath.MetabaseProperty(scope.path(), "ScriptMaps")
                                : new ConfigPath.HandlerSetting(h.name(), Optional.empty()))
                .message("maps '" + h.path() + "' to " + first.program() + others + first.problem()
                        + (group.size() == 1 ? ": every request it would handle" : ": every request they would handle")
                        + (first.pool().isEmpty() ? "" : " (in pool '" + first.pool() + "' and any like it)")
                        + " gets HTTP 404.2")
                .fix("program", first.program())
                .fix("handler", h.name());
        if (first.listed()) b.withoutFix();
        b.report();
    }

    /**
     * A pool of the file the handler runs in, by its preCondition (pipeline mode, CLR version, bitness): {@code ""}
     * when the preCondition names none of them, empty when no pool of the file matches (or the file has none: then
     * whether the handler ever runs is unknown).
     */
    static Optional<String> poolFor(HandlerMapping h, IisConfig config) {
        Set<String> conditions = new HashSet<>();
        for (String c : h.preCondition().split(",")) conditions.add(c.trim().toLowerCase(Locale.ROOT));
        boolean classic = conditions.contains("classicmode");
        boolean integrated = conditions.contains("integratedmode");
        String runtime = conditions.stream()
                .filter(c -> c.startsWith("runtimeversion"))
                .map(c -> c.substring("runtimeversion".length()))
                .findFirst()
                .orElse("");
        int bits = h.bitness();
        if (!classic && !integrated && runtime.isEmpty() && bits == 0) return Optional.of("");
        for (ApplicationPool p : config.judgedPools()) {
            if (classic && !p.managedPipelineMode().is(PipelineMode.Classic)) continue;
            if (integrated && !p.managedPipelineMode().is(PipelineMode.Integrated)) continue;
            if (!runtime.isEmpty()
                    && !p.managedRuntimeVersion()
                            .matches(v -> v.trim().toLowerCase(Locale.ROOT).startsWith(runtime))) continue;
            if (bits == 32 && !p.is32Bit()) continue;
            if (bits == 64 && !p.enable32BitAppOnWin64().is(false)) continue;
            return Optional.of(p.name());
        }
        return Optional.empty();
    }

    /** Whether the file shows the restrictions that apply where the handler is. */
    private static boolean known(WebServerScope scope, IsapiCgiRestriction r) {
        if (scope.kind().isMetabase())
            return r.notListedIsapisAllowed() instanceof Value.Known
                    || r.notListedCgisAllowed() instanceof Value.Known
                    || !r.entries().isEmpty();
        return scope.settings().element(SECTION).isPresent();
    }

    private static Optional<String> problem(
            String program,
            List<IsapiCgiRestriction.Entry> matching,
            Value<Boolean> notListedAllowed,
            boolean isapi,
            WebServerScope scope) {
        String restrictions = scope.kind().isMetabase()
                ? "the Web Service Extensions (WebSvcExtRestrictionList)"
                : "the ISAPI and CGI restrictions (isapiCgiRestriction)";
        if (!matching.isEmpty()) {
            // IIS 6 installs its script maps and prohibits the extensions behind them (ASP, SSI, IDC) until an
            // administrator allows one: a prohibited, listed extension is its lockdown working, not a fault
            if (scope.kind().isMetabase()) return Optional.empty();
            // prohibited by name: only when the entry is this program as written, not through a variable's guess
            for (IsapiCgiRestriction.Entry e : matching) {
                if (ScriptProcessors.normalize(Programs.program(e.path())).equals(ScriptProcessors.normalize(program)))
                    return Optional.of(", which " + restrictions + " list as not allowed (line "
                            + e.location().line() + ")");
            }
            return Optional.empty();
        }
        if (!(notListedAllowed instanceof Value.Known<Boolean> k) || k.value()) return Optional.empty();
        String flag = scope.kind().isMetabase()
                ? (isapi ? "*.dll" : "*.exe") + " prohibited"
                : (isapi ? "notListedIsapisAllowed" : "notListedCgisAllowed") + "=false";
        return Optional.of(", which " + restrictions + " do not list, and unlisted "
                + (isapi ? "ISAPI extensions" : "CGI programs") + " are not allowed (" + flag + ")");
    }
}
