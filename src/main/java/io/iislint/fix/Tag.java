package io.iislint.fix;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A start tag as written (the parser has already found it well-formed): where each attribute's value lies between
 * its quotes, where the last attribute ends, and where the tag closes ({@code >} or {@code />}).
 *
 * @param attributesEnd just after the last attribute's closing quote (after the name when there is none)
 * @param end the offset of the closing {@code >}
 */
record Tag(List<Attribute> attributes, int attributesEnd, int end, boolean selfClosing) {

    /** One attribute: its name, its value's offsets (inside the quotes) and its quote. */
    record Attribute(String name, int valueStart, int valueEnd, char quote) {}

    Optional<Attribute> attribute(String name) {
        return attributes.stream().filter(a -> a.name().equals(name)).findFirst();
    }

    /** The quote new attributes take: the one the element's first attribute uses, else {@code "}. */
    char quote() {
        return attributes.isEmpty() ? '"' : attributes.get(0).quote();
    }

    static Tag scan(String text, int start) {
        int n = text.length();
        int i = start + 1;
        while (i < n && !isSpace(text.charAt(i)) && text.charAt(i) != '>' && text.charAt(i) != '/') i++;
        int attributesEnd = i;
        List<Attribute> attributes = new ArrayList<>();
        while (i < n) {
            while (i < n && isSpace(text.charAt(i))) i++;
            if (i >= n || text.charAt(i) == '>' || text.charAt(i) == '/') break;
            int nameStart = i;
            while (i < n && !isSpace(text.charAt(i)) && text.charAt(i) != '=') i++;
            String name = text.substring(nameStart, i);
            while (i < n && text.charAt(i) != '"' && text.charAt(i) != '\'') i++;
            if (i >= n) break;
            char quote = text.charAt(i++);
            int valueStart = i;
            while (i < n && text.charAt(i) != quote) i++;
            attributes.add(new Attribute(name, valueStart, i, quote));
            i++;
            attributesEnd = i;
        }
        while (i < n && text.charAt(i) != '>') i++;
        boolean selfClosing = i > 0 && text.charAt(i - 1) == '/';
        return new Tag(attributes, attributesEnd, i, selfClosing);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }
}
