package io.iislint.text;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.Charset;

/**
 * A Writer for reports: each string is encoded whole with {@link String#getBytes(Charset)} into a large byte
 * buffer. The JDK's OutputStreamWriter copies every string into a char buffer and encodes it character by
 * character, which costs more than building the report when the JIT is C1 only (as the launcher runs it)
 * and a report runs to megabytes. A surrogate pair split across two writes is kept together.
 */
public final class EncodingWriter extends Writer {
    private final OutputStream out;
    private final Charset charset;
    private char pendingHigh; // a high surrogate waiting for the next write, or 0

    public EncodingWriter(OutputStream out, Charset charset) {
        this.out = new BufferedOutputStream(out, 1 << 16);
        this.charset = charset;
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        if (len <= 0) return;
        encode(off == 0 && len == s.length() ? s : s.substring(off, off + len));
    }

    @Override
    public void write(char[] chars, int off, int len) throws IOException {
        if (len <= 0) return;
        encode(new String(chars, off, len));
    }

    @Override
    public void write(int c) throws IOException {
        encode(String.valueOf((char) c));
    }

    private void encode(String s) throws IOException {
        if (pendingHigh != 0) {
            s = pendingHigh + s;
            pendingHigh = 0;
        }
        char last = s.charAt(s.length() - 1);
        if (Character.isHighSurrogate(last)) {
            pendingHigh = last;
            s = s.substring(0, s.length() - 1);
        }
        out.write(s.getBytes(charset));
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    /** Flushes and closes the stream; a high surrogate left waiting is written as the charset's replacement. */
    @Override
    public void close() throws IOException {
        if (pendingHigh != 0) {
            out.write(String.valueOf(pendingHigh).getBytes(charset));
            pendingHigh = 0;
        }
        out.close();
    }
}
