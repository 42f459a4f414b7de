package io.iislint.policy;

import java.util.Arrays;

/**
 * A policy wildcard such as {@code *web*prod*}: {@code *} matches any run of characters, every other character
 * only itself, ignoring letter case as Java's Unicode case-insensitive regexes do (code point by code point).
 * <p>
 * The name matched comes from the config under review and can be 1 MiB long, so this is no regex: a regex's
 * backtracking took minutes for one exemption with two stars. The pattern is cut at its stars; the first piece
 * must start the name, the last must end it, and each piece between is found, left to right, at its first place
 * after the one before (the earliest place always leaves the most room for the rest, so it is never wrong to take
 * it). Each piece is searched with Knuth–Morris–Pratt, so a match reads the name once: linear time.
 */
final class Wildcard {
    private final int[][] pieces; // the pattern cut at each '*', case-folded
    private final int[][] fallbacks; // each piece's KMP table

    private Wildcard(int[][] pieces) {
        this.pieces = pieces;
        this.fallbacks = new int[pieces.length][];
        for (int i = 0; i < pieces.length; i++) fallbacks[i] = table(pieces[i]);
    }

    static Wildcard of(String glob) {
        String[] parts = glob.split("\\*", -1);
        int[][] pieces = new int[parts.length][];
        for (int i = 0; i < parts.length; i++) pieces[i] = fold(parts[i]);
        return new Wildcard(pieces);
    }

    boolean matches(String name) {
        int[] text = fold(name);
        int[] first = pieces[0];
        if (pieces.length == 1) return Arrays.equals(text, first);
        int[] last = pieces[pieces.length - 1];
        int end = text.length - last.length;
        if (end < first.length || !startsAt(text, 0, first) || !startsAt(text, end, last)) return false;
        int from = first.length;
        for (int i = 1; i < pieces.length - 1; i++) {
            int at = find(text, from, end, pieces[i], fallbacks[i]);
            if (at < 0) return false;
            from = at + pieces[i].length;
        }
        return true;
    }

    /** The code points of {@code s}, each folded as {@code Pattern.CASE_INSENSITIVE | UNICODE_CASE} compares them. */
    private static int[] fold(String s) {
        return s.codePoints()
                .map(c -> Character.toLowerCase(Character.toUpperCase(c)))
                .toArray();
    }

    private static boolean startsAt(int[] text, int at, int[] piece) {
        return Arrays.equals(text, at, at + piece.length, piece, 0, piece.length);
    }

    /** For each prefix of {@code piece}, the length of its longest proper prefix that is also its suffix. */
    private static int[] table(int[] piece) {
        int[] t = new int[piece.length];
        for (int i = 1, k = 0; i < piece.length; i++) {
            while (k > 0 && piece[i] != piece[k]) k = t[k - 1];
            if (piece[i] == piece[k]) k++;
            t[i] = k;
        }
        return t;
    }

    /** Where {@code piece} first occurs wholly inside {@code text[from, end)}, or -1. */
    private static int find(int[] text, int from, int end, int[] piece, int[] t) {
        if (piece.length == 0) return from;
        for (int i = from, k = 0; i < end; i++) {
            while (k > 0 && text[i] != piece[k]) k = t[k - 1];
            if (text[i] == piece[k]) k++;
            if (k == piece.length) return i - piece.length + 1;
        }
        return -1;
    }
}
