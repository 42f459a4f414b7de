package io.iislint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launchers in src/main/dist. The POSIX one runs here against fake java programs that print their arguments:
 * which java it chooses, the arguments it passes (a folder with spaces, JAVA_OPTS), and a link to it on the PATH.
 * The Windows one cannot run here (no cmd.exe): its line endings and the constructs that keep special characters
 * from cmd.exe's parser are read from the file.
 */
class LauncherTest {
    private static final Path POSIX = Path.of("src/main/dist/iislint");
    private static final Path WINDOWS = Path.of("src/main/dist/iislint.cmd");

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {}

    /** A fake java that prints its name, then each argument on a line of its own. */
    private static void fakeJava(Path file, String name) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "#!/bin/sh\necho " + name + "\nfor a in \"$@\"; do echo \"[$a]\"; done\n");
        assertThat(file.toFile().setExecutable(true)).isTrue();
    }

    /** An install folder with the launcher and an empty jar, in a folder whose name has a space. */
    private Path install() throws Exception {
        Path home = dir.resolve("opt/iis lint");
        Files.createDirectories(home);
        Files.copy(POSIX, home.resolve("iislint"));
        assertThat(home.resolve("iislint").toFile().setExecutable(true)).isTrue();
        Files.write(home.resolve("iislint.jar"), new byte[0]);
        return home;
    }

    /** Runs {@code command} with nothing in the environment but {@code env} and a PATH of {@code path}. */
    private Run run(Map<String, String> env, String path, String... command) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("/usr/bin/env", "-i", "PATH=" + path));
        env.forEach((k, v) -> cmd.add(k + "=" + v));
        cmd.addAll(List.of(command));
        ProcessBuilder b = new ProcessBuilder(cmd).directory(dir.toFile());
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process p = b.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static String tools() {
        return "/usr/bin:/bin";
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void thePosixLauncherRunsJavaThenTheBundledRuntimeThenJavaHomeThenThePath() throws Exception {
        Path home = install();
        Path onPath = dir.resolve("path-bin");
        fakeJava(onPath.resolve("java"), "path");
        fakeJava(dir.resolve("jdk/bin/java"), "java-home");
        fakeJava(dir.resolve("chosen"), "JAVA");
        String launcher = home.resolve("iislint").toString();
        String path = onPath + ":" + tools();
        String jdk = dir.resolve("jdk").toString();

        assertThat(firstLine(run(Map.of(), path, launcher, "--version"))).isEqualTo("path");
        assertThat(firstLine(run(Map.of("JAVA_HOME", jdk), path, launcher, "--version")))
                .isEqualTo("java-home");
        // a JAVA_HOME with no bin/java in it: the PATH's
        assertThat(firstLine(run(Map.of("JAVA_HOME", dir.resolve("nothing").toString()), path, launcher)))
                .isEqualTo("path");
        fakeJava(home.resolve("runtime/bin/java"), "bundled");
        assertThat(firstLine(run(Map.of("JAVA_HOME", jdk), path, launcher, "--version")))
                .isEqualTo("bundled");
        assertThat(firstLine(run(Map.of(), tools(), launcher, "--version"))).isEqualTo("bundled");
        assertThat(firstLine(run(
                        Map.of("JAVA_HOME", jdk, "JAVA", dir.resolve("chosen").toString()),
                        path,
                        launcher,
                        "--version")))
                .isEqualTo("JAVA");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void thePosixLauncherKeepsAFolderWithSpacesAsOneArgumentAndPutsJavaOptsLast() throws Exception {
        Path home = install();
        fakeJava(home.resolve("runtime/bin/java"), "bundled");
        Files.write(home.resolve("iislint.jsa"), new byte[0]);
        String launcher = home.resolve("iislint").toString();

        Run plain = run(Map.of("LANG", "C.UTF-8"), tools(), launcher, "check", "a b.config", "x&y|z");
        assertThat(plain.exit()).isZero();
        assertThat(plain.out())
                .isEqualTo(lines(
                        "bundled",
                        "[-XX:TieredStopAtLevel=1]",
                        "[-XX:+UseSerialGC]",
                        "[-Xmn32m]",
                        "[-XX:+DisplayVMOutputToStderr]",
                        "[-Xlog:disable]",
                        "[-Xlog:all=warning:stderr]",
                        "[-Xlog:cds*=off:stderr]",
                        "[-XX:SharedArchiveFile=" + home.resolve("iislint.jsa") + "]",
                        "[-jar]",
                        "[" + home.resolve("iislint.jar") + "]",
                        "[check]",
                        "[a b.config]",
                        "[x&y|z]"));

        // JAVA_OPTS: split at spaces, after the launcher's own (later options win); a collector or a heap limit of
        // its own replaces the launcher's
        Run opts = run(
                Map.of("LANG", "C.UTF-8", "JAVA_OPTS", "-Xmx2g -XX:+UseParallelGC -Dx=<a>&|"),
                tools(),
                launcher,
                "--version");
        assertThat(opts.out())
                .isEqualTo(lines(
                        "bundled",
                        "[-XX:TieredStopAtLevel=1]",
                        "[-XX:+DisplayVMOutputToStderr]",
                        "[-Xlog:disable]",
                        "[-Xlog:all=warning:stderr]",
                        "[-Xlog:cds*=off:stderr]",
                        "[-XX:SharedArchiveFile=" + home.resolve("iislint.jsa") + "]",
                        "[-Xmx2g]",
                        "[-XX:+UseParallelGC]",
                        "[-Dx=<a>&|]",
                        "[-jar]",
                        "[" + home.resolve("iislint.jar") + "]",
                        "[--version]"));
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aLinkToThePosixLauncherFindsTheJarBesideTheLauncher() throws Exception {
        Path home = install();
        fakeJava(home.resolve("runtime/bin/java"), "bundled");
        Path bin = dir.resolve("bin");
        Files.createDirectories(bin);
        // a relative link to a relative link, as `ln -s ../opt/...` makes
        Files.createSymbolicLink(dir.resolve("opt/current"), Path.of("iis lint/iislint"));
        Files.createSymbolicLink(bin.resolve("iislint"), Path.of("../opt/current"));

        Run r = run(Map.of("LANG", "C.UTF-8"), bin + ":" + tools(), "iislint", "--version");
        assertThat(r.out()).startsWith("bundled\n").contains("[" + home.resolve("iislint.jar") + "]\n");
    }

    private static String firstLine(Run r) {
        assertThat(r.err()).isEmpty();
        return r.out().lines().findFirst().orElse("");
    }

    private static String lines(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    /** Every line of the committed file ends in CRLF: no bare LF, no bare CR, none missing at the end. */
    @Test
    void theWindowsLauncherHasCrlfLineEndings() throws Exception {
        byte[] bytes = Files.readAllBytes(WINDOWS);
        assertThat(bytes).isNotEmpty();
        assertThat(bytes[bytes.length - 2]).isEqualTo((byte) '\r');
        assertThat(bytes[bytes.length - 1]).isEqualTo((byte) '\n');
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') assertThat(bytes[i - 1]).as("byte %d", i - 1).isEqualTo((byte) '\r');
            if (bytes[i] == '\r') assertThat(bytes[i + 1]).as("byte %d", i + 1).isEqualTo((byte) '\n');
        }
        assertThat(Files.readString(Path.of(".gitattributes")))
                .contains("\nsrc/main/dist/iislint.cmd -text\n")
                .contains("\nsrc/main/dist/iislint text eol=lf\n");
    }

    /**
     * What keeps {@code & | < >} and spaces in JAVA_OPTS, JAVA_HOME and the folder's path from cmd.exe's parser: the
     * folder and arguments are taken before delayed expansion is on (it would eat a {@code !}); every other value is
     * read as {@code !NAME!}, never as {@code %NAME%}, whose value cmd.exe parses again.
     */
    @Test
    void theWindowsLauncherReadsValuesWithDelayedExpansion() throws Exception {
        List<String> lines = List.of(new String(Files.readAllBytes(WINDOWS), StandardCharsets.US_ASCII).split("\r\n"));
        List<String> code = lines.stream()
                .filter(l -> !l.startsWith("rem ") && !l.equals("rem"))
                .toList();
        int disable = code.indexOf("setlocal DisableDelayedExpansion");
        int home = code.indexOf("set \"IISLINT_HOME=%~dp0\"");
        int args = code.indexOf("set IISLINT_ARGS=%*");
        int enable = code.indexOf("setlocal EnableDelayedExpansion");
        assertThat(List.of(disable, home, args, enable)).doesNotContain(-1).isSorted();
        // after that, no %NAME% and no %~dp0 (a for variable, %%G, is safe): only !NAME!
        for (String line : code.subList(enable + 1, code.size())) {
            assertThat(line).as(line).doesNotContainPattern("(?<!%)%[A-Za-z_~*]");
        }
        assertThat(code)
                .contains("if defined JAVA_HOME set \"IISLINT_JAVA=!JAVA_HOME:\"=!\\bin\\java.exe\"")
                .contains("if defined JAVA set \"IISLINT_JAVA=!JAVA:\"=!\"")
                .contains(
                        "if exist \"!IISLINT_HOME!iislint.jsa\" set IISLINT_ARCHIVE=\"-XX:SharedArchiveFile=!IISLINT_HOME!iislint.jsa\"")
                .contains("exit /b !ERRORLEVEL!");
        String java = code.stream()
                .filter(l -> l.startsWith("\"!IISLINT_JAVA!\" "))
                .findFirst()
                .orElseThrow();
        assertThat(java)
                .endsWith(" !IISLINT_ARCHIVE! !JAVA_OPTS! -jar \"!IISLINT_HOME!iislint.jar\" !IISLINT_ARGS!")
                .contains(" !IISLINT_GC! !IISLINT_YOUNG! ");
    }
}
