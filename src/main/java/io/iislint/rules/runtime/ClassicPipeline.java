package io.iislint.rules.runtime;

import io.iislint.model.ApplicationPool;
import io.iislint.model.ConfigPath.PoolSetting;
import io.iislint.model.PipelineMode;
import io.iislint.rules.PoolRule;
import io.iislint.rules.RuleContext;

/** IIS-701: the Classic pipeline. */
public final class ClassicPipeline extends PoolRule {
    public ClassicPipeline() {
        super("IIS-701");
    }

    @Override
    protected void check(ApplicationPool pool, RuleContext ctx) {
        var v = pool.managedPipelineMode();
        if (!v.is(PipelineMode.Classic)) return;
        ctx.finding(pool)
                .message("uses the Classic pipeline: ASP.NET runs as an ISAPI extension, apart from IIS's own"
                        + " authentication, authorization and request filtering")
                .value(new PoolSetting(pool, "@managedPipelineMode"), v)
                .fixTo("Integrated")
                .report();
    }
}
