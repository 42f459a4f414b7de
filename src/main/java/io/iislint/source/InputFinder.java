package io.iislint.source;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the paths given on the command line into the files to lint. A file is taken as given, whatever its
 * name. A directory is walked (following directory links) for the files named as {@link #SEARCHED} says, or for
 * the {@code --include} globs when given, minus the {@code --exclude} globs. Globs match the path relative to
 * the directory, or the file name. A link loop, a dangling link or an unreadable folder is reported and the walk
 * goes on.
 */
public final class InputFinder {

    /**
     * The names a directory is searched for, as globs matched against the file name in any letter case: IIS's own file
     * names and the names admins give their exports of them ({@code web01.applicationHost.config},
     * {@code site1.web.config}, {@code Shop_web.config}, {@code MetaBase_web01.xml}). README and help list exactly these.
     */
    public static final List<String> PATTERNS = List.of(
            "web.config",
            "*.web.config",
            "*_web.config",
            "*applicationHost*.config",
            "machine.config",
            "*_machine.config",
            "administration.config",
            "redirection.config",
            "MetaBase*.xml",
            "fcgiext.ini");

    /** {@link #PATTERNS} as help and messages give them. */
    public static final String SEARCHED =
            String.join(", ", PATTERNS.subList(0, PATTERNS.size() - 1)) + " and " + PATTERNS.get(PATTERNS.size() - 1);

    private static final List<PathMatcher> NAMES =
            PATTERNS.stream().map(g -> glob(g.toLowerCase(Locale.ROOT))).toList();

    /** Something on the command line, or met while walking, that gave nothing to lint. */
    public record Missing(String path, String reason) {}

    public record Result(List<Path> files, List<Missing> missing) {}

    private final List<PathMatcher> include;
    private final List<PathMatcher> exclude;

    /** @throws IllegalArgumentException for a malformed glob */
    public InputFinder(List<String> include, List<String> exclude) {
        this.include = include.stream().map(InputFinder::glob).toList();
        this.exclude = exclude.stream().map(InputFinder::glob).toList();
    }

    private static PathMatcher glob(String g) {
        return Path.of("").getFileSystem().getPathMatcher("glob:" + g);
    }

    /**
     * The files to lint, each once: a file reached again (named and inside a named folder, {@code x} and
     * {@code ./x}, a link and its target) keeps the spelling that reached it first, the arguments taken in order and
     * a folder's files in sorted order. Hard links stay apart: they are separate names a backup tool may give to
     * identical exports of different servers.
     */
    public Result find(List<String> args) {
        Reached files = new Reached();
        List<Missing> missing = new ArrayList<>();
        for (String arg : args) {
            Path p = Path.of(arg);
            if (Files.isDirectory(p)) {
                int before = files.reached;
                int problems = missing.size();
                walk(p, files, missing);
                if (files.reached == before && missing.size() == problems) {
                    missing.add(new Missing(arg, nothingFound()));
                }
            } else if (Files.exists(p) || Files.isSymbolicLink(p)) {
                files.add(p);
            } else {
                missing.add(new Missing(arg, "no such file or directory"));
            }
        }
        return new Result(files.list, missing);
    }

    /** Why a directory gave nothing, and how to name what it holds. */
    private String nothingFound() {
        String excluded = exclude.isEmpty() ? "" : " (after --exclude)";
        if (!include.isEmpty()) return "no file matching --include found in this directory" + excluded;
        return "no " + SEARCHED.replace(" and ", " or ") + " (any case) found in this directory" + excluded
                + ": lint files named otherwise with --include GLOB";
    }

    /** The files found so far, each once, in the order first reached. */
    private static final class Reached {
        final List<Path> list = new ArrayList<>();
        final Set<Path> seen = new HashSet<>();
        int reached; // counts the ones already in the list too: a folder that gives only those is not empty

        void add(Path p) {
            reached++;
            if (seen.add(identity(p))) list.add(p);
        }

        /** The file itself: every link and {@code .}/{@code ..} resolved; as spelt (absolute) when that fails. */
        private static Path identity(Path p) {
            try {
                return p.toRealPath();
            } catch (IOException | SecurityException e) {
                return p.toAbsolutePath().normalize();
            }
        }
    }

    private void walk(Path dir, Reached files, List<Missing> missing) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(
                    dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (attrs.isRegularFile() && wanted(dir, file)) {
                                Optional<String> unreadable = FileNames.unreadable(file.toString());
                                if (unreadable.isPresent())
                                    missing.add(new Missing(FileNames.shown(file.toString()), unreadable.get()));
                                else found.add(file);
                            }
                            // a link whose target is gone is visited with the link's own attributes
                            if (attrs.isSymbolicLink() && wanted(dir, file))
                                missing.add(new Missing(file.toString(), "broken symbolic link: skipped"));
                            if (attrs.isOther() && wanted(dir, file)) {
                                missing.add(new Missing(
                                        file.toString(), "not a regular file (a pipe, socket or device): skipped"));
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            missing.add(new Missing(file.toString(), reason(e)));
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            missing.add(new Missing(dir.toString(), reason(e)));
        }
        found.sort(null);
        for (Path f : found) files.add(f);
    }

    private boolean wanted(Path root, Path file) {
        Path relative = root.relativize(file);
        Path name = file.getFileName();
        boolean in = include.isEmpty()
                ? isConfigName(file)
                : include.stream().anyMatch(m -> m.matches(relative) || m.matches(name));
        return in && exclude.stream().noneMatch(m -> m.matches(relative) || m.matches(name));
    }

    private static String reason(IOException e) {
        if (e instanceof FileSystemLoopException) return "symbolic link loop: not followed";
        if (e instanceof AccessDeniedException) return "permission denied: skipped";
        if (e instanceof NoSuchFileException) return "broken symbolic link or vanished file: skipped";
        return "cannot read: " + e.getMessage();
    }

    /**
     * Whether a file is named like an IIS configuration file or an export of one, in any case: {@link #SEARCHED}.
     * A backup copy ({@code applicationHost.config.bak}) is not: it is an old state of a file that is usually beside
     * it, and linting both would report every finding twice; {@code --include} names it when wanted.
     */
    public static boolean isConfigName(Path p) {
        Path name = p.getFileName();
        if (name == null) return false;
        Path lower = Path.of(name.toString().toLowerCase(Locale.ROOT));
        return NAMES.stream().anyMatch(m -> m.matches(lower));
    }
}
