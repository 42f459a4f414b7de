package io.iislint.text;

/**
 * Text from an input (a value, a section name, a file name, a policy value, a command-line argument) made safe to
 * print as part of one line that a person or a CI runner reads: a terminal, a CI log, a Markdown ticket. The one
 * place every such output goes through, so that an input can neither start a line of its own (GitHub's
 * {@code ::error::}, Azure's {@code ##vso[…]}), nor send a terminal escape sequence, nor reorder what is shown
 * ("Trojan Source" bidi controls).
 *
 * <p>A character that is a control (C0 including tab, CR and LF; DEL; C1), a bidi control or mark, a line or
 * paragraph separator, the zero-width no-break space, a Unicode tag, a noncharacter U+FFFE/U+FFFF or half of a
 * surrogate pair is written as a backslash, {@code u}, and its code in lower-case hex in braces: LF as
 * <code>&#92;u{a}</code>, ESC as <code>&#92;u{1b}</code>, U+202E as <code>&#92;u{202e}</code> (Rust's and
 * JavaScript's form). Nothing else is escaped: the common short forms ({@code \n}, {@code \t}) would be read into
 * every Windows path ({@code C:\new}, {@code CONTOSO\tom}), and doubling every backslash would change every path
 * in every report. So that the escaping is still unambiguous, a backslash that is followed by <code>u{</code> in the
 * input is itself written <code>&#92;u{5c}</code>: read back, <code>&#92;u{</code>…<code>}</code> is always an
 * escape, and any other backslash is itself.
 */
public final class Escape {
    private Escape() {}

    /** The text with every character that must not reach a line raw shown escaped; the same string if there is none. */
    public static String line(String s) {
        int i = 0;
        while (i < s.length() && !escapes(s, i)) i++;
        if (i == s.length()) return s;
        StringBuilder sb = new StringBuilder(s.length() + 16).append(s, 0, i);
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int width = Character.charCount(cp);
            if (escapes(s, i)) {
                sb.append("\\u{")
                        .append(Integer.toHexString(cp))
                        .append('}'); // a lone surrogate is its own code point here
            } else {
                sb.appendCodePoint(cp);
            }
            i += width;
        }
        return sb.toString();
    }

    /** Whether {@link #line} leaves the text as it is. */
    public static boolean isPlain(String s) {
        for (int i = 0; i < s.length(); i++) if (escapes(s, i)) return false;
        return true;
    }

    /** Whether the character at {@code i} (a whole code point, or a lone surrogate) must be written escaped. */
    private static boolean escapes(String s, int i) {
        char c = s.charAt(i);
        if (c == '\\') return s.startsWith("u{", i + 1);
        if (Character.isHighSurrogate(c)) {
            if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) return true;
            int cp = s.codePointAt(i);
            return cp >= 0xE0000 && cp <= 0xE007F; // tags: invisible, and so a way to hide text from a reviewer
        }
        if (Character.isLowSurrogate(c)) return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
        return isEscaped(c);
    }

    /** The characters of the basic plane that are never shown raw (surrogates aside: a pair is one character). */
    public static boolean isEscaped(char c) {
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) return true; // C0 (tab, CR, LF, ESC…), DEL, C1
        return switch (c) {
            // bidi marks and the embeddings, overrides and isolates that reorder what a line shows
            case '\u061C',
                    '\u200E',
                    '\u200F',
                    '\u202A',
                    '\u202B',
                    '\u202C',
                    '\u202D',
                    '\u202E',
                    '\u2066',
                    '\u2067',
                    '\u2068',
                    '\u2069' -> true;
            // line and paragraph separators (some viewers start a new line), the zero-width no-break space,
            // noncharacters
            case '\u2028', '\u2029', '\uFEFF', '\uFFFE', '\uFFFF' -> true;
            default -> false;
        };
    }

    /**
     * A stack trace (for {@code --debug}), written frame by frame so that each exception's message (which may quote a
     * file name or a value from the input, line breaks included) is escaped as any other output line.
     */
    public static String trace(Throwable t) {
        StringBuilder sb = new StringBuilder();
        String prefix = "";
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Throwable e = t; e != null && seen.add(e); e = e.getCause()) {
            sb.append(prefix).append(line(e.toString())).append(System.lineSeparator());
            for (StackTraceElement frame : e.getStackTrace())
                sb.append("\tat ").append(frame).append(System.lineSeparator());
            prefix = "Caused by: ";
        }
        return sb.toString();
    }
}
