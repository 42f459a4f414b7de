package io.iislint.xml;

import java.util.HashMap;
import java.util.Map;

/**
 * StAX gives a start position for elements only. A finding about an attribute should point at the attribute,
 * so this scans the start tag's own text (already known to be well-formed) for each attribute name's offset.
 */
final class AttributeScanner {
    private AttributeScanner() {}

    /** Each attribute name's offset, and the offset of the start tag's closing {@code >}. */
    record Scan(Map<String, Integer> attributes, int end) {}

    static Scan scan(String text, int tagStart) {
        Map<String, Integer> found = new HashMap<>();
        int i = tagStart;
        int n = text.length();
        if (i >= n || text.charAt(i) != '<') return new Scan(found, tagStart);
        i++;
        while (i < n && !isSpace(text.charAt(i)) && text.charAt(i) != '>' && text.charAt(i) != '/') i++; // element name
        while (i < n) {
            while (i < n && isSpace(text.charAt(i))) i++;
            if (i >= n || text.charAt(i) == '>' || text.charAt(i) == '/') break;
            int nameStart = i;
            while (i < n && !isSpace(text.charAt(i)) && text.charAt(i) != '=') i++;
            found.putIfAbsent(text.substring(nameStart, i), nameStart);
            while (i < n && text.charAt(i) != '"' && text.charAt(i) != '\'') i++;
            if (i >= n) break;
            char quote = text.charAt(i++);
            while (i < n && text.charAt(i) != quote) i++;
            i++;
        }
        while (i < n && text.charAt(i) != '>') i++;
        return new Scan(found, Math.min(i, n - 1));
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }
}
