package io.iislint.dialect;

import io.iislint.text.Escape;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a fix command's template from the catalog with names and values from a configuration file, each quoted
 * for where it stands in the shell that runs the command, so that pasting the fix never runs anything else.
 *
 * <ul>
 *   <li><b>cmd.exe</b> (appcmd, adsutil.vbs): inside {@code "…"}, cmd.exe takes {@code & | < > ^ ( )} and spaces
 *       literally, but still expands {@code %NAME%} (and {@code !NAME!} when delayed expansion is on), and it
 *       has no way to put a {@code "} inside quotes. A value outside the template's quotes that holds anything
 *       but letters, digits and {@code . _ : / \ * @ + -} puts its whole argument in quotes. Backslashes just
 *       before a closing quote are doubled, as programs read {@code \"} as a literal quote.</li>
 *   <li><b>PowerShell</b>: inside {@code '…'} only the single quotes are special, and PowerShell takes the
 *       typographic ones (U+2018 to U+201B) as quotes too (its about_Quoting_Rules says so), so each is doubled.
 *       Inside {@code "…"} the backtick, {@code $} and every kind of quote are escaped with a backtick (which
 *       leaves a quote that does not end the string as it is).</li>
 *   <li>A value inside the {@code '…'} of a filter ({@code [name='…']}, {@code [@name='…']}) cannot hold an
 *       apostrophe: neither appcmd's nor the configuration system's filter syntax has an escape for it.</li>
 *   <li>A control or invisible character (see {@link Escape}) cannot be shown on the command's one line.</li>
 * </ul>
 *
 * Where a value cannot be carried, no command is given: {@link Withheld} names the value and says why.
 */
final class FixCommand {
    private FixCommand() {}

    enum Shell {
        CMD,
        POWERSHELL
    }

    /** A command filled in, or why none can be: the placeholder whose value cannot be carried, and the reason. */
    sealed interface Rendered permits Command, Withheld {}

    record Command(String text) implements Rendered {}

    record Withheld(String placeholder, String why) implements Rendered {}

    static final String CONTROL = "a control or invisible character, which a one-line command cannot show";
    static final String DOUBLE_QUOTE = "a double quote, which cmd.exe cannot quote";
    static final String PERCENT = "a percent sign, which cmd.exe expands even inside quotes";
    static final String BANG = "an exclamation mark, which cmd.exe expands inside quotes when delayed expansion is on";
    static final String APOSTROPHE = "an apostrophe, which would end the quoted value in the command's filter";
    static final String UNQUOTED = "characters that cannot stand unquoted where the command puts it";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

    /** Templates split once: literal text and placeholder names, alternating (even: text, odd: a name). */
    private static final Map<String, List<String>> TEMPLATES = new ConcurrentHashMap<>();

    static List<String> parts(String template) {
        return TEMPLATES.computeIfAbsent(template, FixCommand::split);
    }

    private static List<String> split(String template) {
        List<String> parts = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(template);
        int last = 0;
        while (m.find()) {
            parts.add(template.substring(last, m.start()));
            parts.add(m.group(1));
            last = m.end();
        }
        parts.add(template.substring(last));
        return List.copyOf(parts);
    }

    /** What a placeholder's value is, in the words of the note that says why no command is given. */
    static String noun(String placeholder) {
        return switch (placeholder) {
            case "pool" -> "pool name";
            case "site" -> "site name";
            case "appId", "psApp" -> "application path";
            case "user" -> "account name";
            case "vdir" -> "virtual directory path";
            case "handler" -> "handler name";
            case "fullPath" -> "FastCGI application path";
            case "arguments" -> "FastCGI arguments";
            case "ext" -> "file extension";
            case "protocol" -> "binding protocol";
            case "info" -> "binding";
            case "key" -> "metabase key";
            case "location", "psPath" -> "location path";
            case "attribute" -> "setting name";
            default -> "value";
        };
    }

    /**
     * @param values each placeholder's value
     * @throws IllegalStateException when the template names a placeholder without a value (a defect in a rule)
     */
    static Rendered render(String template, Shell shell, Map<String, String> values) {
        List<String> parts = parts(template);
        return shell == Shell.CMD ? cmd(parts, values) : powerShell(parts, values);
    }

    private static String value(Map<String, String> values, String name) {
        String v = values.get(name);
        if (v == null) throw new IllegalStateException("fix template needs {" + name + "}");
        return v;
    }

    // ---- cmd.exe ----

    private static Rendered cmd(List<String> parts, Map<String, String> values) {
        StringBuilder out = new StringBuilder();
        StringBuilder token = new StringBuilder();
        boolean quoted = false; // inside "…", as cmd.exe reads the line
        boolean apostrophe = false; // inside '…' of appcmd's [key='value']
        boolean templateQuotes = false; // the current argument has quotes of the template's own
        String toQuote = null; // the placeholder whose value puts the current argument in quotes
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i);
            if (i % 2 == 0) {
                int from = 0; // the start of the text not yet copied into the argument
                for (int k = 0; k < part.length(); k++) {
                    char c = part.charAt(k);
                    if (c == ' ' && !quoted) {
                        token.append(part, from, k);
                        from = k + 1;
                        if (toQuote != null && templateQuotes) return new Withheld(toQuote, UNQUOTED);
                        out.append(toQuote != null ? quote(token) : token).append(' ');
                        token.setLength(0);
                        templateQuotes = false;
                        toQuote = null;
                    } else if (c == '"') {
                        quoted = !quoted;
                        templateQuotes = true;
                    } else if (c == '\'') {
                        apostrophe = !apostrophe;
                    }
                }
                token.append(part, from, part.length());
                continue;
            }
            String v = value(values, part);
            if (!quoted && isPlain(v, true)) {
                token.append(v);
                continue;
            }
            Optional<String> why = cmdProblem(v, apostrophe);
            if (why.isPresent()) return new Withheld(part, why.get());
            token.append(v);
            if (quoted) {
                boolean closes = i + 1 < parts.size() && parts.get(i + 1).startsWith("\"");
                if (closes) doubleTrailingBackslashes(token, v);
            } else if (toQuote == null) {
                toQuote = part;
            }
        }
        if (toQuote != null && templateQuotes) return new Withheld(toQuote, UNQUOTED);
        out.append(toQuote != null ? quote(token) : token);
        return new Command(out.toString());
    }

    private static Optional<String> cmdProblem(String v, boolean inFilter) {
        if (!Escape.isPlain(v)) return Optional.of(CONTROL);
        if (v.indexOf('"') >= 0) return Optional.of(DOUBLE_QUOTE);
        if (v.indexOf('%') >= 0) return Optional.of(PERCENT);
        if (v.indexOf('!') >= 0) return Optional.of(BANG);
        if (inFilter && v.indexOf('\'') >= 0) return Optional.of(APOSTROPHE);
        return Optional.empty();
    }

    private static String quote(CharSequence token) {
        StringBuilder sb = new StringBuilder(token.length() + 4).append('"').append(token);
        doubleTrailingBackslashes(sb, token);
        return sb.append('"').toString();
    }

    /** Appends again the backslashes {@code text} ends with, so that 2n of them before a quote read as n. */
    private static void doubleTrailingBackslashes(StringBuilder sb, CharSequence text) {
        for (int j = text.length() - 1; j >= 0 && text.charAt(j) == '\\'; j--) sb.append('\\');
    }

    /** A value that needs no quotes: cmd.exe (or PowerShell, in argument mode) reads it as it is. */
    private static boolean isPlain(String v, boolean cmd) {
        if (v.isEmpty()) return false; // nothing would leave the argument out, or glue the next one to it
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || c == '.'
                    || c == '_'
                    || c == ':'
                    || c == '-'
                    || (cmd && (c == '/' || c == '\\' || c == '*' || c == '@' || c == '+'));
            if (!ok) return false;
        }
        return true;
    }

    // ---- PowerShell ----

    private enum Mode {
        BARE,
        SINGLE,
        DOUBLE
    }

    static boolean isSingleQuote(char c) {
        return c == '\'' || (c >= '\u2018' && c <= '\u201B');
    }

    static boolean isDoubleQuote(char c) {
        return c == '"' || (c >= '\u201C' && c <= '\u201E');
    }

    private static Rendered powerShell(List<String> parts, Map<String, String> values) {
        StringBuilder out = new StringBuilder();
        Mode mode = Mode.BARE;
        boolean apostrophe = false; // inside '…' of a filter in a "…" string
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i);
            if (i % 2 == 0) {
                out.append(part); // the template's own text, read only for where it leaves the next value
                for (int k = 0; k < part.length(); k++) {
                    char c = part.charAt(k);
                    switch (mode) {
                        case BARE -> {
                            if (isSingleQuote(c)) mode = Mode.SINGLE;
                            else if (isDoubleQuote(c)) mode = Mode.DOUBLE;
                            apostrophe = false;
                        }
                        case SINGLE -> {
                            if (!isSingleQuote(c)) break;
                            if (k + 1 < part.length() && isSingleQuote(part.charAt(k + 1))) k++; // '' is a quote
                            else mode = Mode.BARE;
                        }
                        case DOUBLE -> {
                            if (c == '`') k++;
                            else if (isDoubleQuote(c)) mode = Mode.BARE;
                            else if (c == '\'') apostrophe = !apostrophe;
                        }
                    }
                }
                continue;
            }
            String v = value(values, part);
            if (!Escape.isPlain(v)) return new Withheld(part, CONTROL);
            switch (mode) {
                case SINGLE -> {
                    for (int k = 0; k < v.length(); k++) {
                        char c = v.charAt(k);
                        if (isSingleQuote(c)) out.append(c);
                        out.append(c);
                    }
                }
                case DOUBLE -> {
                    if (apostrophe && v.indexOf('\'') >= 0) return new Withheld(part, APOSTROPHE);
                    for (int k = 0; k < v.length(); k++) {
                        char c = v.charAt(k);
                        if (c == '`' || c == '$' || isDoubleQuote(c) || isSingleQuote(c)) out.append('`');
                        out.append(c);
                    }
                }
                case BARE -> {
                    if (!isPlain(v, false)) return new Withheld(part, UNQUOTED);
                    out.append(v);
                }
            }
        }
        return new Command(out.toString());
    }
}
