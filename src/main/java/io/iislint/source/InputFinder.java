package io.iislint.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Turns the paths given on the command line into the files to lint. A file is taken as given, whatever its
 * name; a directory is searched for {@code applicationHost.config} and {@code web.config} (names compared
 * case-insensitively, as Windows does).
 */
public final class InputFinder {

    /** One path from the command line that gave nothing to lint. */
    public record Missing(String path, String reason) {}

    public record Result(List<Path> files, List<Missing> missing) {}

    public Result find(List<String> args) {
        List<Path> files = new ArrayList<>();
        List<Missing> missing = new ArrayList<>();
        for (String arg : args) {
            Path p = Path.of(arg);
            if (Files.isDirectory(p)) {
                List<Path> found = searchDirectory(p, missing, arg);
                if (found.isEmpty() && missing.stream().noneMatch(m -> m.path().equals(arg))) {
                    missing.add(new Missing(arg, "no applicationHost.config or web.config found in this directory"));
                }
                files.addAll(found);
            } else if (Files.exists(p)) {
                files.add(p);
            } else {
                missing.add(new Missing(arg, "no such file or directory"));
            }
        }
        return new Result(files, missing);
    }

    private static List<Path> searchDirectory(Path dir, List<Missing> missing, String arg) {
        // Symbolic links are not followed: a link loop must not hang a CI job.
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(InputFinder::isConfigName)
                    .sorted()
                    .toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            missing.add(new Missing(arg, "cannot read directory: " + e.getMessage()));
            return List.of();
        }
    }

    /** Whether a file is named like an IIS configuration file (applicationHost.config, web.config; any case). */
    public static boolean isConfigName(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.equals("applicationhost.config") || name.equals("web.config");
    }
}
