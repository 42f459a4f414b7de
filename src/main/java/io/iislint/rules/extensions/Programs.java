package io.iislint.rules.extensions;

import java.util.Locale;

/** The program a handler's scriptProcessor (or an IIS 6 script map, or a restriction entry) starts or loads. */
final class Programs {
    private Programs() {}

    /**
     * The executable without its arguments: the quoted part when the text starts with a quote, else up to the first
     * {@code .exe} or {@code .dll} that ends a word (a path may hold spaces unquoted), else up to the first space.
     */
    static String program(String commandLine) {
        String s = commandLine.trim();
        if (s.startsWith("\"")) {
            int close = s.indexOf('"', 1);
            return close < 0 ? s.substring(1).trim() : s.substring(1, close).trim();
        }
        String lower = s.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            if ((lower.startsWith(".exe", i) || lower.startsWith(".dll", i))
                    && (i + 4 == lower.length() || lower.charAt(i + 4) == ' ' || lower.charAt(i + 4) == '"'))
                return s.substring(0, i + 4);
        }
        int space = s.indexOf(' ');
        return space < 0 ? s : s.substring(0, space);
    }

    /** The program's file name, lower-cased: {@code cmd.exe}. */
    static String fileName(String program) {
        String p = program.replace('/', '\\');
        return p.substring(p.lastIndexOf('\\') + 1).toLowerCase(Locale.ROOT);
    }
}
