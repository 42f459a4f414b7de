package io.iislint.rules;

import io.iislint.model.ConfigPath;
import io.iislint.model.ConfigProblem;
import io.iislint.model.IisConfig;

/**
 * IIS-001: a value IIS refuses to load (unknown name, malformed time span, out of range, duplicate entry). The readers
 * find these while they read; the rule reports what they wrote down.
 */
public final class InvalidConfigValue implements Rule {
    @Override
    public String id() {
        return "IIS-001";
    }

    @Override
    public void check(IisConfig config, RuleContext ctx) {
        for (ConfigProblem p : config.problems()) {
            String shown = p.value().isEmpty() ? "" : "'" + p.value() + "' is not valid: ";
            ctx.finding(p.subjectKind(), p.subjectName())
                    .at(p.location())
                    .about(new ConfigPath.Written(p.configPath()))
                    .message(shown + p.message())
                    .report();
        }
    }
}
