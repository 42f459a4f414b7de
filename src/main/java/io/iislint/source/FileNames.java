package io.iislint.source;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The character set this JVM reads file names in ({@code sun.jnu.encoding}: the locale's, which no option changes),
 * and what cannot be read in it. Under the POSIX locale it is ASCII: a name with another character cannot be
 * opened by name, and one read from a folder comes back with U+FFFD for each byte it could not read.
 */
public final class FileNames {
    /** Where the advice to run under UTF-8 starts; the CLI runs itself under this locale when it can. */
    public static final String UTF8_LOCALE = "C.UTF-8";

    private FileNames() {}

    public static Charset charset() {
        try {
            return Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8"));
        } catch (RuntimeException e) {
            return Charset.defaultCharset();
        }
    }

    public static boolean isUtf8() {
        return charset().equals(StandardCharsets.UTF_8);
    }

    /**
     * Whether {@code name} can be written in the names' character set and was not already lost reading it. Only on
     * systems where a name is bytes: Windows keeps names in UTF-16, whatever its code page.
     */
    public static boolean readable(String name) {
        return isUtf8()
                || WINDOWS
                || (name.indexOf('\uFFFD') < 0 && charset().newEncoder().canEncode(name));
    }

    private static final boolean WINDOWS = System.getProperty("os.name", "").startsWith("Windows");

    /** A name with what could not be read shown as {@code ?}, as {@code ls} shows it: a name any JVM can hold. */
    public static String shown(String name) {
        return name.replace('\uFFFD', '?');
    }

    /** Why {@code what} cannot be used, and what to do, in one line. */
    public static String cannotBeRead(String what) {
        return what + " cannot be read under this locale ("
                + System.getProperty("sun.jnu.encoding", charset().name())
                + "): run iislint under a UTF-8 locale, for example LC_ALL=" + UTF8_LOCALE;
    }

    /** Why a file met in a folder cannot be linted under this locale, if it cannot. */
    public static Optional<String> unreadable(String name) {
        return readable(name) ? Optional.empty() : Optional.of(cannotBeRead("this file's name"));
    }
}
