package io.iislint.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import io.iislint.Fixtures;
import io.iislint.catalog.RuleInfo;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every fix template of the catalog, filled with hostile values: a command is either withheld, or has the same
 * shape as with a harmless value (the same shell syntax outside its strings) and carries the value intact inside
 * a string, as the shell reads it back.
 */
class FixCommandTest {
    private static final List<String> HOSTILE = List.of(
            "y\" & shutdown /s /t 0 & \"",
            "z‘; Stop-Computer; echo ‘",
            "a & calc.exe & b",
            "%PATH%",
            "$(calc)",
            "`calc`",
            "x'; calc; '",
            "q’\"“”„‚‛",
            "Hi!",
            "C:\\dir\\",
            "a b",
            "'",
            "\"",
            "^&|<>()",
            "$env:x",
            "@{a=1}",
            "a\nb",
            "c\u202Ed",
            "\u001b[2J",
            "x`",
            "1; calc",
            ")",
            "]",
            "*:80:a&b",
            "\\\\srv\\share\\",
            "");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

    /** The catalog's templates as a finding at a {@code <location>} fills them in (RuleContext#finding(WebServerScope)). */
    private static String located(String template) {
        return template.replace("{appcmdScope}", "\"{location}\" ")
                .replace("{commit}", " /commit:apphost")
                .replace("{psLocation}", " -Location '{location}'");
    }

