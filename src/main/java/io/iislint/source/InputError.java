package io.iislint.source;

import io.iislint.text.Escape;
import org.jspecify.annotations.Nullable;

/**
 * A file that could not be linted: unreadable, not XML, not IIS configuration, too big. It becomes one
 * diagnostic line ({@code file:line:col: error: reason}) and exit code 2; the other files are still linted.
 */
public final class InputError extends Exception {
    private final Location location;
    private final String reason;

    public InputError(Location location, String reason) {
        this(location, reason, null);
    }

    public InputError(Location location, String reason, @Nullable Throwable cause) {
        super(reason, cause);
        this.location = location;
        this.reason = reason;
    }

    public Location location() {
        return location;
    }

    public String reason() {
        return reason;
    }

    /** The one line the user sees, with any control character from the file name or the reason shown escaped. */
    public String diagnostic() {
        return Escape.line(location + ": error: " + reason());
    }
}
