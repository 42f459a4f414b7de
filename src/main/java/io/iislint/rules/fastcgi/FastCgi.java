package io.iislint.rules.fastcgi;

import io.iislint.model.FastCgiApplication;
import io.iislint.rules.RuleContext;

/** What the FastCGI rules share: the module a FastCGI handler names, and how a finding about an application starts. */
final class FastCgi {
    private FastCgi() {}

    static final String MODULE = "FastCgiModule";

    /** A finding about a FastCGI application, with the {@code {fullPath}} and {@code {arguments}} its fix selects it by. */
    static RuleContext.Builder finding(RuleContext ctx, FastCgiApplication app) {
        // an fcgiext.ini section is reported under the fastCgi attribute it becomes on IIS 7+
        return ctx.finding("fastCgi application", app.scriptProcessorKey())
                .at(app.location())
                .fix("fullPath", app.fullPath())
                .fix("arguments", app.arguments());
    }
}
