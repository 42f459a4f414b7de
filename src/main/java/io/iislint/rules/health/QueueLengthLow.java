package io.iislint.rules.health;

import io.iislint.model.ApplicationPool;
import io.iislint.model.ConfigPath.PoolSetting;
import io.iislint.model.Value;
import io.iislint.rules.Param;
import io.iislint.rules.PoolRule;
import io.iislint.rules.RuleContext;

/** IIS-604: a queue so short that a burst of requests gets 503 Service Unavailable. */
public final class QueueLengthLow extends PoolRule {
    static final Param<Long> MIN = Param.integer("min", 100);

    public QueueLengthLow() {
        super("IIS-604", MIN);
    }

    @Override
    protected void check(ApplicationPool pool, RuleContext ctx) {
        long min = ctx.get(MIN);
        var v = pool.queueLength();
        if (!(v instanceof Value.Known<Long> queue) || queue.value() >= min) return;
        ctx.finding(pool)
                .message("HTTP.sys queues only " + queue.value()
                        + " requests for this pool: a short burst gets 503 Service Unavailable")
                .value(new PoolSetting(pool, "@queueLength"), v)
                .fixTo("1000")
                .report();
    }
}
