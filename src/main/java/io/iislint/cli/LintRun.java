package io.iislint.cli;

import io.iislint.load.Loader;
import io.iislint.model.IisConfig;
import io.iislint.finding.FileResult;
import io.iislint.finding.Finding;
import io.iislint.catalog.Catalog;
import io.iislint.rules.Linter;
import io.iislint.suppress.Suppressions;
import io.iislint.source.InputError;
import io.iislint.source.InputFinder;
import io.iislint.source.Location;
import io.iislint.xml.XmlReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/** Wires the pipeline for each input: find → read XML → resolve → lint. One file's failure never stops the others. */
final class LintRun {
    private final XmlReader xml;
    private final Loader loader;
    private final Linter linter;
    private final Catalog catalog;
    private final Set<String> enabled;
    private final boolean debug;
    private final PrintWriter err;

    LintRun(XmlReader xml, Linter linter, Catalog catalog, Set<String> enabled, boolean debug, PrintWriter err) {
        this.xml = xml;
        this.loader = new Loader(xml);
        this.linter = linter;
        this.catalog = catalog;
        this.enabled = enabled;
        this.debug = debug;
        this.err = err;
    }

    /**
     * Lints every file found, on {@code jobs} threads. Each file is independent, and reports sort their input,
     * so the output is the same whatever the thread count.
     */
    List<FileResult> run(InputFinder finder, List<String> paths, int jobs) {
        InputFinder.Result found = finder.find(paths);
        List<FileResult> results = new ArrayList<>();
        for (InputFinder.Missing m : found.missing()) {
            results.add(FileResult.failed(m.path(), new InputError(new Location(m.path(), 1, 1), m.reason())));
        }
        results.addAll(inParallel(found.files(), jobs, this::attempt, this::lint));
        return results;
    }

    /**
     * Runs {@code attempt} on each item, on up to {@code jobs} threads, and returns the results in the items'
     * order. An attempt that returns null ran out of heap, perhaps only for what the items beside it held at the
     * time: that item is run again by {@code alone} once all the attempts are done, one at a time, as a run on
     * one thread would have given it the heap to itself. With one job, {@code alone} runs each item.
     */
    static <T, R> List<R> inParallel(List<T> items, int jobs, Function<T, R> attempt, Function<T, R> alone) {
        List<R> results = new ArrayList<>();
        if (jobs <= 1 || items.size() < 2) {
            for (T item : items) results.add(alone.apply(item));
            return results;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads(jobs, items.size()), r -> {
            Thread t = new Thread(r, "iislint-lint");
            t.setDaemon(true);
            return t;
        });
        List<R> first = new ArrayList<>();
        try {
            List<Future<R>> pending = new ArrayList<>();
            for (T item : items) pending.add(pool.submit(() -> attempt.apply(item)));
            for (Future<R> f : pending) first.add(f.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while linting", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("linting failed", e.getCause()); // the attempts return every failure as a result (or null)
        } finally {
            pool.shutdownNow();
        }
        for (int i = 0; i < items.size(); i++) {
            R r = first.get(i);
            results.add(r != null ? r : alone.apply(items.get(i)));
        }
        return results;
    }

    /**
     * The threads for {@code jobs} over {@code items} files: no more than the files, nor than four per processor.
     * Linting is mostly work for the processor; far more threads than processors only cost memory (a thread per
     * file for --jobs 100000 ran out of threads the system would give, after minutes).
     */
    static int threads(int jobs, int items) {
        return Math.max(1, Math.min(Math.min(jobs, items), 4 * Runtime.getRuntime().availableProcessors()));
    }

    /** Lints one file with the heap to itself: running out of it is reported as the file's one line. */
    private FileResult lint(Path path) {
        FileResult r = attempt(path);
        return r != null ? r : FileResult.failed(path.toString(),
                new InputError(new Location(path.toString(), 1, 1), Main.outOfMemory("to lint this file")));
    }

    /** Lints one file; null if the heap ran out meanwhile (the file's half-built model is garbage by then). */
    private FileResult attempt(Path path) {
        String name = path.toString();
        try {
            Loader.Loaded in = loader.load(path, name);
            IisConfig config = in.config();
            List<Finding> findings = linter.lint(config);
            Suppressions.Outcome kept = Suppressions.apply(in.comments(), findings, catalog, enabled);
            return FileResult.linted(name, config.kind(), kept.findings(), kept.suppressed(), in.sources());
        } catch (InputError e) {
            if (debug && e.getCause() != null) trace(e);
            return FileResult.failed(name, e);
        } catch (OutOfMemoryError e) {
            return null;
        } catch (RuntimeException | StackOverflowError e) {
            // A defect in iislint, not in the file: still one line, and the run goes on.
            if (debug) trace(e);
            return FileResult.failed(name, new InputError(new Location(name, 1, 1),
                    "internal error while linting this file (" + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : ": " + e.getMessage())
                            + "); please report it, and run with --debug for details", e));
        }
    }

    private void trace(Throwable t) {
        Main.printTrace(t, err);
    }
}
