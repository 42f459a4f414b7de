package io.iislint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Files the tests hold output to, byte for byte: report and audit goldens, usage texts, the generated rule pages
 * and README's rule table. A change in output is meant to show up as a diff in review, so the one way to accept
 * one is to rewrite them all with {@value #REGENERATE} and read the diff; a normal run only compares.
 */
public final class Golden {

    /** The system property that rewrites instead of comparing (surefire passes every -D of the mvn command on). */
    public static final String SWITCH = "iislint.updateGoldens";

    public static final String REGENERATE = "mvn -B verify -D" + SWITCH + "=true";

    private Golden() {}

    public static boolean updating() {
        return Boolean.getBoolean(SWITCH);
    }

    /**
     * Fails unless {@code file} holds exactly {@code actual}. When updating, first writes {@code actual} there;
     * it still compares afterwards, so two tests that want different text in one file cannot both pass.
     */
    public static void assertMatches(Path file, String actual) {
        if (updating() && !actual.equals(read(file))) write(file, actual);
        assertThat(actual)
                .as(
                        "%s differs from what this build gives; if the change is meant, run %s and review the diff",
                        file, REGENERATE)
                .isEqualTo(read(file));
    }

    /**
     * Fails unless the files in {@code dir} whose names {@code ours} accepts are exactly those of {@code expected}
     * (names to contents). When updating, writes what differs and deletes what is no longer expected.
     */
    public static void assertFolderHolds(
            Path dir, Map<String, String> expected, java.util.function.Predicate<String> ours) {
        if (updating()) {
            for (String stale : ourFiles(dir, ours)) {
                if (!expected.containsKey(stale)) delete(dir.resolve(stale));
            }
        }
        for (Map.Entry<String, String> e : expected.entrySet()) assertMatches(dir.resolve(e.getKey()), e.getValue());
        assertThat(ourFiles(dir, ours))
                .as("files in %s that this build does not give; run %s to delete them", dir, REGENERATE)
                .isEqualTo(new TreeSet<>(expected.keySet()));
    }

    /** The file's text, or null when there is none (a new golden). */
    public static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> ourFiles(Path dir, java.util.function.Predicate<String> ours) {
        if (!Files.isDirectory(dir)) return new TreeSet<>();
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(ours)
                    .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            if (file.getParent() != null) Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
