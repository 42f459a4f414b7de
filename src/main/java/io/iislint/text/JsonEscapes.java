package io.iislint.text;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import org.jspecify.annotations.Nullable;

/**
 * JSON escapes for the reports: beyond the C0 controls JSON itself requires escaped, DEL, the C1 controls, the bidi
 * controls and the other characters {@link Escape} never shows raw are written as {@code \}{@code uXXXX}. The value
 * read back is the same; a JSON or SARIF report printed to a terminal or a CI log cannot drive the terminal or
 * reorder a line.
 */
public final class JsonEscapes extends CharacterEscapes {
    public static final JsonEscapes INSTANCE = new JsonEscapes();
    private static final long serialVersionUID = 1L;

    private final int[] ascii;

    private JsonEscapes() {
        ascii = CharacterEscapes.standardAsciiEscapesForJSON();
        ascii[0x7F] = CharacterEscapes.ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return ascii;
    }

    @Override
    public @Nullable SerializableString getEscapeSequence(int ch) {
        if (ch > 0xFFFF || !Escape.isEscaped((char) ch)) return null;
        return new SerializedString(String.format("\\u%04X", ch));
    }
}
