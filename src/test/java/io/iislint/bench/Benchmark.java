package io.iislint.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Measures the CLI as a user runs it: whole processes, wall time, medians over repeated runs, and peak resident
 * memory; every figure next to a baseline measured in the same run (a JVM hello-world, {@code xmllint --noout}),
 * because shared machines are noisy. Prints figures; asserts nothing.
 *
 * <pre>mvn -q -B package -DskipTests && java -cp target/test-classes io.iislint.bench.Benchmark [--runs N]</pre>
 *
 * <p>With {@code --against DIR} (a folder holding another build's {@code iislint}, {@code iislint.jar} and
 * {@code iislint.jsa}, e.g. a copy of an older {@code target/}), it measures instead the typical config, the 2,000 /
 * 2,000 config and the 1,000-server repository through both launchers, in turns, and prints this build's time and
 * memory as a ratio of that one's: how a change moved the figures, on a machine too noisy for absolute ones.
 *
 * <p>With {@code --dist DIR} (an unpacked {@code iislint-VERSION-linux-x64.tar.gz}), it measures the start-up of
 * that archive as a user runs it (its launcher, with neither {@code JAVA} nor {@code JAVA_HOME}, so the bundled
 * runtime and its AOT cache) against a hello-world on the same bundled runtime, and {@code target/iislint} on the
 * JVM running the benchmark against a hello-world on that JVM, all in turns, on the typical config.
 */
public final class Benchmark {
    private final Path jar = Path.of("target/iislint.jar").toAbsolutePath();
    private final Path launcher = Path.of("target/iislint").toAbsolutePath();
    private final Path classes = Path.of("target/test-classes").toAbsolutePath();
    private final String java = ProcessHandle.current().info().command().orElse("java");
    private final int runs;
    private final Path work;

    private Benchmark(int runs, Path work) {
        this.runs = runs;
        this.work = work;
    }

    /** One measured command: median wall time in ms, and the largest peak RSS seen, in MB. */
    record Figure(long medianMs, long minMs, long maxMs, long peakRssMb) {}

