package io.iislint.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs iislint's Main in a JVM of its own, as {@code java -cp … io.iislint.cli.Main ARGS} from the shell: for what
 * only a real process shows (its standard streams, its locale, signals).
 */
final class Subprocess {
    private Subprocess() {}

    /** The command line that runs Main with the test's class path. */
    static List<String> command(String... args) {
        List<String> command = new ArrayList<>(List.of(
                java(),
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-cp",
                System.getProperty("java.class.path"),
                "io.iislint.cli.Main"));
        command.addAll(List.of(args));
        return command;
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** A process builder for {@code command} in {@code dir}, with {@code env} changes (a null value removes a variable). */
    static ProcessBuilder builder(List<String> command, Path dir, Map<String, String> env) {
        ProcessBuilder b = new ProcessBuilder(command).directory(dir.toFile());
        env.forEach((k, v) -> {
            if (v == null) b.environment().remove(k);
            else b.environment().put(k, v);
        });
        return b;
    }

    static Process start(ProcessBuilder b, File out, File err) throws IOException {
        return b.redirectOutput(out).redirectError(err).start();
    }
}
