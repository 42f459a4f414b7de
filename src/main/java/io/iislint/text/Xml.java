package io.iislint.text;

/**
 * Escaping for the XML reports (JUnit, Checkstyle). Text from an input is shown through
 * {@link io.iislint.text.Escape#line} first; whatever still reaches here that XML 1.0 cannot carry at all (a C0
 * control but tab, LF and CR; U+FFFE, U+FFFF; half a surrogate pair) becomes U+FFFD, so that no input can make a
 * report unreadable to the tools that parse it.
 */
public final class Xml {
    private Xml() {}

    public static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&apos;");
                case '\n' -> sb.append("&#10;");
                case '\r' -> sb.append("&#13;");
                case '\t' -> sb.append("&#9;");
                case '\uFFFE', '\uFFFF' -> sb.append('\uFFFD');
                default -> {
                    if (c < 0x20) {
                        sb.append('\uFFFD');
                    } else if (Character.isHighSurrogate(c)
                            && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1))) {
                        sb.append(c).append(s.charAt(++i));
                    } else {
                        sb.append(Character.isSurrogate(c) ? '\uFFFD' : c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
