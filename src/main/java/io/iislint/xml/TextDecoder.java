package io.iislint.xml;

import io.iislint.source.InputError;
import io.iislint.source.Location;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes a configuration file's bytes to text before XML parsing, so that every offset, line and column
 * the linter reports is counted in characters of one known text. IIS writes UTF-8 (with or without a BOM);
 * UTF-16 is accepted with a BOM. A second BOM after the first is refused. Bytes that are not valid in the
 * encoding are an error with their position, never silently replaced. In XML input, so are the two characters of
 * the basic plane the XML specification leaves out that a decoder lets through, U+FFFE and U+FFFF (the parser
 * refuses the others: C0 controls, surrogates).
 */
final class TextDecoder {

    private static final Pattern DECLARED_ENCODING =
            Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._\\-]+)[\"']");

    private TextDecoder() {}

    /** A text file (fcgiext.ini, a baseline): any character its encoding can hold. */
    static String decode(String file, byte[] bytes) throws InputError {
        return decode(file, bytes, false).toString();
    }

    /**
     * An XML file, into an array-backed buffer (position to limit is the text): no copy into a String. U+FFFE and
     * U+FFFF are refused as not well-formed.
     */
    static CharBuffer decodeChars(String file, byte[] bytes) throws InputError {
        return decode(file, bytes, true);
    }

    private static CharBuffer decode(String file, byte[] bytes, boolean xml) throws InputError {
        Encoding e = encoding(file, bytes);
        CharBuffer text = decodeStrict(file, bytes, e.skip(), e.charset(), xml);
        if (e.skip() > 0 && text.hasRemaining() && text.get(text.position()) == '\uFEFF') {
            // what a tool that adds a BOM to text already holding one writes: no parser accepts it as a BOM
            throw new InputError(
                    new Location(file, 1, 1), "a second byte-order mark follows the first: save the file with one");
        }
        return text;
    }

    /** How a file's bytes are text: its charset, and how many bytes of byte-order mark come first. */
    record Encoding(Charset charset, int skip) {}

    static Encoding encoding(String file, byte[] bytes) throws InputError {
        int skip = 0;
        Charset charset;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            charset = StandardCharsets.UTF_8;
            skip = 3;
        } else if (startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00) || startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
            throw new InputError(new Location(file, 1, 1), "UTF-32 text is not supported: save the file as UTF-8");
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (bytes.length >= 2 && (bytes[0] == 0 || bytes[1] == 0)) {
            throw new InputError(
                    new Location(file, 1, 1),
                    "looks like UTF-16 without a byte-order mark, or binary data: save the file as UTF-8");
        } else {
            charset = declaredCharset(file, bytes);
        }
        return new Encoding(charset, skip);
    }

    private static Charset declaredCharset(String file, byte[] bytes) throws InputError {
        String head = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED_ENCODING.matcher(head);
        if (!m.find()) return StandardCharsets.UTF_8;
        String name = m.group(1).toLowerCase(Locale.ROOT);
        if (name.startsWith("utf-16") || name.startsWith("utf-32") || name.equals("ucs-2")) {
            throw new InputError(
                    new Location(file, 1, 1),
                    "declares encoding \"" + m.group(1) + "\" but has no byte-order mark and is not in that encoding");
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new InputError(
                    new Location(file, 1, 1), "unknown encoding \"" + m.group(1) + "\" in the XML declaration");
        }
    }

    private static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static InputError invalid(String file, CharSequence before, Charset charset, int byteOffset) {
        return new InputError(
                locate(file, before),
                String.format(Locale.ROOT, "invalid %s byte sequence at byte offset %d", charset.name(), byteOffset));
    }

    /**
     * UTF-8, the encoding of nearly every file: runs of ASCII bytes are copied by a plain loop, and only the runs
     * of other bytes go through the JDK's strict decoder. The result is the same, errors included; it is faster
     * because without the C2 compiler the JDK's own ASCII path makes two passes over the bytes.
     */
    private static CharBuffer decodeUtf8(String file, byte[] bytes, int skip, boolean xml) throws InputError {
        char[] out = new char[bytes.length - skip]; // never more chars than bytes in UTF-8
        int j = 0;
        int i = skip;
        CharsetDecoder decoder = null;
        while (i < bytes.length) {
            byte b = bytes[i];
            if (b >= 0) {
                out[j++] = (char) b;
                i++;
                continue;
            }
            int end = i + 1;
            while (end < bytes.length && bytes[end] < 0) end++; // a multi-byte sequence holds no ASCII byte
            if (decoder == null) decoder = strict(StandardCharsets.UTF_8);
            ByteBuffer in = ByteBuffer.wrap(bytes, i, end - i);
            CharBuffer chars = CharBuffer.wrap(out, j, out.length - j);
            CoderResult result = decoder.reset().decode(in, chars, true);
            if (!result.isError()) result = decoder.flush(chars);
            if (result.isError())
                throw invalid(file, CharBuffer.wrap(out, 0, chars.position()), StandardCharsets.UTF_8, in.position());
            if (xml) refuseNonCharacters(file, out, j, chars.position()); // only a multi-byte sequence can be one
            j = chars.position();
            i = end;
        }
        return CharBuffer.wrap(out, 0, j);
    }

    private static CharBuffer decodeStrict(String file, byte[] bytes, int skip, Charset charset, boolean xml)
            throws InputError {
        if (charset.equals(StandardCharsets.UTF_8)) return decodeUtf8(file, bytes, skip, xml);
        CharsetDecoder decoder = strict(charset);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        CharBuffer out = CharBuffer.allocate((int) Math.min(
                Integer.MAX_VALUE - 8L,
                (long) Math.ceil((bytes.length - skip) * (double) decoder.maxCharsPerByte()) + 1));
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) result = decoder.flush(out);
        if (result.isError()) {
            out.flip();
            throw invalid(file, out, charset, in.position());
        }
        out.flip();
        if (xml) refuseNonCharacters(file, out.array(), 0, out.limit());
        return out;
    }

    /** U+FFFE and U+FFFF are outside XML's Char production (in 1.0 and 1.1): not well-formed, where they stand. */
    private static void refuseNonCharacters(String file, char[] text, int from, int to) throws InputError {
        for (int i = from; i < to; i++) {
            char c = text[i];
            if (c == '\uFFFE' || c == '\uFFFF') {
                throw new InputError(
                        locate(file, CharBuffer.wrap(text, 0, i)),
                        String.format(
                                Locale.ROOT, "not well-formed XML: U+%04X is not a character XML allows", (int) c));
            }
        }
    }

    /** The position after {@code before}; CRLF, LF and lone CR all end a line, as in the parser's positions. */
    private static Location locate(String file, CharSequence before) {
        int line = 1;
        int col = 1;
        for (int i = 0; i < before.length(); i++) {
            char c = before.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= before.length() || before.charAt(i + 1) != '\n'))) {
                line++;
                col = 1;
            } else if (c != '\r') {
                col++;
            }
        }
        return new Location(file, line, col);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) return false;
        }
        return true;
    }
}
