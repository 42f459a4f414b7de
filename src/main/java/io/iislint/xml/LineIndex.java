package io.iislint.xml;

import io.iislint.source.Location;
import java.util.Arrays;

/** Maps a character offset in a file's text to its line and column. CRLF, LF and lone CR all end a line. */
final class LineIndex {
    private final int[] starts;
    private final int length;
    private int last; // the line (0-based) of the previous lookup

    /** The first {@code length} characters of {@code text}. */
    LineIndex(char[] text, int length) {
        int[] s = new int[64];
        int n = 0;
        s[n++] = 0;
        for (int i = 0; i < length; i++) {
            char c = text[i];
            if (c == '\n' || (c == '\r' && (i + 1 >= length || text[i + 1] != '\n'))) {
                if (n == s.length) s = Arrays.copyOf(s, n * 2);
                s[n++] = i + 1;
            }
        }
        this.starts = Arrays.copyOf(s, n);
        this.length = length;
    }

    /** Offsets mostly arrive in order: the line of the last lookup, or the one after it, is tried first. */
    Location at(String file, long offset) {
        int off = (int) Math.max(0, Math.min(offset, length));
        int line = lineOf(off);
        last = line;
        return new Location(file, line + 1, off - starts[line] + 1);
    }

    private int lineOf(int off) {
        for (int l = last; l <= last + 1 && l < starts.length; l++) {
            if (starts[l] <= off && (l + 1 == starts.length || off < starts[l + 1])) return l;
        }
        int i = Arrays.binarySearch(starts, off);
        return i >= 0 ? i : -i - 2;
    }
}
