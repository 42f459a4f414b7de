package io.iislint.rules.health;

import io.iislint.model.ApplicationPool;
import io.iislint.model.ConfigPath.PoolSetting;
import io.iislint.model.Value;
import io.iislint.rules.Param;
import io.iislint.rules.PoolRule;
import io.iislint.rules.RuleContext;

/** IIS-603: a request queue longer than the limit: requests wait instead of failing fast. */
public final class QueueLengthHigh extends PoolRule {
    static final Param<Long> MAX = Param.integer("max", 1000);

    public QueueLengthHigh() {
        super("IIS-603", MAX);
    }

    @Override
    protected void check(ApplicationPool pool, RuleContext ctx) {
        long max = ctx.get(MAX);
        var v = pool.queueLength();
        if (!(v instanceof Value.Known<Long> queue) || queue.value() <= max) return;
        ctx.finding(pool)
                .message("HTTP.sys may queue " + queue.value() + " requests for this pool, more than " + max)
                .value(new PoolSetting(pool, "@queueLength"), v)
                .fixTo(Long.toString(max))
                .fix("queueLength", Long.toString(max))
                .report();
    }
}