    public static void main(String[] args) throws Exception {
        int runs = 7;
        Path against = null;
        Path dist = null;
        boolean serverOnly = false;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--runs")) runs = Integer.parseInt(args[++i]);
            else if (args[i].equals("--server")) serverOnly = true;
            else if (args[i].equals("--against")) against = Path.of(args[++i]).toAbsolutePath();
            else if (args[i].equals("--dist")) dist = Path.of(args[++i]).toAbsolutePath();
        }
        Path work = Files.createTempDirectory("iislint-bench");
        try {
            if (against != null) new Benchmark(runs, work).compare(against);
            else if (dist != null) new Benchmark(runs, work).dist(dist);
            else if (serverOnly) new Benchmark(runs, work).serverFolder();
            else new Benchmark(runs, work).run();
        } finally {
            try (var walk = Files.walk(work)) {
                walk.sorted((a, b) -> b.getNameCount() - a.getNameCount())
                        .forEach(p -> p.toFile().delete());
            }
        }
    }

    /** The JVM flags of target/iislint (src/main/dist/iislint), less the class archive and the logging settings. */
    static final List<String> LAUNCHER_FLAGS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmn32m");

    private void run() throws Exception {
        if (!Files.exists(jar) || !Files.exists(launcher))
            throw new IllegalStateException("build first: mvn -q -B package -DskipTests");
        int typicalSize = ConfigGenerator.sizeFor(90_000);
        Path typical = ConfigGenerator.write(
                work.resolve("typical/applicationHost.config"),
                ConfigGenerator.applicationHost(typicalSize, typicalSize, 1));
        System.out.printf(
                Locale.ROOT,
                "iislint benchmark: %d runs of each command, in turns within each group; median wall time (min-max), peak RSS; %s, %d cores%n%n",
                runs,
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());

        // Start-up: the commands are run in turns (one run of each, then again), so that the machine's drift
        // affects every figure alike and the ratios stay meaningful.
        // The class archive, made by this JVM as the build makes it (pom.xml): an AOT cache from JDK 25 on
        boolean aotCache = Runtime.version().feature() >= 25;
        Path archive = work.resolve("iislint.jsa");
        List<String> dump = new ArrayList<>(LAUNCHER_FLAGS);
        dump.add((aotCache ? "-XX:AOTCacheOutput=" : "-XX:ArchiveClassesAtExit=") + archive);
        run(lint(dump, typical));
        List<String> withArchive = new ArrayList<>(LAUNCHER_FLAGS);
        withArchive.add("-XX:SharedArchiveFile=" + archive);
        List<String> labels = new ArrayList<>(List.of(
                "JVM hello-world (baseline)",
                "typical config, target/iislint",
                "  java -jar, no JVM flags",
                "  launcher flags, no class archive",
                aotCache ? "  launcher flags + class archive (AOT cache)" : "  launcher flags + class archive"));
        List<Command> startup = new ArrayList<>(List.of(
                new Command(List.of(java, "-cp", classes.toString(), "io.iislint.bench.Hello"), Map.of()),
                launch(typical),
                lint(List.of(), typical),
                lint(LAUNCHER_FLAGS, typical),
                lint(withArchive, typical)));
        List<Figure> figures = measure(startup);
        Figure hello = figures.get(0);
        for (int i = 0; i < figures.size(); i++) {
            line(
                    labels.get(i),
                    i == 1 ? kb(typical) + ", " + typicalSize + " pools/sites" : "",
                    figures.get(i),
                    i == 0 ? "" : ratio(figures.get(i), hello, "hello-world"));
        }
        System.out.println();

        int[] sizes = {500, 1000, 2000};
        List<Command> scale = new ArrayList<>();
        List<Path> bigs = new ArrayList<>();
        for (int n : sizes) {
            Path big = ConfigGenerator.write(
                    work.resolve("scale" + n + "/applicationHost.config"), ConfigGenerator.applicationHost(n, n, n));
            bigs.add(big);
            scale.add(launch(big));
        }
        List<Figure> scaled = measure(scale);
        for (int i = 0; i < sizes.length; i++) {
            Figure f = scaled.get(i);
            String growth = i == 0
                    ? ""
                    : String.format(
                            Locale.ROOT,
                            "x%.2f time for x%.1f input; ",
                            (double) f.medianMs() / scaled.get(i - 1).medianMs(),
                            (double) sizes[i] / sizes[i - 1]);
            line(
                    sizes[i] + " pools / " + sizes[i] + " sites",
                    kb(bigs.get(i)),
                    f,
                    growth
                            + String.format(
                                    Locale.ROOT,
                                    "RSS %.0fx input",
                                    f.peakRssMb() * 1024.0 / (Files.size(bigs.get(i)) / 1024.0)));
        }
        System.out.println();

        serverFolder(bigs.get(0), sizes[0]);

        Path repo = work.resolve("repo");
        List<String> files = new ArrayList<>();
        long bytes = 0;
        for (int i = 0; i < 1000; i++) {
            Path f = ConfigGenerator.write(
                    repo.resolve(String.format(Locale.ROOT, "WEB%04d/applicationHost.config", i)),
                    ConfigGenerator.applicationHost(10 + i % 20, 10 + i % 20, i));
            files.add(f.toString());
            bytes += Files.size(f);
        }
        String repoSize = String.format(Locale.ROOT, "1000 files, %.1f MB", bytes / 1048576.0);
        double repoMb = bytes / 1048576.0;
        List<Command> repoRuns = new ArrayList<>(List.of(launch(repo), launch(repo, "--jobs", "1")));
        boolean xmllint = onPath("xmllint");
        if (xmllint) {
            List<String> cmd = new ArrayList<>(List.of("xmllint", "--noout"));
            cmd.addAll(files);
            repoRuns.add(new Command(cmd, Map.of()));
        }
        List<Figure> repoFigures = measure(repoRuns);
        Figure lintRepo = repoFigures.get(0);
        Figure oneJob = repoFigures.get(1);
        if (xmllint) {
            line("xmllint --noout (baseline)", repoSize, repoFigures.get(2), "");
        } else {
            System.out.printf(
                    Locale.ROOT, "%-46s not installed (apt-get install libxml2-utils)%n", "xmllint --noout (baseline)");
        }
        line(
                "1000-server repository",
                repoSize,
                lintRepo,
                (xmllint ? ratio(lintRepo, repoFigures.get(2), "xmllint") + "; " : "")
                        + String.format(Locale.ROOT, "RSS %.1fx input", lintRepo.peakRssMb() / repoMb));
        line(
                "  on one thread (--jobs 1)",
                "",
                oneJob,
                String.format(
                        Locale.ROOT,
                        "the default (%d threads) is %.2fx faster",
                        Runtime.getRuntime().availableProcessors(),
                        (double) oneJob.medianMs() / lintRepo.medianMs()));
    }

    /**
     * A server folder: the n/n applicationHost.config with each site's and its /api application's web.config below
     * it (D:\\sites\\site0001 → D/sites/site0001), each placed and judged against the server's section locks;
     * against the applicationHost.config alone, in turns.
     */
    private void serverFolder(Path big, int n) throws Exception {
        Path server = work.resolve("server");
        Files.createDirectories(server);
        Files.copy(big, server.resolve("applicationHost.config"));
        long webBytes = 0;
        for (int i = 0; i < n; i++) {
            for (String dir : new String[] {"site%04d", "site%04d-api"}) {
                Path w = ConfigGenerator.write(
                        server.resolve("D/sites/" + String.format(Locale.ROOT, dir, i) + "/web.config"),
                        ConfigGenerator.webConfig(i * 2L + dir.length()));
                webBytes += Files.size(w);
            }
        }
        List<Figure> serverFigures = measure(List.of(launch(big), launch(server)));
        line(n + " pools / " + n + " sites (baseline)", kb(big), serverFigures.get(0), "");
        line(
                "  as a server folder, " + (2 * n) + " web.config",
                String.format(Locale.ROOT, "+%.1f MB", webBytes / 1048576.0),
                serverFigures.get(1),
                String.format(
                        Locale.ROOT,
                        "time %.2fx, memory %.2fx the applicationHost.config alone",
                        (double) serverFigures.get(1).medianMs()
                                / serverFigures.get(0).medianMs(),
                        (double) serverFigures.get(1).peakRssMb()
                                / serverFigures.get(0).peakRssMb()));
        System.out.println();
    }

    /** The server-folder case alone ({@code --server}). */
    private void serverFolder() throws Exception {
        if (!Files.exists(jar) || !Files.exists(launcher))
            throw new IllegalStateException("build first: mvn -q -B package -DskipTests");
        System.out.printf(
                Locale.ROOT,
                "iislint benchmark, server folder: %d runs of each, in turns; median wall time (min-max), peak RSS; %s, %d cores%n%n",
                runs,
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        Path big = ConfigGenerator.write(
                work.resolve("scale500/applicationHost.config"), ConfigGenerator.applicationHost(500, 500, 500));
        serverFolder(big, 500);
    }

    /** This build against another one's launcher, case by case, in turns. */
    private void compare(Path other) throws Exception {
        Path otherLauncher = other.resolve("iislint");
        if (!Files.exists(jar) || !Files.exists(launcher))
            throw new IllegalStateException("build first: mvn -q -B package -DskipTests");
        if (!Files.exists(otherLauncher)) throw new IllegalStateException("no launcher in " + other);
        System.out.printf(
                Locale.ROOT,
                "iislint benchmark: this build against %s, %d runs of each, in turns; median wall time (min-max), peak RSS; %s, %d cores%n%n",
                other,
                runs,
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        int typicalSize = ConfigGenerator.sizeFor(90_000);
        Path typical = ConfigGenerator.write(
                work.resolve("typical/applicationHost.config"),
                ConfigGenerator.applicationHost(typicalSize, typicalSize, 1));
        Path big = ConfigGenerator.write(
                work.resolve("scale2000/applicationHost.config"), ConfigGenerator.applicationHost(2000, 2000, 2000));
        Path repo = work.resolve("repo");
        for (int i = 0; i < 1000; i++) {
            ConfigGenerator.write(
                    repo.resolve(String.format(Locale.ROOT, "WEB%04d/applicationHost.config", i)),
                    ConfigGenerator.applicationHost(10 + i % 20, 10 + i % 20, i));
        }
        String[] names = {"typical config (" + kb(typical) + ")", "2000 pools / 2000 sites", "1000-server repository"};
        Path[] inputs = {typical, big, repo};
        for (int i = 0; i < inputs.length; i++) {
            List<Figure> f = measure(List.of(launch(launcher, inputs[i]), launch(otherLauncher, inputs[i])));
            line(
                    names[i] + ", this build",
                    "",
                    f.get(0),
                    String.format(
                            Locale.ROOT,
                            "time %.2fx, memory %.2fx the other build's",
                            (double) f.get(0).medianMs() / f.get(1).medianMs(),
                            (double) f.get(0).peakRssMb() / f.get(1).peakRssMb()));
            line("  the other build", "", f.get(1), "");
        }
    }

    /** The start-up of an unpacked Linux archive, against a hello-world on its own runtime ({@code --dist}). */
    private void dist(Path dir) throws Exception {
        Path bundledJava = dir.resolve("runtime/bin/java");
        Path distLauncher = dir.resolve("iislint");
        if (!Files.isExecutable(bundledJava) || !Files.exists(distLauncher))
            throw new IllegalStateException(dir + " is not an unpacked iislint-VERSION-linux-x64.tar.gz");
        if (!Files.exists(launcher)) throw new IllegalStateException("build first: mvn -q -B package -DskipTests");
        System.out.printf(
                Locale.ROOT,
                "iislint benchmark, release archive: %d runs of each command, in turns; median wall time (min-max), peak RSS; %s, %d cores%n%n",
                runs,
                dir,
                Runtime.getRuntime().availableProcessors());
        int typicalSize = ConfigGenerator.sizeFor(90_000);
        Path typical = ConfigGenerator.write(
                work.resolve("typical/applicationHost.config"),
                ConfigGenerator.applicationHost(typicalSize, typicalSize, 1));
        List<String> lint = List.of("sh", distLauncher.toString(), "check", "--no-config", typical.toString());
        List<String> noCache = new ArrayList<>(List.of(bundledJava.toString()));
        noCache.addAll(LAUNCHER_FLAGS);
        noCache.addAll(
                List.of("-jar", dir.resolve("iislint.jar").toString(), "check", "--no-config", typical.toString()));
        List<Command> cmds = List.of(
                new Command(
                        List.of(bundledJava.toString(), "-cp", classes.toString(), "io.iislint.bench.Hello"),
                        Map.of(),
                        true),
                new Command(lint, Map.of(), true),
                new Command(noCache, Map.of(), true),
                new Command(List.of(java, "-cp", classes.toString(), "io.iislint.bench.Hello"), Map.of()),
                launch(typical));
        List<Figure> f = measure(cmds);
        String version = Runtime.version().feature() + "";
        line("hello-world, bundled runtime (baseline)", "", f.get(0), "");
        line(
                "typical config, the archive's iislint",
                kb(typical) + ", " + typicalSize + " pools/sites",
                f.get(1),
                ratio(f.get(1), f.get(0), "hello-world"));
        line("  bundled runtime, no AOT cache", "", f.get(2), ratio(f.get(2), f.get(0), "hello-world"));
        line("hello-world, JDK " + version + " (baseline)", "", f.get(3), "");
        line("typical config, target/iislint, JDK " + version, "", f.get(4), ratio(f.get(4), f.get(3), "hello-world"));
    }

    /** target/iislint, run as a user runs it, with this benchmark's JVM (the JAVA variable). */
    private Command launch(Path input, String... options) {
        return launch(launcher, input, options);
    }

    private Command launch(Path launcher, Path input, String... options) {
        List<String> cmd = new ArrayList<>(List.of("sh", launcher.toString(), "check", "--no-config"));
        cmd.addAll(Arrays.asList(options));
        cmd.add(input.toString());
        return new Command(cmd, Map.of("JAVA", java));
    }

    /** java -jar with the given JVM flags. */
    private Command lint(List<String> jvmFlags, Path input) {
        List<String> cmd = new ArrayList<>(List.of(java));
        cmd.addAll(jvmFlags);
        cmd.addAll(List.of("-jar", jar.toString(), "check", "--no-config", input.toString()));
        return new Command(cmd, Map.of());
    }

    /** A command, with variables set for it; {@code bare}: without JAVA and JAVA_HOME, as on a machine with no JDK. */
    record Command(List<String> args, Map<String, String> env, boolean bare) {
        Command(List<String> args, Map<String, String> env) {
            this(args, env, false);
        }
    }

    /** Each command once to warm the file cache (not counted), then {@code runs} rounds of one run of each. */
    private List<Figure> measure(List<Command> cmds) throws Exception {
        for (Command c : cmds) run(c);
        long[][] ms = new long[cmds.size()][runs];
        long[] rss = new long[cmds.size()];
        for (int r = 0; r < runs; r++) {
            for (int c = 0; c < cmds.size(); c++) {
                long start = System.nanoTime();
                rss[c] = Math.max(rss[c], run(cmds.get(c)));
                ms[c][r] = (System.nanoTime() - start) / 1_000_000;
            }
        }
        List<Figure> figures = new ArrayList<>();
        for (int c = 0; c < cmds.size(); c++) {
            Arrays.sort(ms[c]);
            figures.add(new Figure(ms[c][runs / 2], ms[c][0], ms[c][runs - 1], rss[c] / 1024));
        }
        return figures;
    }

    /** Runs a command to completion, its output discarded; returns its peak RSS in KB (polled from /proc). */
    private long run(Command cmd) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(cmd.args())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        if (cmd.bare()) builder.environment().keySet().removeAll(List.of("JAVA", "JAVA_HOME"));
        builder.environment().putAll(cmd.env());
        Process p = builder.start();
        Path status = Path.of("/proc/" + p.pid() + "/status");
        long peak = 0;
        while (!p.waitFor(5, TimeUnit.MILLISECONDS)) peak = Math.max(peak, vmHwm(status));
        int code = p.exitValue();
        if (code > 1) throw new IllegalStateException("exit " + code + " from " + String.join(" ", cmd.args()));
        return peak;
    }

    private static long vmHwm(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("\\D", ""));
            }
        } catch (IOException | RuntimeException e) {
            // the process ended between two polls
        }
        return 0;
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":"))
            if (Files.isExecutable(Path.of(dir, tool))) return true;
        return false;
    }

    private static String kb(Path p) throws IOException {
        return String.format(Locale.ROOT, "%,d KB", Files.size(p) / 1024);
    }

    private static String ratio(Figure f, Figure base, String name) {
        return String.format(Locale.ROOT, "%.2fx %s", (double) f.medianMs() / base.medianMs(), name);
    }

    private static void line(String what, String size, Figure f, String note) {
        System.out.printf(
                Locale.ROOT,
                "%-46s %-26s %6d ms (%d-%d)  %4d MB RSS  %s%n",
                what,
                size,
                f.medianMs(),
                f.minMs(),
                f.maxMs(),
                f.peakRssMb(),
                note);
    }
}
