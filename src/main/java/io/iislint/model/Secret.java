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

    static Secret of(String raw) {
        if (raw == null || raw.isEmpty()) return new Empty();
        String t = raw.trim();
        if (t.startsWith("[enc:") && t.endsWith(":enc]")) {
            int colon = t.indexOf(':', 5);
            String provider = colon > 5 ? t.substring(5, colon) : "";
            return new Encrypted(provider);
        }
        return new ClearText(raw.length());
    }

    /**
     * A password property of an IIS 6 MetaBase.xml. The metabase writes secure properties as a hex blob
     * that starts with {@code 4963446} (the bytes "IcD" of its encryption header); anything else is the
     * password as typed.
     */
    static Secret ofMetabase(String raw) {
        if (raw == null || raw.isEmpty()) return new Empty();
        String t = raw.trim();
        if (t.length() >= 32 && t.length() % 2 == 0 && t.regionMatches(true, 0, "4963446", 0, 7) && isHex(t)) {
            return new Encrypted("IIS 6 metabase");
        }
        return new ClearText(raw.length());
    }

    private static boolean isHex(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (Character.digit(t.charAt(i), 16) < 0) return false;
        }
        return true;
    }

    default boolean isClearText() {
        return this instanceof ClearText;
    }

    /** Never the password: a description of it. */
    static String describe(Secret s) {
        if (s instanceof Encrypted e)
            return "(encrypted" + (e.provider().isEmpty() ? "" : " with " + e.provider()) + ")";
        if (s instanceof ClearText c) return "(clear text, " + c.length() + " characters)";
        return "(none)";
    }
}
