package io.iislint.model;

/**
 * Whether text is a run of 1 to {@code max} ASCII digits. Used on every numeric attribute, so it avoids
 * {@code String.matches}, which compiles a regular expression on each call.
 */
public final class Digits {
    private Digits() {}

    public static boolean upTo(String s, int max) {
        int n = s.length();
        if (n == 0 || n > max) return false;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return false;
        }
        return true;
    }
}
