package io.iislint.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.iislint.text.EncodingWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EncodingWriterTest {

    @Test
    void writesWhatAnOutputStreamWriterWrites() throws IOException {
        String text = "C:\\inetpub\\Caf\u00e9: warning IIS-101 \u4e2d\u6587 \ud83d\ude00 end\n";
        for (Charset charset :
                new Charset[] {StandardCharsets.UTF_8, StandardCharsets.ISO_8859_1, StandardCharsets.US_ASCII}) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (PrintWriter w = new PrintWriter(new EncodingWriter(bytes, charset))) {
                w.print(text);
                w.print('x');
                w.write(text.toCharArray(), 2, 5);
                w.write(text, 3, 4);
            }
            String expected = text + "x" + text.substring(2, 7) + text.substring(3, 7);
            assertThat(bytes.toByteArray()).as(charset.name()).isEqualTo(expected.getBytes(charset));
        }
    }

    /** Text cut anywhere, a surrogate pair included, comes out as if written at once. */
    @Test
    void aSurrogatePairSplitAcrossWritesStaysWhole() throws IOException {
        String text = "a\ud83d\ude00b\ud83d\ude00\ud83d\ude00c";
        Random random = new Random(3);
        for (int round = 0; round < 200; round++) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (EncodingWriter w = new EncodingWriter(bytes, StandardCharsets.UTF_8)) {
                int i = 0;
                while (i < text.length()) {
                    int n = 1 + random.nextInt(3);
                    int end = Math.min(text.length(), i + n);
                    if (random.nextBoolean()) w.write(text, i, end - i);
                    else w.write(text.substring(i, end).toCharArray());
                    i = end;
                }
            }
            assertThat(new String(bytes.toByteArray(), StandardCharsets.UTF_8)).isEqualTo(text);
        }
    }

    @Test
    void nothingIsWrittenBeforeAFlushAndALoneHighSurrogateIsNotLost() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        EncodingWriter w = new EncodingWriter(bytes, StandardCharsets.UTF_8);
        w.write("abc");
        assertThat(bytes.size()).isZero();
        w.flush();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("abc");
        w.write("\ud83d");
        w.close();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("abc?");
    }
}
