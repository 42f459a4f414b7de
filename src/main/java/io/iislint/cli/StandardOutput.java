package io.iislint.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Standard output that remembers why a write failed. The writers above it ({@code PrintWriter}) swallow I/O errors,
 * so a full disk or a reader that went away would leave a truncated report behind an exit code of 0 or 1; Main
 * asks this stream at the end and turns a failure into one error line and exit 2. After a failure nothing more is
 * written: the output is lost already.
 */
final class StandardOutput extends OutputStream {
    private final OutputStream out = new FileOutputStream(FileDescriptor.out);
    private @Nullable IOException failure;

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (failure != null) throw failure;
        try {
            out.write(b, off, len);
        } catch (IOException e) {
            failure = e;
            throw e;
        }
    }

    @Override
    public void flush() throws IOException {
        if (failure != null) throw failure;
        try {
            out.flush();
        } catch (IOException e) {
            failure = e;
            throw e;
        }
    }

    /** Why a write failed, in the system's words ("No space left on device", "Broken pipe"). */
    Optional<String> failure() {
        if (failure == null) return Optional.empty();
        return Optional.of(failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage());
    }
}
