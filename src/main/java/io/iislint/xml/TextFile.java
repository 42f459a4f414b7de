package io.iislint.xml;

import io.iislint.source.InputError;
import io.iislint.source.Location;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;
import java.util.Optional;

/**
 * A configuration file's text as the XML reader sees it (after its byte-order mark, so that its lines and columns
 * are the findings'), with what it takes to write changed text back in the same form: the charset and the
 * byte-order mark's bytes. For {@code check --fix}.
 */
public final class TextFile {
    private final String text;
    private final Charset charset;
    private final byte[] bom;

    private TextFile(String text, Charset charset, byte[] bom) {
        this.text = text;
        this.charset = charset;
        this.bom = bom;
    }

    /** Decodes the bytes as {@link XmlReader#parse(String, byte[])} does, with the same errors. */
    public static TextFile decode(String file, byte[] bytes) throws InputError {
        if (bytes.length == 0) throw new InputError(new Location(file, 1, 1), "empty file");
        TextDecoder.Encoding e = TextDecoder.encoding(file, bytes);
        CharBuffer chars = TextDecoder.decodeChars(file, bytes);
        return new TextFile(chars.toString(), e.charset(), Arrays.copyOf(bytes, e.skip()));
    }

    public String text() {
        return text;
    }

    public Charset charset() {
        return charset;
    }

    /** Whether the charset can write {@code c} (UTF-8 and UTF-16 write every character). */
    public boolean canEncode(char c) {
        return charset.newEncoder().canEncode(c);
    }

    /** {@code changed} as this file's bytes: its byte-order mark, then the text in its charset; empty if it cannot be. */
    public Optional<byte[]> encode(String changed) {
        CharsetEncoder encoder = charset.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            ByteBuffer b = encoder.encode(CharBuffer.wrap(changed));
            byte[] out = Arrays.copyOf(bom, bom.length + b.remaining());
            b.get(out, bom.length, b.remaining());
            return Optional.of(out);
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
