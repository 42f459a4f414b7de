package io.iislint.xml;

import io.iislint.source.Location;
import java.util.Arrays;

/** Maps a character offset in a file's text to its line and column. CRLF, LF and lone CR all end a line. */
final class LineIndex {
    private final int[] starts;
    private final int length;

    LineIndex(String text) {
        int[] s = new int[64];
        int n = 0;
        s[n++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                if (n == s.length) s = Arrays.copyOf(s, n * 2);
                s[n++] = i + 1;
            }
        }
        this.starts = Arrays.copyOf(s, n);
        this.length = text.length();
    }

    Location at(String file, long offset) {
        int off = (int) Math.max(0, Math.min(offset, length));
        int i = Arrays.binarySearch(starts, off);
        int line = i >= 0 ? i : -i - 2;
        return new Location(file, line + 1, off - starts[line] + 1);
    }
}
