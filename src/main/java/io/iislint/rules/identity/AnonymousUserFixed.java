package io.iislint.rules.identity;

import io.iislint.model.ConfigPath.SectionSetting;
import io.iislint.model.IisConfig;
import io.iislint.model.Value;
import io.iislint.model.WebServerScope;
import io.iislint.rules.Rule;
import io.iislint.rules.RuleContext;
import java.util.HashSet;
import java.util.Set;

/** IIS-105: anonymous requests run as a fixed account (IUSR or a named user) instead of the pool identity. */
public final class AnonymousUserFixed implements Rule {
    @Override
    public String id() {
        return "IIS-105";
    }

    @Override
    public void check(IisConfig config, RuleContext ctx) {
        // One finding per place the user name is decided, at the first scope (server level first) where
        // anonymous access is on: <location> tags that only switch it on do not repeat it.
        Set<Object> seen = new HashSet<>();
        for (WebServerScope scope : config.scopes()) {
            var anon = scope.anonymousAuthentication();
            // IIS 6 cannot run anonymous requests as the pool identity: there is no better setting to point to
            if (scope.kind().isMetabase() || !anon.enabled().is(true)) continue;
            if (!(anon.userName() instanceof Value.Known<String> user)
                    || user.value().isEmpty()) continue;
            // decided at the server (its default, its <location> tags); a file below reports only what it writes
            boolean server = scope.kind() == WebServerScope.Kind.SERVER || scope.kind() == WebServerScope.Kind.LOCATION;
            if (!server && !(user.origin() instanceof io.iislint.model.Origin.SetHere)) continue;
            if (!seen.add(user.location().map(Object.class::cast).orElse("default"))) continue;
            ctx.finding(scope)
                    .message("anonymous requests run as the fixed account '" + user.value()
                            + "', not as the application pool"
                            + " identity, so file permissions cannot keep sites' anonymous requests apart")
                    .value(new SectionSetting(scope, AnonymousSection.PATH, "@userName"), user)
                    .report();
        }
    }
}
