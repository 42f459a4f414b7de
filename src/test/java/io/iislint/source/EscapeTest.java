package io.iislint.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.iislint.text.Escape;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EscapeTest {

    /** Reads escaped text back: backslash, u, hex code in braces is a character; any other backslash is itself. */
    static String unescape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (s.startsWith("\\u{", i)) {
                int end = s.indexOf('}', i);
                sb.appendCodePoint(Integer.parseInt(s.substring(i + 3, end), 16));
                i = end;
            } else {
                sb.append(s.charAt(i));
            }
        }
        return sb.toString();
    }

    @Test
    void textWithNothingToEscapeIsTheSameStringWindowsPathsIncluded() {
        for (String s : new String[] {
            "",
            "Shop",
            "C:\\new\\temp\\users\\u0041",
            "\\\\files01\\archive",
            "CONTOSO\\tom",
            "Café ✓ 日本 😀",
            "x\\u",
            "x\\u{",
            "'\"&<>|`$%!^"
        }) {
            if (!s.contains("\\u{")) {
                assertThat(Escape.line(s)).isSameAs(s);
                assertThat(Escape.isPlain(s)).isTrue();
            }
        }
        assertThat(Escape.line("x\\u{")).isEqualTo("x\\u{5c}u{");
        assertThat(Escape.isPlain("x\\u{")).isFalse();
    }

    @Test
    void controlsBidiSeparatorsAndNoncharactersAreShownByTheirCode() {
        assertThat(Escape.line("a\nb\rc\td\u0000e\u001bf\u007fg\u0085h\u009bi"))
                .isEqualTo("a\\u{a}b\\u{d}c\\u{9}d\\u{0}e\\u{1b}f\\u{7f}g\\u{85}h\\u{9b}i");
        assertThat(Escape.line("\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C"))
                .isEqualTo(
                        "\\u{202a}\\u{202b}\\u{202c}\\u{202d}\\u{202e}\\u{2066}\\u{2067}\\u{2068}\\u{2069}\\u{200e}\\u{200f}\\u{61c}");
        assertThat(Escape.line("\u2028\u2029\uFEFF\uFFFE\uFFFF"))
                .isEqualTo("\\u{2028}\\u{2029}\\u{feff}\\u{fffe}\\u{ffff}");
        // a Unicode tag character (invisible), a lone high and a lone low surrogate; a real pair passes
        assertThat(Escape.line("t" + new String(Character.toChars(0xE0041)) + "\uD800x\uDC00😀"))
                .isEqualTo("t\\u{e0041}\\u{d800}x\\u{dc00}😀");
        assertThat(Escape.line("\uD83D")).isEqualTo("\\u{d83d}");
    }

    @Test
    void escapedTextReadsBackToTheInputAndHasNoLineBreakOrControl() {
        Random random = new Random(16);
        String alphabet = "\\u{}ab\n\r\t\u001b\u0085\u202e\u2028\uFFFF\uD800\uDC00 ";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String s = sb.toString();
            String shown = Escape.line(s);
            assertThat(unescape(shown)).as("read back from %s", shown).isEqualTo(s);
            assertThat(shown.codePoints()
                            .filter(c ->
                                    c < 0x10000 && (Escape.isEscaped((char) c) || Character.isSurrogate((char) c))))
                    .as(shown)
                    .isEmpty();
            assertThat(Escape.isPlain(s)).isEqualTo(shown.equals(s));
        }
    }
}
