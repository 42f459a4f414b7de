package io.iislint.model;

/**
 * A password attribute. The clear text itself is never kept: the linter only needs to know whether the file
 * holds one, and it must never print it.
 */
public sealed interface Secret {
    /** No password (empty or absent). */
    record Empty() implements Secret {}

    /** {@code [enc:Provider:…:enc]}, encrypted by IIS's configuration system. */
    record Encrypted(String provider) implements Secret {}

    /** A password written in clear text. */
    record ClearText(int length) implements Secret {}

    Secret EMPTY = new Empty();

    static Secret of(String raw) {
        if (raw == null || raw.isEmpty()) return EMPTY;
        String t = raw.trim();
        if (t.startsWith("[enc:") && t.endsWith(":enc]")) {
            int colon = t.indexOf(':', 5);
            String provider = colon > 5 ? t.substring(5, colon) : "";
            return new Encrypted(provider);
        }
        return new ClearText(raw.length());
    }

    default boolean isClearText() {
        return this instanceof ClearText;
    }

    /** Never the password: a description of it. */
    static String describe(Secret s) {
        if (s instanceof Encrypted e) return "(encrypted" + (e.provider().isEmpty() ? "" : " with " + e.provider()) + ")";
        if (s instanceof ClearText c) return "(clear text, " + c.length() + " characters)";
        return "(none)";
    }
}