    private static Map<String, String> all(String template, String value) {
        Map<String, String> values = new HashMap<>();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) values.put(m.group(1), value);
        return values;
    }

    @Test
    void everyTemplateFilledWithAHostileValueIsWithheldOrKeepsItsShapeAndTheValue() {
        int commands = 0;
        int withheld = 0;
        for (RuleInfo r : Fixtures.catalog().all()) {
            for (Map.Entry<String, FixCommand.Shell> t : List.of(
                    Map.entry(r.appcmd(), FixCommand.Shell.CMD),
                    Map.entry(r.adsutil(), FixCommand.Shell.CMD),
                    Map.entry(r.powershell(), FixCommand.Shell.POWERSHELL))) {
                String raw = t.getKey();
                if (raw.isEmpty()) continue;
                String template = located(raw);
                FixCommand.Shell shell = t.getValue();
                FixCommand.Rendered harmless = FixCommand.render(template, shell, all(template, "X"));
                assertThat(harmless).as(r.id() + ": " + template).isInstanceOf(FixCommand.Command.class);
                String plain = ((FixCommand.Command) harmless).text();
                assertThat(plain).as(r.id() + ": every {placeholder} is filled").doesNotContainPattern(PLACEHOLDER);
                for (String v : HOSTILE) {
                    Map<String, String> values = all(template, v);
                    if (values.isEmpty()) continue;
                    FixCommand.Rendered hostile = FixCommand.render(template, shell, values);
                    if (hostile instanceof FixCommand.Withheld) {
                        withheld++;
                        continue;
                    }
                    commands++;
                    String text = ((FixCommand.Command) hostile).text();
                    String what = r.id() + " " + shell + " with [" + v + "]: " + text;
                    if (shell == FixCommand.Shell.CMD) {
                        assertThat(cmdShape(text)).as(what).isEqualTo(cmdShape(plain));
                        assertThat(count(text, '%') + count(text, '!'))
                                .as(what)
                                .isEqualTo(count(plain, '%') + count(plain, '!'));
                        assertThat(String.join("", cmdArguments(text))).as(what).contains(v);
                    } else {
                        assertThat(psShape(text)).as(what).isEqualTo(psShape(plain));
                        assertThat(String.join("|", psStrings(text))).as(what).contains(v);
                    }
                }
            }
        }
        assertThat(commands).isGreaterThan(500);
        assertThat(withheld).isGreaterThan(100);
    }

    private static long count(String s, char c) {
        return s.chars().filter(x -> x == c).count();
    }

    /** What cmd.exe acts on: the characters outside double quotes that end or redirect a command, and the spaces. */
    static String cmdShape(String command) {
        StringBuilder shape = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < command.length(); i++) {
            char c = command.charAt(i);
            if (c == '"') quoted = !quoted;
            else if (!quoted && "&|<>^() \n\r".indexOf(c) >= 0) shape.append(c);
        }
        assertThat(quoted).as("quotes balance in " + command).isFalse();
        return shape.toString();
    }

    /** The arguments as a Windows program reads them (the C runtime's rules: quotes removed, 2n backslashes + quote). */
    static List<String> cmdArguments(String command) {
        List<String> args = new java.util.ArrayList<>();
        StringBuilder arg = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < command.length(); i++) {
            char c = command.charAt(i);
            if (c == '\\') {
                int n = 0;
                while (i < command.length() && command.charAt(i) == '\\') {
                    n++;
                    i++;
                }
                if (i < command.length() && command.charAt(i) == '"') {
                    arg.append("\\".repeat(n / 2));
                    if (n % 2 == 1) arg.append('"');
                    else quoted = !quoted;
                } else {
                    arg.append("\\".repeat(n));
                    i--;
                }
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ' ' && !quoted) {
                args.add(arg.toString());
                arg.setLength(0);
            } else {
                arg.append(c);
            }
        }
        args.add(arg.toString());
        return args;
    }

    /**
     * What PowerShell runs: the text outside its strings, and inside double-quoted strings each unescaped {@code $}
     * (a variable or subexpression). Both kinds of quote include their typographic forms.
     */
    static String psShape(String command) {
        StringBuilder shape = new StringBuilder();
        int i = 0;
        while (i < command.length()) {
            char c = command.charAt(i);
            if (FixCommand.isSingleQuote(c)) {
                i = endOfSingle(command, i + 1, null);
                shape.append("'S'");
            } else if (FixCommand.isDoubleQuote(c)) {
                i = endOfDouble(command, i + 1, null, shape);
                shape.append("\"D\"");
            } else {
                shape.append(c);
                i++;
            }
        }
        return shape.toString();
    }

    /** The strings of a PowerShell command, as PowerShell reads them. */
    static List<String> psStrings(String command) {
        List<String> strings = new java.util.ArrayList<>();
        int i = 0;
        while (i < command.length()) {
            char c = command.charAt(i);
            StringBuilder s = new StringBuilder();
            if (FixCommand.isSingleQuote(c)) {
                i = endOfSingle(command, i + 1, s);
                strings.add(s.toString());
            } else if (FixCommand.isDoubleQuote(c)) {
                i = endOfDouble(command, i + 1, s, new StringBuilder());
                strings.add(s.toString());
            } else {
                i++;
            }
        }
        return strings;
    }

    private static int endOfSingle(String command, int i, StringBuilder text) {
        while (true) {
            assertThat(i).as("unterminated string in " + command).isLessThan(command.length());
            char c = command.charAt(i);
            if (FixCommand.isSingleQuote(c)) {
                if (i + 1 < command.length() && FixCommand.isSingleQuote(command.charAt(i + 1))) {
                    if (text != null) text.append(command.charAt(i + 1));
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            if (text != null) text.append(c);
            i++;
        }
    }

    private static int endOfDouble(String command, int i, StringBuilder text, StringBuilder shape) {
        while (true) {
            assertThat(i).as("unterminated string in " + command).isLessThan(command.length());
            char c = command.charAt(i);
            if (c == '`') {
                if (text != null) text.append(command.charAt(i + 1));
                i += 2;
                continue;
            }
            if (FixCommand.isDoubleQuote(c)) {
                if (i + 1 < command.length() && FixCommand.isDoubleQuote(command.charAt(i + 1))) {
                    if (text != null) text.append(command.charAt(i + 1));
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            if (c == '$') shape.append('$');
            if (text != null) text.append(c);
            i++;
        }
    }

    @Test
    void cmdArgumentsNeedingQuotesAreQuotedWholeAndTrailingBackslashesSurviveTheClosingQuote() {
        Map<String, String> values = Map.of("key", "W3SVC/My Pool\\");
        assertThat(FixCommand.render("cscript adsutil.vbs SET {key} 2", FixCommand.Shell.CMD, values))
                .isEqualTo(new FixCommand.Command("cscript adsutil.vbs SET \"W3SVC/My Pool\\\\\" 2"));
        assertThat(cmdArguments("cscript adsutil.vbs SET \"W3SVC/My Pool\\\\\" 2"))
                .containsExactly("cscript", "adsutil.vbs", "SET", "W3SVC/My Pool\\", "2");
        assertThat(FixCommand.render("appcmd set vdir \"{vdir}\" /x", FixCommand.Shell.CMD, Map.of("vdir", "C:\\a\\")))
                .isEqualTo(new FixCommand.Command("appcmd set vdir \"C:\\a\\\\\" /x"));
        assertThat(FixCommand.render("x {a}", FixCommand.Shell.CMD, Map.of("a", "")))
                .isEqualTo(new FixCommand.Command("x \"\""));
        assertThat(FixCommand.render("x {a}", FixCommand.Shell.POWERSHELL, Map.of("a", "1; calc")))
                .isEqualTo(new FixCommand.Withheld("a", FixCommand.UNQUOTED));
    }
}
