package io.iislint.cli;

import io.iislint.source.FileNames;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Makes iislint run under a UTF-8 locale. A JVM reads file names, its arguments and the current folder in the
 * locale's character set ({@code sun.jnu.encoding}, which no option changes): under the POSIX locale ({@code LC_ALL=C},
 * or no {@code LANG}, as in many containers) that is ASCII, so a path such as {@code srv/wëb01} can be neither named
 * nor read back from a folder, and baseline entries stop matching. The launcher sets {@code LC_ALL=C.UTF-8} for such a
 * locale; {@code java -jar} gets the same by running itself again under it, on Linux:
 * <ul>
 * <li>The arguments as the JVM got them are lost already (each byte it could not read is U+FFFD), so the original
 * bytes come from {@code /proc/self/cmdline}.</li>
 * <li>A JVM cannot pass such bytes to a new process either (it encodes arguments in the same character set), so
 * {@code /bin/sh} builds the command: the JVM's own part (the java binary, its options, the jar) is written into the
 * script as {@code printf} octal escapes, and iislint's arguments follow as ASCII, their bytes percent-escaped,
 * for the new run to decode ({@link #arguments}).</li>
 * <li>The shell {@code exec}s java, so the new run is this process's child: it shares standard input, output and
 * error, its exit code is returned as is, and a SIGTERM or Ctrl-C that stops this JVM is passed on to it.</li>
 * <li>{@value #RELAUNCHED} marks the new run (its value is this process's id), so it never runs itself again.</li>
 * </ul>
 * This costs a second JVM start, about 0.1 s, and only under a locale that is not UTF-8.
 */
final class Utf8Locale {
    static final String RELAUNCHED = "IISLINT_RELAUNCHED";
    private static final String LOCALE = FileNames.UTF8_LOCALE;

    private Utf8Locale() {}

    /**
     * Runs iislint again under {@value #LOCALE} when this JVM reads names in another character set, and returns its
     * exit code; empty when it need not, or cannot (not Linux, or this is the run started so; then the arguments are
     * checked in {@link #unreadable}).
     */
    static Optional<Integer> relaunchIfNeeded(int argumentCount) {
        if (FileNames.isUtf8() || System.getenv(RELAUNCHED) != null || LOCALE.equals(System.getenv("LC_ALL")))
            return Optional.empty();
        Path cmdline = Path.of("/proc/self/cmdline");
        if (!Files.isReadable(cmdline)) return Optional.empty();
        try {
            List<byte[]> words = split(Files.readAllBytes(cmdline));
            if (words.size() <= argumentCount) return Optional.empty();
            List<String> command = new ArrayList<>(
                    List.of("/bin/sh", "-c", script(words.subList(0, words.size() - argumentCount)), "iislint"));
            for (byte[] argument : words.subList(words.size() - argumentCount, words.size()))
                command.add(escaped(argument));
            ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
            builder.environment().put("LC_ALL", LOCALE);
            builder.environment()
                    .put(RELAUNCHED, Long.toString(ProcessHandle.current().pid()));
            Process child = builder.start();
            Runtime.getRuntime()
                    .addShutdownHook(
                            new Thread("iislint-relaunch") { // a class, not a lambda: this JVM does little, and a first
                                // lambda costs its bootstrap
                                @Override
                                public void run() {
                                    Utf8Locale.stop(child);
                                }
                            });
            return Optional.of(child.waitFor());
        } catch (IOException | RuntimeException e) {
            return Optional
                    .empty(); // no /bin/sh, or /proc unlike Linux's: this run goes on, and says what it cannot read
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(130);
        }
    }

    /** This JVM is stopping (SIGTERM, Ctrl-C): so must the run it started, which cleans up after itself. */
    private static void stop(Process child) {
        if (!child.isAlive()) return;
        child.destroy(); // SIGTERM
        try {
            child.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The NUL-terminated words of {@code /proc/self/cmdline}. */
    private static List<byte[]> split(byte[] cmdline) {
        List<byte[]> words = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < cmdline.length; i++) {
            if (cmdline[i] != 0) continue;
            words.add(java.util.Arrays.copyOfRange(cmdline, start, i));
            start = i + 1;
        }
        if (start < cmdline.length) words.add(java.util.Arrays.copyOfRange(cmdline, start, cmdline.length));
        return words;
    }

    /**
     * {@code exec} of the JVM's own words, each rebuilt from its bytes by printf (octal escapes for all but a few
     * plain characters; the {@code x} keeps a trailing newline from the command substitution), then "$@".
     */
    private static String script(List<byte[]> jvm) {
        StringBuilder s = new StringBuilder();
        StringBuilder exec = new StringBuilder("exec");
        for (int i = 0; i < jvm.size(); i++) {
            s.append("w").append(i).append("=$(printf '");
            for (byte b : jvm.get(i)) {
                int c = b & 0xff;
                if ((c >= 'a' && c <= 'z')
                        || (c >= 'A' && c <= 'Z')
                        || (c >= '0' && c <= '9')
                        || "/._=:,+@".indexOf(c) >= 0) { // '-' too is escaped: a format must not start with one
                    s.append((char) c);
                } else {
                    s.append('\\').append(Integer.toOctalString(c | 0x200).substring(1)); // three digits
                }
            }
            s.append("x'); w").append(i).append("=${w").append(i).append("%x}\n");
            exec.append(" \"$w").append(i).append('"');
        }
        return s.append(exec).append(" \"$@\"\n").toString();
    }

    /** An argument's bytes as ASCII: printable ASCII but {@code %} as itself, every other byte as {@code %XX}. */
    private static String escaped(byte[] argument) {
        StringBuilder s = new StringBuilder();
        for (byte b : argument) {
            int c = b & 0xff;
            if (c > 0x20 && c < 0x7f && c != '%') s.append((char) c);
            else
                s.append('%')
                        .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
        }
        return s.toString();
    }

    /** The arguments as given: decoded from their escaped bytes in the run started by {@link #relaunchIfNeeded}. */
    static String[] arguments(String[] args) {
        String parent = System.getenv(RELAUNCHED);
        boolean relaunched = parent != null
                && ProcessHandle.current()
                        .parent()
                        .map(p -> Long.toString(p.pid()).equals(parent))
                        .orElse(false);
        if (!relaunched) return args;
        String[] decoded = new String[args.length];
        for (int i = 0; i < args.length; i++) decoded[i] = unescaped(args[i]);
        return decoded;
    }

    private static String unescaped(String s) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2))) {
                bytes.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }

    /**
     * Why this JVM cannot go on (one line), when it reads names in a character set that cannot hold an argument or
     * the current folder's name: the run under UTF-8 did not happen, or its locale did not take.
     */
    static Optional<String> unreadable(String[] args) {
        if (!FileNames.readable(System.getProperty("user.dir", "")))
            return Optional.of(FileNames.cannotBeRead("the current folder's name"));
        for (String a : args) {
            if (!FileNames.readable(a)) return Optional.of(FileNames.cannotBeRead("'" + FileNames.shown(a) + "'"));
        }
        return Optional.empty();
    }
}
