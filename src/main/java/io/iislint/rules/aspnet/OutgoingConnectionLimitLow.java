package io.iislint.rules.aspnet;

import io.iislint.model.ConfigPath;
import io.iislint.model.IisConfig;
import io.iislint.model.Origin;
import io.iislint.model.Settings;
import io.iislint.model.Value;
import io.iislint.model.WebServerScope;
import io.iislint.rules.Param;
import io.iislint.rules.Rule;
import io.iislint.rules.RuleContext;
import java.util.List;
import java.util.Optional;

/**
 * IIS-1120: with autoConfig off, outgoing HTTP connections per remote host limited below seed 002's 12 per processor
 * ({@code system.net/connectionManagement/add[@address='*']/@maxconnection}; 2 when no entry says). With autoConfig on,
 * ASP.NET sets the limit itself (12 per processor up to .NET 4.0, no limit from 4.5) and nothing is judged. Without
 * {@code cpuCount} the limit is judged against one processor, so what is reported is low on any server.
 */
public final class OutgoingConnectionLimitLow implements Rule {
    private static final String SECTION = "system.net/connectionManagement";
    private static final long PER_CPU = 12;
    /** What .NET allows per host when no entry sets a limit (Microsoft Learn, connectionManagement add element). */
    private static final long NET_DEFAULT = 2;

    @Override
    public String id() {
        return "IIS-1120";
    }

    @Override
    public List<Param<?>> params() {
        return List.of(ThreadTuning.CPU_COUNT);
    }

    @Override
    public void check(IisConfig config, RuleContext ctx) {
        Optional<Long> cpus = ThreadTuning.cpus(ctx);
        long n = cpus.orElse(1L);
        long want = PER_CPU * n;
        for (WebServerScope scope : config.scopes()) {
            if (!ThreadTuning.aspNetFile(scope) || !ThreadTuning.autoConfigOff(scope)) continue;
            Optional<Settings.Entry> all = scope.settings().collection(SECTION, "add", "address").stream()
                    .filter(e -> e.attribute("address").trim().equals("*"))
                    .findFirst();
            Value<Long> limit;
            if (all.isPresent()) {
                if (!(all.get().origin() instanceof Origin.SetHere)) continue;
                String raw = all.get().attribute("maxconnection").trim();
                if (!raw.matches("\\d{1,9}")) continue;
                limit = Value.of(Long.parseLong(raw), all.get().origin());
            } else {
                if (!ThreadTuning.machineRoot(scope)) continue;
                limit = Value.ofDefault(NET_DEFAULT, ".NET default");
            }
            if (!(limit instanceof Value.Known<Long> k) || k.value() >= want) continue;
            String against = cpus.isPresent()
                    ? PER_CPU + " per processor × " + ThreadTuning.processors(n) + " = " + want
                    : PER_CPU + " per processor, even on a single processor (cpuCount not given)";
            ctx.finding(scope)
                    .at(all.map(e -> e.element().location()).orElse(ThreadTuning.anchor(scope)))
                    .message("autoConfig is off and an application may open only " + k.value()
                            + " connections at a time to one remote host, below seed 002's " + against
                            + ": calls to a web service or API queue behind each other")
                    .value(new ConfigPath.Written(SECTION + "/add[@address='*']/@maxconnection"), limit)
                    .fix("value", Long.toString(want))
                    .report();
        }
    }
}
