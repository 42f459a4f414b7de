package io.iislint.rules.recycling;

import io.iislint.model.ApplicationPool;
import io.iislint.model.ConfigPath.PoolSetting;
import io.iislint.model.Display;
import io.iislint.model.RecycleEvent;
import io.iislint.model.Value;
import io.iislint.rules.Param;
import io.iislint.rules.PoolRule;
import io.iislint.rules.RuleContext;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** IIS-504: recycles that happen without an event-log entry. */
public final class PoolRecycleNotLogged extends PoolRule {
    static final Param<Set<RecycleEvent>> REQUIRED = Param.recycleEvents("required", "Time, Schedule");

    public PoolRecycleNotLogged() {
        super("IIS-504", REQUIRED);
    }

    @Override
    protected void check(ApplicationPool pool, RuleContext ctx) {
        Set<RecycleEvent> required = ctx.get(REQUIRED);
        var v = pool.recycling().logEventOnRecycle();
        if (!(v instanceof Value.Known<Set<RecycleEvent>> logged)) return;
        List<RecycleEvent> missing = new ArrayList<>();
        for (RecycleEvent e : required) {
            if (!logged.value().contains(e)) missing.add(e);
        }
        if (missing.isEmpty()) return;
        Set<RecycleEvent> wanted = EnumSet.noneOf(RecycleEvent.class);
        wanted.addAll(logged.value());
        wanted.addAll(required);
        ctx.finding(pool)
                .message("recycles caused by " + Display.of(missing) + " are not written to the event log")
                .value(new PoolSetting(pool, "recycling/@logEventOnRecycle"), v)
                .fixTo(Display.of(wanted))
                .fix("flags", Display.of(wanted))
                .fix(
                        "mask",
                        Long.toString(wanted.stream()
                                .mapToLong(RecycleEvent::iisValue)
                                .sum()))
                .report();
    }
}
