package io.iislint.model;

import io.iislint.source.Location;

/**
 * A section a web.config sets that IIS refuses there, so that the application fails with HTTP 500.19: the section is
 * locked at the web.config's path ({@link Reason#LOCKED}), or its declaration does not allow it in this file
 * ({@link Reason#NOT_ALLOWED_HERE}). The refused section is not read: rules judge what IIS uses instead.
 *
 * @param section the section's path, {@code system.webServer/asp}
 * @param at the section element in the web.config
 * @param configPath the path the section would apply to, {@code Site/app/dir}
 * @param verdict the override mode that locks it (for {@link Reason#LOCKED}) and the declaration
 */
public record SectionRefusal(
        Reason reason,
        String section,
        Location at,
        String configPath,
        WebConfigPlace place,
        SectionLocks.Verdict verdict) {

    public enum Reason {
        LOCKED,
        NOT_ALLOWED_HERE
    }
}
