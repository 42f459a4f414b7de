package io.iislint.rules;

import io.iislint.model.ApplicationPool;

/** Shared start of every application-pool finding: subject, fallback location and the {@code {pool}} fix variable. */
public final class Pools {
    private Pools() {}

    public static RuleContext.Builder finding(RuleContext ctx, ApplicationPool pool) {
        RuleContext.Builder b = ctx.finding("application pool", pool.name()).at(pool.location()).fix("pool", pool.name());
        return pool.metabaseKey().map(b::metabase).orElse(b);
    }

    /** The pools whose settings take effect, and so are judged: none in IIS 5.0 isolation mode (IIS-206 says what runs). */
    public static java.util.List<ApplicationPool> judged(io.iislint.model.IisConfig config) {
        return config.poolsIgnored() ? java.util.List.of() : config.applicationPools();
    }

    /** The IIS configuration path of one of a pool's attributes. */
    public static String path(ApplicationPool pool, String attribute) {
        return "system.applicationHost/applicationPools/add[@name='" + pool.name() + "']/" + attribute;
    }
}
