package io.iislint.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Measures the CLI as a user runs it: whole processes, wall time, medians over repeated runs, and peak resident
 * memory; every figure next to a baseline measured in the same run (a JVM hello-world, {@code xmllint --noout}),
 * because shared machines are noisy. Prints figures; asserts nothing.
 *
 * <pre>mvn -q -B package -DskipTests && java -cp target/test-classes io.iislint.bench.Benchmark [--runs N]</pre>
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
        for (int i = 0; i < args.length; i++) if (args[i].equals("--runs")) runs = Integer.parseInt(args[++i]);
        Path work = Files.createTempDirectory("iislint-bench");
        try {
            new Benchmark(runs, work).run();
        } finally {
            try (var walk = Files.walk(work)) {
                walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** The JVM flags of target/iislint (src/main/dist/iislint), less the class archive and the logging settings. */
    static final List<String> LAUNCHER_FLAGS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmn32m");

    private void run() throws Exception {
        if (!Files.exists(jar) || !Files.exists(launcher)) throw new IllegalStateException("build first: mvn -q -B package -DskipTests");
        int typicalSize = ConfigGenerator.sizeFor(90_000);
        Path typical = ConfigGenerator.write(work.resolve("typical/applicationHost.config"), ConfigGenerator.applicationHost(typicalSize, typicalSize, 1));
        System.out.printf(Locale.ROOT, "iislint benchmark: %d runs of each command, median wall time (min-max), peak RSS; %s, %d cores%n%n",
                runs, System.getProperty("java.vm.name") + " " + System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());

        Figure hello = measure(List.of(java, "-cp", classes.toString(), "io.iislint.bench.Hello"));
        line("JVM hello-world (baseline)", "", hello, "");
        Figure typ = measure(launch(typical));
        line("typical config, target/iislint", kb(typical) + ", " + typicalSize + " pools/sites", typ, ratio(typ, hello, "hello-world"));
        Figure plain = measure(lint(List.of(), typical));
        line("  java -jar, no JVM flags", "", plain, ratio(plain, hello, "hello-world"));
        Figure flags = measure(lint(LAUNCHER_FLAGS, typical));
        line("  launcher flags, no class archive", "", flags, ratio(flags, hello, "hello-world"));
        // an archive made by this JVM: what the launcher uses when the build ran on the same JDK
        Path archive = work.resolve("iislint.jsa");
        List<String> dump = new ArrayList<>(LAUNCHER_FLAGS);
        dump.add("-XX:ArchiveClassesAtExit=" + archive);
        run(lint(dump, typical));
        List<String> withArchive = new ArrayList<>(LAUNCHER_FLAGS);
        withArchive.add("-XX:SharedArchiveFile=" + archive);
        Figure cds = measure(lint(withArchive, typical));
        line("  launcher flags + class archive", "", cds, ratio(cds, hello, "hello-world"));
        if (Runtime.version().feature() >= 25) {
            // JDK 25+: an AOT cache (classes loaded and linked ahead of time, from a training run); logging off so
            // that a stale cache cannot print to standard output
            Path aot = work.resolve("iislint.aot");
            List<String> quiet = List.of("-Xlog:aot*=off", "-Xlog:cds*=off");
            List<String> train = new ArrayList<>(List.of("-XX:AOTCacheOutput=" + aot));
            train.addAll(quiet);
            run(lint(train, typical));
            List<String> use = new ArrayList<>(LAUNCHER_FLAGS);
            use.add("-XX:AOTCache=" + aot);
            use.addAll(quiet);
            Figure cache = measure(lint(use, typical));
            line("  launcher flags + AOT cache (JDK 25+)", "", cache, ratio(cache, hello, "hello-world"));
        }
        System.out.println();

        Figure previous = null;
        int previousSize = 0;
        for (int n : new int[] {500, 1000, 2000}) {
            Path big = ConfigGenerator.write(work.resolve("scale" + n + "/applicationHost.config"), ConfigGenerator.applicationHost(n, n, n));
            Figure f = measure(launch(big));
            String growth = previous == null ? "" : String.format(Locale.ROOT, "x%.2f time for x%.1f input", (double) f.medianMs() / previous.medianMs(),
                    (double) n / previousSize);
            line(n + " pools / " + n + " sites", kb(big), f, growth + "; RSS " + String.format(Locale.ROOT, "%.0fx input", f.peakRssMb() * 1024.0 / (Files.size(big) / 1024.0)));
            previous = f;
            previousSize = n;
        }
        System.out.println();

        Path repo = work.resolve("repo");
        List<String> files = new ArrayList<>();
        long bytes = 0;
        for (int i = 0; i < 1000; i++) {
            Path f = ConfigGenerator.write(repo.resolve(String.format(Locale.ROOT, "WEB%04d/applicationHost.config", i)),
                    ConfigGenerator.applicationHost(10 + i % 20, 10 + i % 20, i));
            files.add(f.toString());
            bytes += Files.size(f);
        }
        String repoSize = String.format(Locale.ROOT, "1000 files, %.1f MB", bytes / 1048576.0);
        Figure lintRepo = measure(launch(repo));
        Optional<Figure> xmllint = Optional.empty();
        if (onPath("xmllint")) {
            List<String> cmd = new ArrayList<>(List.of("xmllint", "--noout"));
            cmd.addAll(files);
            xmllint = Optional.of(measure(cmd));
            line("xmllint --noout (baseline)", repoSize, xmllint.get(), "");
        } else {
            System.out.printf(Locale.ROOT, "%-46s not installed (apt-get install libxml2-utils)%n", "xmllint --noout (baseline)");
        }
        double repoMb = bytes / 1048576.0;
        line("1000-server repository", repoSize, lintRepo, xmllint.map(x -> ratio(lintRepo, x, "xmllint") + "; ").orElse("")
                + String.format(Locale.ROOT, "RSS %.1fx input", lintRepo.peakRssMb() / repoMb));
        Figure oneJob = measure(launch(repo, "--jobs", "1"));
        line("  on one thread (--jobs 1)", "", oneJob, String.format(Locale.ROOT, "the default (%d threads) is %.2fx faster",
                Runtime.getRuntime().availableProcessors(), (double) oneJob.medianMs() / lintRepo.medianMs()));
    }

    /** target/iislint, run as a user runs it, with this benchmark's JVM (the JAVA variable). */
    private Command launch(Path input, String... options) {
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

    record Command(List<String> args, Map<String, String> env) {}

    private Figure measure(List<String> cmd) throws Exception {
        return measure(new Command(cmd, Map.of()));
    }

    private Figure measure(Command cmd) throws Exception {
        run(cmd); // warm the file cache; not counted
        long[] ms = new long[runs];
        long rss = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            rss = Math.max(rss, run(cmd));
            ms[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(ms);
        return new Figure(ms[runs / 2], ms[0], ms[runs - 1], rss / 1024);
    }

    /** Runs a command to completion, its output discarded; returns its peak RSS in KB (polled from /proc). */
    private long run(Command cmd) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(cmd.args()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
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
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) if (Files.isExecutable(Path.of(dir, tool))) return true;
        return false;
    }

    private static String kb(Path p) throws IOException {
        return String.format(Locale.ROOT, "%,d KB", Files.size(p) / 1024);
    }

    private static String ratio(Figure f, Figure base, String name) {
        return String.format(Locale.ROOT, "%.2fx %s", (double) f.medianMs() / base.medianMs(), name);
    }

    private static void line(String what, String size, Figure f, String note) {
        System.out.printf(Locale.ROOT, "%-46s %-26s %6d ms (%d-%d)  %4d MB RSS  %s%n", what, size, f.medianMs(), f.minMs(), f.maxMs(), f.peakRssMb(), note);
    }
}
