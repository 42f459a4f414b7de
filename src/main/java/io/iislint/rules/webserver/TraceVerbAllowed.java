package io.iislint.rules.webserver;

import io.iislint.model.ConfigPath;
import io.iislint.model.IisConfig;
import io.iislint.model.Origin;
import io.iislint.model.Settings;
import io.iislint.model.Value;
import io.iislint.model.WebServerScope;
import io.iislint.rules.CollectionChanges;
import io.iislint.rules.Rule;
import io.iislint.rules.RuleContext;
import io.iislint.rules.SettingScopes;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * IIS-1208: the TRACE verb not denied by request filtering. Reported where TRACE is allowed by name, where a deny
 * inherited from above is taken away, or where verbs' allowUnlisted="true" is decided (written, or the IIS default at
 * the server level) with no deny for TRACE. Verbs are compared with their letter case, as the schema keys them.
 */
public final class TraceVerbAllowed implements Rule {
    private static final String VERBS = "system.webServer/security/requestFiltering/verbs";

    @Override
    public String id() {
        return "IIS-1208";
    }

    @Override
    public void check(IisConfig config, RuleContext ctx) {
        for (WebServerScope scope : config.scopes()) {
            if (scope.kind().isMetabase()) continue;
            Settings s = scope.settings();
            Optional<Settings.Entry> trace = trace(s.collection(VERBS, "add", "verb"));
            if (trace.isPresent() && denies(trace.get())) continue;
            if (trace.isPresent()) {
                if (trace.get().origin() instanceof Origin.SetHere here)
                    report(ctx, scope, "request filtering allows TRACE by name")
                            .at(here.at())
                            .report();
                continue;
            }
            Value<Boolean> unlisted = s.bool(VERBS, "allowUnlisted");
            if (!unlisted.is(true)) continue;
            Optional<Settings.Entry> before = trace(CollectionChanges.above(s).collection(VERBS, "add", "verb"));
            if (before.isPresent() && denies(before.get())) {
                var change = CollectionChanges.ownChange(s, VERBS, "verb", "TRACE");
                if (change.isPresent()) {
                    report(ctx, scope, "the deny of TRACE inherited from above is taken away here")
                            .at(change.get().location())
                            .report();
                    continue;
                }
            }
            if (!SettingScopes.webServer(config, scope, unlisted, SettingScopes.sectionOf(VERBS))) continue;
            report(ctx, scope, "request filtering has no deny for TRACE and lets unlisted verbs through")
                    .value(new ConfigPath.Written(VERBS + "/@allowUnlisted"), unlisted)
                    .report();
        }
    }

    private static RuleContext.Builder report(RuleContext ctx, WebServerScope scope, String what) {
        return ctx.finding(scope)
                .message(what + ": a server that answers TRACE echoes the request back, headers and cookies"
                        + " included, which cross-site tracing uses to read what scripts may not")
                .about(new ConfigPath.Written(VERBS + "/add[@verb='TRACE']"));
    }

    private static Optional<Settings.Entry> trace(List<Settings.Entry> verbs) {
        Optional<Settings.Entry> found = Optional.empty();
        for (Settings.Entry e : verbs) if (e.attribute("verb").trim().equals("TRACE")) found = Optional.of(e);
        return found;
    }

    private static boolean denies(Settings.Entry e) {
        return e.attribute("allowed").trim().toLowerCase(Locale.ROOT).equals("false");
    }
}
