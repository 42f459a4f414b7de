package io.iislint.cli;

import io.iislint.text.EncodingWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Writes a file the tool makes (a report, a baseline) whole or not at all: the text goes to a new file beside it,
 * which then replaces it in one step. A failure part-way (a full disk) leaves the file as it was, which matters
 * most for {@code baseline prune}, which rewrites its baseline in place. A path that is not a regular file
 * ({@code /dev/stdout}, a pipe) is written directly.
 */
final class OutputFile {
    /** What goes into the file. */
    interface Body {
        void write(Writer w) throws IOException;
    }

    private OutputFile() {}

    /** Writes {@code body} to {@code file}, in UTF-8; empty if it worked, else why not, in words. */
    static Optional<String> write(Path file, Body body) {
        try {
            Path target = file.toAbsolutePath();
            if (Files.isDirectory(target)) return Optional.of("is a directory");
            if (Files.exists(target)) {
                if (!Files.isRegularFile(target)) {
                    try (Writer w = writer(Files.newOutputStream(target))) {
                        body.write(w);
                    }
                    return Optional.empty();
                }
                target = target.toRealPath(); // through a link, to the file it names
            }
            Path dir = target.getParent();
            if (dir == null || !Files.isDirectory(dir))
                return Optional.of("no such directory: " + file.toAbsolutePath().getParent());
            Path temp;
            try {
                temp = newSibling(target);
            } catch (AccessDeniedException e) {
                if (!Files.isWritable(target)) throw e;
                try (Writer w =
                        writer(Files.newOutputStream(target))) { // a file one may write, in a folder one may not
                    body.write(w);
                }
                return Optional.empty();
            }
            try {
                try (Writer w = writer(Files.newOutputStream(temp, StandardOpenOption.WRITE))) {
                    body.write(w);
                }
                keepPermissions(target, temp);
                replace(temp, target);
            } finally {
                done(temp);
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(reason(e));
        }
    }

    /**
     * Replaces a configuration file with {@code bytes} ({@code check --fix}): through a new file beside it that takes
     * its place in one step, with its permissions, and only if it still holds {@code read} just before (a file
     * changed since it was read is left as it is). A link is followed to the file it names. Never written in
     * place: a file whose folder does not take a new file is not fixed. Empty if it worked, else why not.
     */
    static Optional<String> replaceIfUnchanged(Path file, byte[] read, byte[] bytes) {
        try {
            Path target = file.toAbsolutePath();
            if (!Files.isRegularFile(target)) return Optional.of("is not a regular file");
            target = target.toRealPath();
            Path temp = newSibling(target);
            try {
                Files.write(temp, bytes, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                keepPermissions(target, temp);
                if (!java.util.Arrays.equals(Files.readAllBytes(target), read))
                    return Optional.of("it changed since iislint read it; run again");
                replace(temp, target);
            } finally {
                done(temp);
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(reason(e));
        }
    }

    private static Writer writer(OutputStream out) {
        return new EncodingWriter(out, StandardCharsets.UTF_8);
    }

    /**
     * The temporary files being written now. A run cancelled meanwhile (SIGTERM from CI, Ctrl-C) deletes them on
     * its way out; after that no new one is made. Each is made and registered under the same lock, so none escapes.
     */
    private static final Set<Path> PENDING = new HashSet<>();

    private static boolean stopping;

    /** A new empty file beside {@code target}, made with the permissions any new file gets (the umask's). */
    private static Path newSibling(Path target) throws IOException {
        String base = "." + target.getFileName() + ".iislint-"
                + ProcessHandle.current().pid();
        synchronized (PENDING) {
            if (stopping) throw new IOException("iislint is stopping");
            if (!hooked) {
                Runtime.getRuntime().addShutdownHook(new Thread(OutputFile::deletePending, "iislint-cancel"));
                hooked = true;
            }
            for (int i = 0; ; i++) {
                Path temp = target.resolveSibling(base + (i == 0 ? "" : "-" + i) + ".tmp");
                try {
                    Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)
                            .close();
                    PENDING.add(temp);
                    return temp;
                } catch (FileAlreadyExistsException e) {
                    if (i == 100) throw e;
                }
            }
        }
    }

    private static boolean hooked;

    /** A temporary file that was moved into place, or deleted after a failure: the hook has nothing to do for it. */
    private static void done(Path temp) throws IOException {
        synchronized (PENDING) {
            Files.deleteIfExists(temp); // gone already unless something failed
            PENDING.remove(temp);
        }
    }

    /**
     * Run by the JVM as it stops: deletes every temporary file still being written (the thread writing it may go
     * on for a moment, into a file no longer in any folder, and its move then fails: the target stays as it was).
     */
    private static void deletePending() {
        synchronized (PENDING) {
            stopping = true;
            for (Path temp : PENDING) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    // nothing more can be done while the JVM stops
                }
            }
            PENDING.clear();
        }
    }

    /** A file that is replaced keeps its permissions, as it would if it were written over. */
    private static void keepPermissions(Path target, Path temp) throws IOException {
        if (!Files.exists(target)) return;
        PosixFileAttributeView from = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        PosixFileAttributeView to = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        if (from != null && to != null) to.setPermissions(from.readAttributes().permissions());
    }

    private static void replace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** An I/O failure in words: the JDK's messages for these are only the path. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof NoSuchFileException) return "no such file or directory";
        if (e instanceof FileSystemException f && f.getReason() != null) return f.getReason();
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
