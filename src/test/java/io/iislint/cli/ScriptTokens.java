package io.iislint.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Small tokenisers for the fix scripts, written from the shells' documented rules, so that a test can see what a
 * shell would take for code and what for data: PowerShell's (about_Quoting_Rules, about_Comments: the four
 * single-quote and three double-quote characters, doubling and the backtick, line comments) and cmd.exe's for a
 * batch file (percent expansion first, on every line; then quotes, the caret and the operators {@code & | < > ( )}),
 * with the arguments a program then gets (the Microsoft C runtime's rules: quotes taken away, 2n backslashes before a
 * quote read as n).
 */
final class ScriptTokens {
    private ScriptTokens() {}

    enum Kind {
        WORD,
        SINGLE,
        DOUBLE,
        COMMENT,
        PUNCT,
        NEWLINE
    }

    /** A token; for a string, {@code text} is its value as PowerShell reads it. */
    record Token(Kind kind, String text, boolean expands) {}

    static boolean singleQuote(char c) {
        return c == '\'' || (c >= '\u2018' && c <= '\u201B');
    }

    static boolean doubleQuote(char c) {
        return c == '"' || (c >= '\u201C' && c <= '\u201E');
    }

    /** PowerShell's tokens; fails on what the scripts never hold (a block comment, a backtick outside a string). */
    static List<Token> powerShell(String script) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = script.length();
        while (i < n) {
            char c = script.charAt(i);
            if (c == '\n') {
                out.add(new Token(Kind.NEWLINE, "\n", false));
                i++;
            } else if (c == ' ' || c == '\t' || c == '\r') {
                i++;
            } else if (c == '#') {
                int end = i;
                while (end < n && script.charAt(end) != '\n' && script.charAt(end) != '\r') end++;
                out.add(new Token(Kind.COMMENT, script.substring(i, end), false));
                i = end;
            } else if (c == '<' && i + 1 < n && script.charAt(i + 1) == '#') {
                throw new AssertionError("a block comment at " + i);
            } else if (singleQuote(c)) {
                StringBuilder sb = new StringBuilder();
                i++;
                while (true) {
                    if (i >= n) throw new AssertionError("an unterminated single-quoted string");
                    char d = script.charAt(i);
                    if (singleQuote(d)) {
                        if (i + 1 < n && singleQuote(script.charAt(i + 1))) {
                            sb.append(d);
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    sb.append(d);
                    i++;
                }
                out.add(new Token(Kind.SINGLE, sb.toString(), false));
            } else if (doubleQuote(c)) {
                StringBuilder sb = new StringBuilder();
                boolean expands = false;
                i++;
                while (true) {
                    if (i >= n) throw new AssertionError("an unterminated double-quoted string");
                    char d = script.charAt(i);
                    if (d == '`') {
                        sb.append(script.charAt(i + 1));
                        i += 2;
                        continue;
                    }
                    if (doubleQuote(d)) {
                        if (i + 1 < n && doubleQuote(script.charAt(i + 1))) {
                            sb.append(d);
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    if (d == '$'
                            && i + 1 < n
                            && (script.charAt(i + 1) == '('
                                    || script.charAt(i + 1) == '{'
                                    || Character.isLetterOrDigit(script.charAt(i + 1))
                                    || script.charAt(i + 1) == '_'
                                    || script.charAt(i + 1) == ':')) expands = true;
                    sb.append(d);
                    i++;
                }
                out.add(new Token(Kind.DOUBLE, sb.toString(), expands));
            } else if ("(){};,=|&".indexOf(c) >= 0) {
                out.add(new Token(Kind.PUNCT, String.valueOf(c), false));
                i++;
            } else if (c == '`') {
                throw new AssertionError("a backtick outside a string at " + i);
            } else {
                int end = i;
                while (end < n) {
                    char d = script.charAt(end);
                    if (d == ' ' || d == '\t' || d == '\r' || d == '\n' || "(){};,=|&`".indexOf(d) >= 0) break;
                    if (singleQuote(d) || doubleQuote(d)) break;
                    if (d == '#' && end == i) break;
                    end++;
                }
                out.add(new Token(Kind.WORD, script.substring(i, end), false));
                i = end;
            }
        }
        return out;
    }

    /** One cmd.exe command of a line: its text after percent expansion and its arguments; the operator after it. */
    record CmdCommand(String text, List<String> args, String operator) {}

    /**
     * A batch-file line as cmd.exe reads it: {@code %%} is {@code %}, {@code %NAME%} the variable (only those in
     * {@code variables}, shown as {@code <NAME>}), any other {@code %} fails; then the line is cut at the operators
     * outside quotes ({@code ^} escapes one character there). Fails when a quote is left open at the end.
     */
    static List<CmdCommand> cmdLine(String line, Set<String> variables) {
        return commands(line, percent(line, variables));
    }

    /** Percent expansion, cmd.exe's first phase for every line of a batch file (a {@code rem} line too). */
    static String percent(String line, Set<String> variables) {
        StringBuilder expanded = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != '%') {
                expanded.append(c);
                continue;
            }
            if (i + 1 < line.length() && line.charAt(i + 1) == '%') {
                expanded.append('%');
                i++;
                continue;
            }
            int end = line.indexOf('%', i + 1);
            if (end < 0 || !variables.contains(line.substring(i + 1, end)))
                throw new AssertionError("a percent sign cmd.exe would expand: " + line);
            expanded.append('<').append(line, i + 1, end).append('>');
            i = end;
        }
        return expanded.toString();
    }

    private static List<CmdCommand> commands(String line, String s) {
        List<CmdCommand> commands = new ArrayList<>();
        StringBuilder cmd = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                quoted = !quoted;
                cmd.append(c);
            } else if (!quoted && c == '^') {
                if (i + 1 < s.length()) cmd.append(s.charAt(++i));
            } else if (!quoted && "&|<>()".indexOf(c) >= 0) {
                String op = String.valueOf(c);
                if ((c == '&' || c == '|') && i + 1 < s.length() && s.charAt(i + 1) == c) {
                    op += c;
                    i++;
                }
                commands.add(new CmdCommand(cmd.toString().trim(), arguments(cmd.toString()), op));
                cmd.setLength(0);
            } else {
                cmd.append(c);
            }
        }
        if (quoted) throw new AssertionError("a quote left open: " + line);
        commands.add(new CmdCommand(cmd.toString().trim(), arguments(cmd.toString()), ""));
        return commands;
    }

    /** The arguments a program gets from its command line (CommandLineToArgvW's rules). */
    static List<String> arguments(String line) {
        List<String> args = new ArrayList<>();
        StringBuilder arg = new StringBuilder();
        boolean quoted = false, any = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\') {
                int j = i;
                while (j < line.length() && line.charAt(j) == '\\') j++;
                int count = j - i;
                if (j < line.length() && line.charAt(j) == '"') {
                    arg.append("\\".repeat(count / 2));
                    if (count % 2 == 1) {
                        arg.append('"');
                        j++;
                    }
                } else {
                    arg.append("\\".repeat(count));
                }
                i = j - 1;
                any = true;
            } else if (c == '"') {
                quoted = !quoted;
                any = true;
            } else if ((c == ' ' || c == '\t') && !quoted) {
                if (any) args.add(arg.toString());
                arg.setLength(0);
                any = false;
            } else {
                arg.append(c);
                any = true;
            }
        }
        if (any) args.add(arg.toString());
        return args;
    }
}
