package io.iislint.rules;

import io.iislint.model.ConfigPath;
import io.iislint.model.IisConfig;
import io.iislint.model.SectionLocks;
import io.iislint.model.SectionRefusal;

/**
 * IIS-005: a web.config sets a section that is locked at its path on the server (overrideModeDefault="Deny", or a
 * {@code <location overrideMode="Deny">}): IIS refuses the file and the application answers HTTP 500.19.
 */
public final class SectionLocked implements Rule {
    @Override
    public String id() {
        return "IIS-005";
    }

    @Override
    public void check(IisConfig config, RuleContext ctx) {
        for (SectionRefusal r : config.refusals()) {
            if (r.reason() != SectionRefusal.Reason.LOCKED) continue;
            ctx.finding("config section", r.section())
                    .at(r.at())
                    .about(new ConfigPath.Written(r.section()))
                    .message("locked for '" + r.configPath() + "' by " + lockedBy(r)
                            + ": IIS refuses this web.config, and every request it applies to fails with HTTP 500.19"
                            + " (0x80070021, the section cannot be used at this path); unlock the section for this"
                            + " path in applicationHost.config, or remove it from this web.config")
                    .fix("configPath", r.configPath())
                    .fix("section", r.section())
                    .report();
        }
    }

    /** What locks the section: the location tag that denies it, or its declaration (the file's own, or stock). */
    static String lockedBy(SectionRefusal r) {
        SectionLocks.Verdict v = r.verdict();
        if (v.location().isPresent()) {
            SectionLocks.LocationMode m = v.location().get();
            return "<location path=\"" + m.path() + "\" overrideMode=\"Deny\"> at "
                    + m.location().fileAndLine();
        }
        return declaredBy(r, "overrideModeDefault=\"Deny\"");
    }

    /** Where the section's declaration says what {@code what} quotes: its line, or the stock declaration. */
    static String declaredBy(SectionRefusal r, String what) {
        return r.verdict()
                .declaration()
                .location()
                .map(at -> what + " at " + at.fileAndLine())
                .orElse(
                        io.iislint.model.SectionLocks.isAspNet(r.section())
                                ? what + " in the stock .NET Framework 4 machine.config"
                                : what + " (probably: a stock IIS 10 install declares it so, and "
                                        + r.place().server() + " declares no sections)");
    }
}
