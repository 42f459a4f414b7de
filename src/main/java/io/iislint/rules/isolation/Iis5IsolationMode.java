package io.iislint.rules.isolation;

import io.iislint.model.ConfigPath.MetabaseProperty;
import io.iislint.model.Iis6;
import io.iislint.model.IisConfig;
import io.iislint.model.Value;
import io.iislint.rules.Names;
import io.iislint.rules.Rule;
import io.iislint.rules.RuleContext;
import java.util.ArrayList;
import java.util.List;

/**
 * IIS-206: IIS 6 running in IIS 5.0 isolation mode: application pools are ignored (the pool rules judge none), and
 * what really runs is said instead: in-process applications (AppIsolated 0) inside inetinfo.exe as LocalSystem,
 * out-of-process ones in dllhost.exe as their COM+ application's identity, which IIS creates as the IWAM account
 * (WAMUserName) and Component Services can change: hence "probably".
 */
public final class Iis5IsolationMode implements Rule {
    @Override
    public String id() {
        return "IIS-206";
    }

    @Override
    public void check(IisConfig config, RuleContext ctx) {
        if (config.iis6().isEmpty()) return;
        Iis6 iis6 = config.iis6().get();
        if (!iis6.iis5Mode()) return; // the audit's Iis5IsolationMode check asks the same
        Value<Boolean> v = iis6.iis5IsolationMode();
        ctx.finding("metabase key", "/LM/W3SVC")
                .at(iis6.service())
                .message(
                        "the web service runs in IIS 5.0 isolation mode: application pools, their identities, recycling"
                                + " and health monitoring are ignored, so no pool setting is judged. What runs instead: "
                                + whatRuns(iis6, config))
                .value(new MetabaseProperty("/LM/W3SVC", "IIs5IsolationModeEnabled"), v)
                .report();
    }

    private static String whatRuns(Iis6 iis6, IisConfig config) {
        if (iis6.appProcesses().isEmpty()) {
            return "in-process applications (AppIsolated=0) run inside inetinfo.exe as LocalSystem, and out-of-process ones in"
                    + " dllhost.exe as their COM+ application's identity, by default the IWAM_<computer> account";
        }
        List<Iis6.AppProcess> in =
                iis6.appProcesses().stream().filter(Iis6.AppProcess::inProcess).toList();
        List<Iis6.AppProcess> out =
                iis6.appProcesses().stream().filter(a -> !a.inProcess()).toList();
        List<String> parts = new ArrayList<>();
        if (!in.isEmpty()) {
            parts.add("the in-process application" + (in.size() > 1 ? "s " : " ") + names(in) + " (AppIsolated=0) run"
                    + (in.size() > 1 ? "" : "s") + " inside inetinfo.exe as LocalSystem");
        }
        if (!out.isEmpty()) {
            // a blank WAMUserName names no account: say what IIS setup creates instead
            String account = iis6.wamUserName() instanceof Value.Known<String> iwam
                            && !iwam.value().isBlank()
                    ? "the IWAM account '" + iwam.value() + "' (WAMUserName, "
                            + iwam.origin().describe(config.file()) + ")"
                    : "the IWAM_<computer> account IIS created at setup";
            parts.add("the out-of-process application" + (out.size() > 1 ? "s " : " ") + names(out)
                    + " (AppIsolated 1 or 2) run" + (out.size() > 1 ? "" : "s")
                    + " in dllhost.exe as their COM+ application's identity, probably " + account);
        }
        return String.join("; ", parts);
    }

    private static String names(List<Iis6.AppProcess> apps) {
        return Names.some(apps.stream().map(Iis6.AppProcess::application), apps.size());
    }
}
