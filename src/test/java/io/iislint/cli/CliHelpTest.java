package io.iislint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.iislint.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The usage help of every command, the usage errors and the completion script, byte for byte. Each file in
 * {@code usage/} holds a command line, its exit code, and what it printed on standard output and standard error.
 * The help and the completion script were written by the build that read picocli's model from annotations, so
 * they also show that the model built in code ({@link Specs}) is the same one. The usage errors are written as
 * {@code Main} words them: one line, picocli's suggestions, and where the help is.
 */
class CliHelpTest {

    /** The source folder, not the copy on the class path: {@link Golden} rewrites these files when asked. */
    private static final Path USAGE = Path.of("src/test/resources/io/iislint/cli/usage");

    static Stream<Path> cases() throws IOException {
        try (Stream<Path> files = Files.list(USAGE)) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList().stream();
        }
    }

    @Test
    void everyCommandAndEveryKindOfUsageErrorHasACase() throws Exception {
        assertThat(cases()).hasSize(30);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void printsExactlyWhatTheCaseHolds(Path file) {
        String expected = Golden.read(file);
        String command = expected.substring(0, expected.indexOf('\n'));
        assertThat(command).startsWith("$ iislint ");
        String line = command.substring("$ iislint ".length());
        String[] args = line.isEmpty() ? new String[0] : line.split(" ");
        Cli run = Cli.run(args);
        String actual = command + "\nexit " + run.exit() + "\n--- stdout\n" + run.out() + "--- stderr\n" + run.err();
        Golden.assertMatches(file, actual);
    }
}
