package io.iislint.rules.webserver;

import io.iislint.model.ConfigPath;
import io.iislint.model.Settings;
import io.iislint.model.WebServerScope;
import io.iislint.rules.Param;
import io.iislint.rules.RuleContext;
import io.iislint.source.Location;
import java.util.ArrayList;
import java.util.List;

/**
 * IIS-1216: request filtering does not deny the file types a site must not serve (DISA Site STIG SV-218745): at the
 * server level of an applicationHost.config that writes request filtering, the listed extensions it does not deny;
 * below, a level that takes a deny away. The list is the organisation's (the STIG leaves it to the ISSO): the parameter,
 * KISA WEB-15's legacy script types by default. Off by default: a stock server denies none of them.
 */
public final class DeniedFileTypesNotFiltered extends ProtectedEntriesRule {
    static final Param<String> EXTENSIONS =
            Param.text("extensions", ".htr .idc .stm .shtm .shtml .printer .htw .ida .idq");
    private static final String FILTERING = "system.webServer/security/requestFiltering";

    public DeniedFileTypesNotFiltered() {
        super("IIS-1216", FILTERING + "/fileExtensions", "fileExtension", EXTENSIONS);
    }

    @Override
    boolean protects(Settings.Entry e) {
        return denies(e);
    }

    @Override
    String message(List<String> takenAway) {
        return "request filtering no longer denies " + String.join(" ", takenAway)
                + " here, file types the organisation's list says no site may serve";
    }

    @Override
    void missingAtServer(
            WebServerScope scope, List<String> names, List<Settings.Entry> now, List<String> gone, RuleContext ctx) {
        Settings s = scope.settings();
        // a file without request filtering is an excerpt: what the server denies is not known
        if (s.element(FILTERING).isEmpty()) return;
        List<String> missing = new ArrayList<>();
        for (String name : names) if (!name.isEmpty() && !listed(now, name) && !gone.contains(name)) missing.add(name);
        if (missing.isEmpty()) return;
        Location at = s.element(path())
                .or(() -> s.element(FILTERING))
                .map(w -> w.element().location())
                .orElse(scope.location());
        ctx.finding(scope)
                .message("request filtering does not deny " + String.join(" ", missing)
                        + ": every site serves such files wherever a handler or MIME map answers them, and the"
                        + " organisation's list says no site may")
                .about(new ConfigPath.Written(path()))
                .at(at)
                .fix("entry", missing.get(0))
                .report();
    }
}
