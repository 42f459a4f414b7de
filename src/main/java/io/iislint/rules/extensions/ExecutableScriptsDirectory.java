package io.iislint.rules.extensions;

import io.iislint.model.AccessFlag;
import io.iislint.model.ConfigPath;
import io.iislint.model.IisConfig;
import io.iislint.model.Origin;
import io.iislint.model.WebServerScope;
import io.iislint.rules.Param;
import io.iislint.rules.Rule;
import io.iislint.rules.RuleContext;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * IIS-809: a folder named as the IIS 4 and 5 executable folders were (/Scripts, /MSADC, /IISADMPWD) that may run
 * programs (Execute): old exploits and scanners look for them. Judged at each metabase key, location tag or web.config
 * location whose last path segment has such a name, with the access policy that applies there, wherever it is set.
 */
public final class ExecutableScriptsDirectory implements Rule {
    static final Param<String> NAMES = Param.text("names", "scripts msadc iisadmpwd");

    @Override
    public String id() {
        return "IIS-809";
    }

    @Override
    public List<Param<?>> params() {
        return List.of(NAMES);
    }

    @Override
    public void check(IisConfig config, RuleContext ctx) {
        Set<String> names =
                Set.of(ctx.get(NAMES).trim().toLowerCase(Locale.ROOT).split("[\\s,]+"));
        for (WebServerScope scope : config.scopes()) {
            if (scope.kind() != WebServerScope.Kind.METABASE_KEY
                    && scope.kind() != WebServerScope.Kind.LOCATION
                    && scope.kind() != WebServerScope.Kind.WEB_CONFIG) continue;
            String path = scope.path().replace('\\', '/');
            while (path.endsWith("/")) path = path.substring(0, path.length() - 1);
            String last = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
            if (last.isEmpty() || !names.contains(last)) continue;
            var v = scope.handlers().accessPolicy();
            if (!v.matches(flags -> flags.contains(AccessFlag.Execute))) continue;
            RuleContext.Builder b = ctx.finding(scope)
                    .message("the folder '" + path.substring(path.lastIndexOf('/') + 1)
                            + "' may run programs (Execute), as the IIS 4 and 5 executable folders did; old exploits"
                            + " and scanners look for such folders")
                    .value(new ConfigPath.SectionSetting(scope, "handlers", "@accessPolicy"), v);
            // the folder is the subject: an inherited value is reported at the folder, not where it is written
            if (!(v.origin() instanceof Origin.SetHere)) b.at(scope.location());
            b.report();
        }
    }
}
