package io.iislint.model;

import io.iislint.source.Location;
import java.util.Optional;

/**
 * A section a web.config sets that IIS refuses there, so that the application fails with HTTP 500.19: the section is
 * locked at the web.config's path ({@link Reason#LOCKED}), its declaration does not allow it in this file
 * ({@link Reason#NOT_ALLOWED_HERE}), or the file sets, removes or clears what a granular lock of the server holds
 * ({@link Reason#SETTING_LOCKED}). The refused section is not read: rules judge what IIS uses instead.
 *
 * @param section the section's path, {@code system.webServer/asp}
 * @param at where in the web.config: the section element, or what breaks the granular lock
 * @param configPath the path the section would apply to, {@code Site/app/dir}
 * @param verdict the section's override mode at that path, and its declaration
 * @param violation for {@link Reason#SETTING_LOCKED}: what the file does, and the lock
 */
public record SectionRefusal(
        Reason reason,
        String section,
        Location at,
        String configPath,
        WebConfigPlace place,
        SectionLocks.Verdict verdict,
        Optional<Violation> violation) {

    public SectionRefusal(
            Reason reason,
            String section,
            Location at,
            String configPath,
            WebConfigPlace place,
            SectionLocks.Verdict verdict) {
        this(reason, section, at, configPath, place, verdict, Optional.empty());
    }

    public enum Reason {
        LOCKED,
        NOT_ALLOWED_HERE,
        SETTING_LOCKED
    }

    /** What a web.config does against a granular lock: {@code what} it sets, removes or clears, and the lock. */
    public record Violation(String what, SectionLocks.SettingLock lock) {}
}
