package io.iislint.rules.aspnet;

import io.iislint.model.ConfigPath;
import io.iislint.model.IisConfig;
import io.iislint.model.Origin;
import io.iislint.model.Value;
import io.iislint.model.WebServerScope;
import io.iislint.rules.Rule;
import io.iislint.rules.RuleContext;
import java.util.Optional;

/**
 * A forms authentication setting judged only where forms authentication is in use ({@code authentication
 * mode="Forms"}): reported where the setting is written, or, when the scope switches forms authentication on without
 * writing it, where {@code mode="Forms"} is written (the value then comes from above or is the ASP.NET default).
 */
abstract class FormsRule implements Rule {
    private static final String AUTHENTICATION = "system.web/authentication";
    private static final String FORMS = "system.web/authentication/forms";
    private final String id;
    private final String attribute;

    FormsRule(String id, String attribute) {
        this.id = id;
        this.attribute = attribute;
    }

    @Override
    public final String id() {
        return id;
    }

    /** What is wrong with the value, or empty. */
    abstract Optional<String> judge(String value);

    @Override
    public final void check(IisConfig config, RuleContext ctx) {
        for (WebServerScope scope : config.scopes()) {
            if (scope.kind().isMetabase()) continue;
            Value<String> mode = scope.settings().text(AUTHENTICATION, "mode");
            // ASP.NET reads the mode with its letter case
            if (!mode.known().map(m -> m.trim().equals("Forms")).orElse(false)) continue;
            Value<String> v = scope.settings().text(FORMS, attribute);
            if (!(v instanceof Value.Known<String> k)) continue;
            Optional<String> wrong = judge(k.value().trim());
            if (wrong.isEmpty()) continue;
            if (v.origin() instanceof Origin.SetHere) {
                ctx.finding(scope)
                        .message(wrong.get())
                        .value(new ConfigPath.Written(FORMS + "/@" + attribute), v)
                        .report();
            } else if (mode.origin() instanceof Origin.SetHere) {
                ctx.finding(scope)
                        .message(wrong.get() + " (" + attribute + "="
                                + k.value().trim() + ", " + (v.isDefault() ? "the ASP.NET default" : "inherited") + ")")
                        .value(new ConfigPath.Written(AUTHENTICATION + "/@mode"), mode)
                        .fix("attribute", attribute)
                        .report();
            }
        }
    }
}
