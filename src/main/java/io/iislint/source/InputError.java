package io.iislint.source;

import io.iislint.text.Escape;

/**
 * A file that could not be linted: unreadable, not XML, not IIS configuration, too big. It becomes one
 * diagnostic line ({@code file:line:col: error: reason}) and exit code 2; the other files are still linted.
 */
public final class InputError extends Exception {
    private final Location location;

    public InputError(Location location, String reason) {
        this(location, reason, null);
    }

    public InputError(Location location, String reason, Throwable cause) {
        super(reason, cause);
        this.location = location;
    }

    public Location location() {
        return location;
    }

    public String reason() {
        return getMessage();
    }

    /** The one line the user sees, with any control character from the file name or the reason shown escaped. */
    public String diagnostic() {
        return Escape.line(location + ": error: " + reason());
    }
}
