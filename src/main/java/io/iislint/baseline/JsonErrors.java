package io.iislint.baseline;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jackson's syntax errors in plain words. Its messages name its own options ("enable
 * `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to allow"), character codes and a redacted source; a team reading
 * why its baseline is refused needs only what is wrong and where.
 */
final class JsonErrors {
    private JsonErrors() {}

    private static final Pattern UNEXPECTED = Pattern.compile(
            "Unexpected character \\((?:'(.*?)' \\(code \\d+\\)|\\(CTRL-CHAR, code (\\d+)\\))\\)( in numeric value)?: (.*)",
            Pattern.DOTALL);
    private static final Pattern CLOSE = Pattern.compile(
            "Unexpected close marker '(.)': expected '(.)'.*?line: (\\d+), column: (\\d+).*", Pattern.DOTALL);
    private static final Pattern END_OF_CONTAINER = Pattern.compile(
            "Unexpected end-of-input: expected close marker for (Array|Object).*?line: (\\d+), column: (\\d+).*",
            Pattern.DOTALL);
    private static final Pattern UNQUOTED_CONTROL =
            Pattern.compile("Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\).*", Pattern.DOTALL);
    private static final Pattern BETWEEN_TOKENS = Pattern.compile(
            "Illegal character \\(\\(CTRL-CHAR, code (\\d+)\\)\\): only regular white space.*", Pattern.DOTALL);
    private static final Pattern TOKEN =
            Pattern.compile("(?:Unrecognized|Non-standard) token '(.*?)'.*", Pattern.DOTALL);
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'", Pattern.DOTALL);

    /** Jackson's message (without its location) in our words; one we have not met loses its internals only. */
    static String plain(String message) {
        Matcher m;
        m = DUPLICATE.matcher(message);
        if (m.matches()) return "the key \"" + m.group(1) + "\" appears twice in one object";
        m = TOKEN.matcher(message);
        if (m.matches()) return "'" + m.group(1) + "' is not a JSON value";
        m = UNQUOTED_CONTROL.matcher(message);
        if (m.matches()) {
            return "a control character (code " + m.group(1) + ") must be written as an escape (\\u"
                    + String.format("%04x", Integer.parseInt(m.group(1))) + ") in a string";
        }
        m = BETWEEN_TOKENS.matcher(message);
        if (m.matches()) return "a control character (code " + m.group(1) + ") where only white space may be";
        m = CLOSE.matcher(message);
        if (m.matches()) {
            return "unexpected '" + m.group(1) + "': the " + (m.group(2).equals("]") ? "array" : "object")
                    + " opened at line " + m.group(3) + ", column " + m.group(4) + " is not closed";
        }
        m = END_OF_CONTAINER.matcher(message);
        if (m.matches()) {
            return "the file ends before the " + m.group(1).toLowerCase(java.util.Locale.ROOT) + " opened at line "
                    + m.group(2) + ", column " + m.group(3) + " is closed";
        }
        if (message.startsWith("Unexpected end-of-input in a string")
                || message.startsWith("Unexpected end-of-input: was expecting closing quote")
                || message.startsWith("Unexpected end-of-input in field name")) {
            return "the file ends inside a string";
        }
        if (message.startsWith("Unexpected end-of-input")) return "the file ends before the JSON is complete";
        if (message.startsWith("Invalid numeric value: Leading zeroes not allowed"))
            return "a number cannot start with 0";
        m = UNEXPECTED.matcher(message);
        if (m.matches())
            return unexpected(
                    m.group(1) != null ? "'" + m.group(1) + "'" : "control character (code " + m.group(2) + ")",
                    m.group(3) != null,
                    m.group(4));
        return internalsRemoved(message);
    }

    private static String unexpected(String what, boolean inNumber, String expected) {
        if (expected.startsWith("JSON spec does not allow numbers to have plus signs"))
            return "a number cannot start with '+'";
        if (expected.startsWith("maybe a (non-standard) comment?"))
            return "unexpected " + what + ": JSON has no comments";
        if (expected.startsWith("expected digit (0-9) to follow minus sign"))
            return "unexpected " + what + " in a number: a digit should follow '-'";
        if (inNumber) return "unexpected " + what + " in a number";
        if (expected.startsWith("was expecting double-quote to start field name"))
            return "unexpected " + what + " where a key in double quotes should be";
        if (expected.startsWith("was expecting comma to separate Object entries"))
            return "unexpected " + what + " where a comma or '}' should be";
        if (expected.startsWith("was expecting comma to separate Array entries"))
            return "unexpected " + what + " where a comma or ']' should be";
        if (expected.startsWith("expected a valid value")) return "unexpected " + what + " where a value should be";
        return "unexpected " + what;
    }

    /** Drops the parts that only make sense to a Jackson user: its option names and its redacted source. */
    private static String internalsRemoved(String message) {
        return message.lines()
                .findFirst()
                .orElse("")
                .replaceAll("\\s*\\(?\\[Source: [^\\]]*\\]\\)?", "")
                .replaceAll(
                        ":? *\\(?(?:enable|not recognized)[^`']*[`'][A-Za-z_.]*(?:Feature)?[A-Za-z_.]*[`'][^)]*\\)?",
                        "")
                .replaceAll(", from `[^`]*`\\)", ")")
                .replace("`", "'");
    }
}
