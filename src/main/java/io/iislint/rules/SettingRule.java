package io.iislint.rules;

import io.iislint.model.ConfigPath;
import io.iislint.model.IisConfig;
import io.iislint.model.Settings;
import io.iislint.model.Value;
import io.iislint.model.WebServerScope;
import java.util.Optional;

/**
 * A rule about one attribute of any section ({@code system.web/compilation/@debug},
 * {@code system.webServer/httpErrors/@errorMode}), read through a scope's {@link Settings} and reported where
 * {@link SettingScopes} says it belongs. IIS 6 scopes have no such settings and are skipped.
 */
public abstract class SettingRule<T> implements Rule {
    private final String id;
    private final String section;
    private final String attribute;

    /** {@code section}: the element's full path ({@code system.web/compilation}). */
    protected SettingRule(String id, String section, String attribute) {
        this.id = id;
        this.section = section;
        this.attribute = attribute;
    }

    @Override
    public final String id() {
        return id;
    }

    /** The value at the scope, read as the rule needs it. */
    protected abstract Value<T> read(Settings settings, String section, String attribute);

    /** What is wrong with the value at this scope, or empty when nothing is. */
    protected abstract Optional<String> judge(T value, WebServerScope scope, RuleContext ctx);

    /** Values the rule's fix templates need beyond the scope's ({@code {timeout}}); none by default. */
    protected void fixValues(RuleContext.Builder finding, RuleContext ctx) {}

    @Override
    public void check(IisConfig config, RuleContext ctx) {
        for (WebServerScope scope : config.scopes()) {
            if (scope.kind().isMetabase()) continue;
            Value<T> v = read(scope.settings(), section, attribute);
            if (!(v instanceof Value.Known<T> k)) continue;
            Optional<String> wrong = judge(k.value(), scope, ctx);
            if (wrong.isEmpty() || !decides(config, scope, v)) continue;
            RuleContext.Builder b = ctx.finding(scope)
                    .message(wrong.get())
                    .value(new ConfigPath.Written(section + "/@" + attribute), v);
            fixValues(b, ctx);
            b.report();
        }
    }

    private boolean decides(IisConfig config, WebServerScope scope, Value<?> v) {
        return section.startsWith("system.web/")
                ? SettingScopes.aspNet(scope, v)
                : SettingScopes.webServer(config, scope, v, SettingScopes.sectionOf(section));
    }
}
