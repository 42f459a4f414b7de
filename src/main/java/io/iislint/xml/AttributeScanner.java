package io.iislint.xml;

import java.util.HashMap;
import java.util.Map;

/**
 * StAX gives a start position for elements only. A finding about an attribute should point at the attribute,
 * so this scans the start tag's own text (already known to be well-formed) for each attribute name's offset.
 */
final class AttributeScanner {
    private AttributeScanner() {}

    /**
     * Each attribute name's offset, and the offset of the start tag's closing {@code >}; {@code lineBroken}
     * holds, for values written over several lines, the raw value text (XML turns those line breaks into
     * spaces, but an IIS 6 multi-string property is one string per line).
     */
    record Scan(Map<String, Integer> attributes, int end, Map<String, String> lineBroken) {}

    static Scan scan(char[] text, int n, int tagStart) {
        Map<String, Integer> found = new HashMap<>();
        Map<String, String> lineBroken = new HashMap<>();
        int i = tagStart;
        if (i >= n || text[i] != '<') return new Scan(found, tagStart, lineBroken);
        i++;
        while (i < n && !isSpace(text[i]) && text[i] != '>' && text[i] != '/') i++; // element name
        while (i < n) {
            while (i < n && isSpace(text[i])) i++;
            if (i >= n || text[i] == '>' || text[i] == '/') break;
            int nameStart = i;
            while (i < n && !isSpace(text[i]) && text[i] != '=') i++;
            String name = new String(text, nameStart, i - nameStart);
            found.putIfAbsent(name, nameStart);
            while (i < n && text[i] != '"' && text[i] != '\'') i++;
            if (i >= n) break;
            char quote = text[i++];
            int valueStart = i;
            boolean broken = false;
            while (i < n && text[i] != quote) {
                if (text[i] == '\n' || text[i] == '\r') broken = true;
                i++;
            }
            if (broken) lineBroken.putIfAbsent(name, new String(text, valueStart, Math.min(i, n) - valueStart));
            i++;
        }
        while (i < n && text[i] != '>') i++;
        return new Scan(found, Math.min(i, n - 1), lineBroken);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }
}
