package io.iislint.rules;

import io.iislint.model.ConfigPath;
import io.iislint.model.IisConfig;
import io.iislint.model.SectionRefusal;

/**
 * IIS-006: a web.config sets a section its declaration does not allow there ({@code allowDefinition}): one for
 * applicationHost.config alone, or for an application's root in a folder that is not one. IIS refuses the file and
 * the application answers HTTP 500.19.
 */
public final class SectionNotAllowedHere implements Rule {
    @Override
    public String id() {
        return "IIS-006";
    }

    @Override
    public void check(IisConfig config, RuleContext ctx) {
        for (SectionRefusal r : config.refusals()) {
            if (r.reason() != SectionRefusal.Reason.NOT_ALLOWED_HERE) continue;
            var where = r.verdict().declaration().allowDefinition();
            String allowed = switch (where) {
                case MACHINE_ONLY -> "may be set only in machine.config";
                case MACHINE_TO_WEB_ROOT -> "may be set only in machine.config or the root web.config";
                case APP_HOST_ONLY -> "may be set only in applicationHost.config";
                case MACHINE_TO_APPLICATION ->
                    "may be set only at an application's root, and '" + r.configPath() + "' is not one";
                case EVERYWHERE -> "may be set anywhere";
            };
            boolean aspNet = io.iislint.model.SectionLocks.isAspNet(r.section());
            String fix = where == io.iislint.model.SectionLocks.AllowDefinition.MACHINE_TO_APPLICATION
                    ? "move it to the web.config of the application's root (or make this folder an application),"
                            + " or remove it here"
                    : aspNet
                            ? "set it in "
                                    + (where == io.iislint.model.SectionLocks.AllowDefinition.MACHINE_ONLY
                                            ? "machine.config"
                                            : "machine.config or the root web.config")
                                    + ", or remove it here"
                            : "set it in applicationHost.config (in a <location path=\"" + r.configPath()
                                    + "\"> tag for this path alone), or remove it here";
            // ASP.NET, not IIS, enforces where its sections go: its requests fail, IIS's own do not
            String effect = aspNet
                    ? "ASP.NET refuses this web.config, and every request the application serves with ASP.NET fails"
                            + " with a configuration error (HTTP 500)"
                    : "IIS refuses this web.config, and every request it applies to fails with HTTP 500.19";
            ctx.finding("config section", r.section())
                    .at(r.at())
                    .about(new ConfigPath.Written(r.section()))
                    .message(allowed + " ("
                            + SectionLocked.declaredBy(r, "allowDefinition=\"" + where.spelling() + "\"")
                            + "): " + effect + "; " + fix)
                    .report();
        }
    }
}
