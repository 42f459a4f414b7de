package io.iislint.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iislint.source.InputError;
import io.iislint.source.Location;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The UTF-8 path copies ASCII itself; it must agree with the JDK's strict decoder on every input, errors included. */
class TextDecoderTest {

    @Test
    void asciiAndMultiByteTextDecodeAsTheJdkDoes() throws InputError {
        String text = "<configuration>\n  <site name=\"Caf\u00e9 \u4e2d\u6587 \ud83d\ude00\"/>\r\n</configuration>";
        assertThat(TextDecoder.decode("t", text.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(text);
        byte[] withBom = ("\ufeff" + text).getBytes(StandardCharsets.UTF_8);
        assertThat(TextDecoder.decode("t", withBom)).isEqualTo(text);
    }

    /** A tool that adds a BOM to text that already has one writes two: refused, in UTF-8 and UTF-16 alike. */
    @Test
    void aSecondByteOrderMarkIsRefused() {
        String twice = "\ufeff\ufeff<configuration/>";
        for (var charset : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            assertThatThrownBy(() -> TextDecoder.decode("t", twice.getBytes(charset)))
                    .as(charset.name())
                    .isInstanceOfSatisfying(InputError.class, e -> {
                        assertThat(e.location()).isEqualTo(new Location("t", 1, 1));
                        assertThat(e.reason())
                                .isEqualTo("a second byte-order mark follows the first: save the file with one");
                    });
        }
        // U+FEFF anywhere else is text for the XML parser to judge
        assertThatCode(() -> TextDecoder.decode("t", "\ufeff<a b=\"\ufeff\"/>".getBytes(StandardCharsets.UTF_8)))
                .doesNotThrowAnyException();
    }

    /**
     * Random byte strings built from ASCII, well-formed sequences, and broken ones (stray continuation bytes,
     * truncated sequences, overlong forms, surrogates, values above U+10FFFF): the same text, or the same error at
     * the same byte offset and position.
     */
    @Test
    void agreesWithTheJdkDecoderOnRandomInput() {
        Random random = new Random(11);
        byte[][] pieces = {
            {'a'},
            {'<'},
            {'\n'},
            {'\r'},
            {' '},
            {(byte) 0xC3, (byte) 0xA9},
            {(byte) 0xE4, (byte) 0xB8, (byte) 0xAD},
            {(byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80},
            {(byte) 0x80},
            {(byte) 0xC3},
            {(byte) 0xE4, (byte) 0xB8},
            {(byte) 0xC0, (byte) 0xAF},
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
            {(byte) 0xFF},
            {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        };
        int errors = 0;
        for (int round = 0; round < 5_000; round++) {
            ByteBuffer buffer = ByteBuffer.allocate(200);
            int count = 1 + random.nextInt(12);
            boolean clean = random.nextInt(3) == 0; // a third of the inputs use only well-formed pieces
            for (int k = 0; k < count; k++) buffer.put(pieces[random.nextInt(clean ? 8 : pieces.length)]);
            byte[] bytes = new byte[buffer.position()];
            buffer.flip().get(bytes);
            if (bytes[0] == (byte) 0xEF || (bytes.length >= 2 && bytes[1] == 0))
                continue; // BOM and NUL handling are tested elsewhere
            String expected;
            String expectedError = null;
            try {
                expected = StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes))
                        .toString();
            } catch (CharacterCodingException e) {
                expected = null;
                expectedError = "invalid UTF-8 byte sequence at byte offset " + errorOffset(bytes);
            }
            try {
                String actual = TextDecoder.decode("r", bytes);
                assertThat(expected).as("input %s", hex(bytes)).isNotNull();
                assertThat(actual).as("input %s", hex(bytes)).isEqualTo(expected);
            } catch (InputError e) {
                errors++;
                assertThat(e.reason()).as("input %s", hex(bytes)).isEqualTo(expectedError);
                assertThat(e.location())
                        .as("input %s", hex(bytes))
                        .isEqualTo(locationOfOffset(bytes, errorOffset(bytes)));
            }
        }
        assertThat(errors).as("some inputs must be invalid").isGreaterThan(1_000);
    }

    /** Where the JDK's decoder stops: the byte offset of the first malformed sequence. */
    private static int errorOffset(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        if (!result.isError()) result = decoder.flush(out);
        if (!result.isError()) throw new AssertionError(new MalformedInputException(0));
        return in.position();
    }

    /**
     * Line and column of the character that the bytes before {@code offset} decode to: CRLF, LF and a lone CR end a
     * line, as in the parser's positions (LineIndex).
     */
    private static Location locationOfOffset(byte[] bytes, int offset) {
        String before = new String(bytes, 0, offset, StandardCharsets.UTF_8)
                .replace("\r\n", "\n")
                .replace('\r', '\n');
        int line = 1;
        int column = 1;
        for (int i = 0; i < before.length(); i++) {
            char c = before.charAt(i);
            if (c == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new Location("r", line, column);
    }

    private static String hex(byte[] bytes) {
        StringBuilder sb = new StringBuilder();
        for (byte b : bytes) sb.append(String.format("%02x ", b));
        return sb.toString().trim();
    }
}
