package io.iislint.rules.fastcgi;

import io.iislint.model.ConfigPath;
import io.iislint.model.FastCgiApplication;
import io.iislint.model.IisConfig;
import io.iislint.rules.Rule;
import io.iislint.rules.RuleContext;

/**
 * IIS-312: ResponseBufferLimit written as a FastCGI environment variable. The variable only reaches the FastCGI
 * process's environment; IIS buffers a FastCGI response by the handler's {@code responseBufferLimit}, so the value
 * changes nothing.
 */
public final class FastcgiEnvResponseBuffer implements Rule {
    private static final String NAME = "ResponseBufferLimit";

    @Override
    public String id() {
        return "IIS-312";
    }

    @Override
    public void check(IisConfig config, RuleContext ctx) {
        for (FastCgiApplication app : config.fastCgiApplications()) {
            for (FastCgiApplication.EnvironmentVariable env : app.environmentVariables()) {
                if (!env.name().equalsIgnoreCase(NAME)) continue;
                FastCgi.finding(ctx, app)
                        .at(env.location())
                        .about(new ConfigPath.Written("system.webServer/fastCgi/application[@fullPath='"
                                + app.fullPath() + "']/environmentVariables/environmentVariable[@name='"
                                + env.name() + "']"))
                        .message("environment variable " + env.name() + "=" + env.value()
                                + " does not change how IIS buffers this application's responses: the buffer is"
                                + " the FastCGI handler's responseBufferLimit")
                        .fix("name", env.name())
                        .report();
            }
        }
    }
}
