package io.iislint.rules;

import io.iislint.model.ConfigPath;
import io.iislint.model.IisConfig;
import io.iislint.model.SectionLocks;
import io.iislint.model.SectionRefusal;

/**
 * IIS-007: a web.config sets an attribute or element, removes an entry or clears a collection that a granular lock
 * of applicationHost.config holds ({@code lockAttributes}, {@code lockAllAttributesExcept}, {@code lockElements},
 * {@code lockAllElementsExcept}, {@code lockItem}): IIS reports a lock violation and the application answers HTTP
 * 500.19.
 */
public final class SettingLocked implements Rule {
    @Override
    public String id() {
        return "IIS-007";
    }

    @Override
    public void check(IisConfig config, RuleContext ctx) {
        for (SectionRefusal r : config.refusals()) {
            if (r.reason() != SectionRefusal.Reason.SETTING_LOCKED
                    || r.violation().isEmpty()) continue;
            SectionRefusal.Violation v = r.violation().get();
            ctx.finding("config section", r.section())
                    .at(r.at())
                    .about(new ConfigPath.Written(r.section()))
                    .message(v.what() + " is locked for '" + r.configPath() + "' by " + lock(v.lock())
                            + ": IIS refuses this web.config with a lock violation, and every request it applies to"
                            + " fails with HTTP 500.19; remove it from this web.config, or lift the lock in "
                            + (v.lock().location().file().equals(r.place().server())
                                    ? "applicationHost.config"
                                    : v.lock().location().file()))
                    .report();
        }
    }

    private static String lock(SectionLocks.SettingLock lock) {
        String what = lock.kind().attribute() + "=\"" + lock.written() + "\"";
        String where = lock.inLocation() ? " in <location path=\"" + lock.path() + "\">" : "";
        return what + where + " at " + lock.location().fileAndLine();
    }
}
