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
            RuleContext.Builder b = ctx.finding("config section", r.section());
            // unlocking at the server does not lift a lock a file between sets: the fix is in that file
            if (lockedBelowServer(r)) b.withoutFix();
            b.at(r.at())
                    .about(new ConfigPath.Written(r.section()))
                    .message("locked for '" + r.configPath() + "' by " + lockedBy(r) + ": " + effect(r) + "; "
                            + remedy(r))
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
            return m.tag() + " at " + m.location().fileAndLine();
        }
        return declaredBy(r, "overrideModeDefault=\"Deny\"");
    }

    /**
     * How to lift the refusal: unlock the section in applicationHost.config, or, when a file between (a framework
     * config, a parent folder's web.config) denies it, remove that tag; or remove the section here.
     */
    private static String remedy(SectionRefusal r) {
        java.util.Optional<SectionLocks.LocationMode> m = r.verdict().location();
        if (m.isPresent() && lockedBelowServer(r))
            return "remove that lock from " + m.get().location().file()
                    + " (no file below it can lift it), or remove the section from this web.config";
        return "unlock the section for this path in applicationHost.config, or remove it from this web.config";
    }

    /**
     * What the refusal does: IIS answers 500.19 for its own sections; an ASP.NET section locked by a framework config
     * (allowOverride="false") is ASP.NET's configuration error, for the requests ASP.NET serves.
     */
    private static String effect(SectionRefusal r) {
        if (SectionLocks.isAspNet(r.section()) && lockedBelowServer(r))
            return "ASP.NET refuses this web.config (the section cannot be used at this path), and every request the"
                    + " application serves with ASP.NET fails with a configuration error (HTTP 500)";
        return "IIS refuses this web.config, and every request it applies to fails with HTTP 500.19"
                + " (0x80070021, the section cannot be used at this path)";
    }

    /** Whether a file other than applicationHost.config (a framework config, a parent's web.config) locks it. */
    private static boolean lockedBelowServer(SectionRefusal r) {
        return r.verdict()
                .location()
                .map(m -> !m.location().file().equals(r.place().server()))
                .orElse(false);
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
