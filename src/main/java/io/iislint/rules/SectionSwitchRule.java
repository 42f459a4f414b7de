package io.iislint.rules;

import io.iislint.model.ConfigPath;
import io.iislint.model.IisConfig;
import io.iislint.model.Value;
import io.iislint.model.WebServerScope;
import java.util.function.Function;

/** A rule about a {@code system.webServer} switch that must be off, reported where it is switched on. */
public abstract class SectionSwitchRule implements Rule {
    private final String id;
    private final String section;
    private final String attribute;
    private final Function<WebServerScope, Value<Boolean>> read;
    private final String message;

    /** {@code section} is the path under system.webServer, e.g. {@code asp}. */
    protected SectionSwitchRule(
            String id,
            String section,
            String attribute,
            Function<WebServerScope, Value<Boolean>> read,
            String message) {
        this.id = id;
        this.section = section;
        this.attribute = attribute;
        this.read = read;
        this.message = message;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final void check(IisConfig config, RuleContext ctx) {
        for (WebServerScope scope : config.scopes()) {
            Value<Boolean> v = read.apply(scope);
            if (!v.is(true) || !scope.decides(v)) continue;
            ctx.finding(scope)
                    .message(message)
                    .value(new ConfigPath.SectionSetting(scope, section, "@" + attribute), v)
                    .fixTo("false")
                    .report();
        }
    }
}
