package io.iislint.engine;

import io.iislint.catalog.Catalog;
import io.iislint.finding.FileResult;
import io.iislint.finding.Finding;
import io.iislint.load.Loader;
import io.iislint.load.ServerFolders;
import io.iislint.model.IisConfig;
import io.iislint.model.IisVersion;
import io.iislint.model.WebConfigPlace;
import io.iislint.rules.Linter;
import io.iislint.source.FileKind;
import io.iislint.source.InputError;
import io.iislint.source.InputFinder;
import io.iislint.source.Location;
import io.iislint.suppress.Suppressions;
import io.iislint.text.Escape;
import io.iislint.xml.XmlReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The per-input part of the pipeline: find → read → resolve → lint → suppress, each input on its own (one file's
 * failure is its one error, never the others'), on several threads, with a second try alone for a file that ran
 * out of heap beside others.
 */
final class FileRuns {
    private final Loader loader;
    private final boolean debug;
    private final PrintWriter err;

    FileRuns(XmlReader xml, boolean debug, PrintWriter err, Optional<IisVersion> version) {
        this.loader = new Loader(xml, version);
        this.debug = debug;
        this.err = err;
    }

    /**
     * Lints every file found, on {@code jobs} threads. Each file is independent, and reports sort their input,
     * so the output is the same whatever the thread count.
     */
    List<FileResult> lint(
            InputFinder.Result found,
            int jobs,
            Linter linter,
            Catalog catalog,
            Set<String> enabled,
            List<ServerFolders.Content> contents) {
        // a web.config below the folder of an applicationHost.config among the inputs, or in a content folder the
        // policy names, is judged at its place there
        ServerFolders.Placed placed = ServerFolders.place(found.files(), loader, contents);
        return each(
                found,
                jobs,
                "to lint this file",
                (path, name) -> {
                    List<WebConfigPlace> places = placed.of(path);
                    // a server read to place web.config files is not read again (a retry alone reads it anew)
                    Optional<Loader.Loaded> read = placed.take(path);
                    Loader.Loaded in = read.isPresent()
                            ? read.get()
                            : loader.load(path, name, places, placed.hierarchy(path, loader));
                    FileResult linted = lint(name, in, linter, catalog, enabled, places);
                    return placed.serverOf(path)
                            .map(host -> linted.withTopology(linted.topology().onServer(host.toString())))
                            .orElse(linted);
                },
                FileResult::failed,
                in -> lint("warm-up", in, linter, catalog, enabled, List.of()));
    }

    /** Reads every file found into the model, as {@link #lint} would, without linting it (the audit). */
    List<Engine.Read> read(InputFinder.Result found, int jobs) {
        // a web.config is read at its place on a server among the inputs, as for a lint (no policy: no content folders)
        ServerFolders.Placed placed = ServerFolders.place(found.files(), loader, List.of());
        return each(
                found,
                jobs,
                "to read this file",
                (path, name) -> {
                    Optional<Loader.Loaded> read = placed.take(path);
                    return Engine.Read.of(
                            name,
                            read.isPresent()
                                    ? read.get()
                                    : loader.load(path, name, placed.of(path), placed.hierarchy(path, loader)));
                },
                Engine.Read::failed,
                in -> {});
    }

    /**
     * Reads (and lints, for a lint) three small inputs (an applicationHost.config, a MetaBase.xml, an fcgiext.ini)
     * before the real ones, so that the classes of the readers, the model and the rules are initialised while the
     * heap is fresh. A class whose static
     * initialisation runs out of heap (beside a file too large for it) is broken for the rest of the run: every later
     * file would fail with NoClassDefFoundError. A few milliseconds, once.
     */
    private void warmUp(java.util.function.Consumer<Loader.Loaded> work) {
        try {
            work.accept(loader.parse("warm-up.config", WARM_UP_IIS7.getBytes(StandardCharsets.UTF_8)));
            work.accept(loader.parse("warm-up.xml", WARM_UP_METABASE.getBytes(StandardCharsets.UTF_8)));
            work.accept(loader.parse("warm-up.ini", WARM_UP_INI.getBytes(StandardCharsets.UTF_8)));
        } catch (InputError e) {
            throw new IllegalStateException("the built-in warm-up input was refused: " + e.diagnostic(), e);
        }
    }

    private static final String WARM_UP_IIS7 =
            "<configuration><system.applicationHost><applicationPools><applicationPoolDefaults />"
                    + "<add name=\"p\"><processModel /><recycling><periodicRestart /></recycling><failure /><cpu /></add></applicationPools>"
                    + "<sites><site name=\"s\" id=\"1\"><application path=\"/\" applicationPool=\"p\"><virtualDirectory path=\"/\" physicalPath=\"C:\\s\" />"
                    + "</application><bindings><binding protocol=\"http\" bindingInformation=\"*:80:\" /></bindings></site></sites></system.applicationHost>"
                    + "<system.webServer><handlers /><asp /><security /><directoryBrowse /><staticContent /><fastCgi><application fullPath=\"C:\\p.exe\" />"
                    + "</fastCgi></system.webServer><location path=\"s\"><system.webServer /></location></configuration>";
    private static final String WARM_UP_METABASE =
            "<configuration xmlns=\"urn:microsoft-catalog:XML_Metabase_V64_0\"><MBProperty>"
                    + "<IIsWebService Location=\"/LM/W3SVC\" /><IIsApplicationPools Location=\"/LM/W3SVC/AppPools\" />"
                    + "<IIsApplicationPool Location=\"/LM/W3SVC/AppPools/p\" /><IIsWebServer Location=\"/LM/W3SVC/1\" ServerBindings=\":80:\" />"
                    + "<IIsWebVirtualDir Location=\"/LM/W3SVC/1/ROOT\" AppRoot=\"/LM/W3SVC/1/ROOT\" Path=\"C:\\s\" /></MBProperty></configuration>";
    private static final String WARM_UP_INI = "[Types]\nphp=PHP\n[PHP]\nExePath=C:\\php.exe\n";

    /** What is done to one input; an InputError is the input's own fault. */
    private interface Work<R> {
        R on(Path path, String name) throws InputError;
    }

    /**
     * {@code work} on every file found, each on its own: one that cannot be read or worked on becomes
     * {@code failed}'s result with the one reason, and the others go on. A path that could not be searched comes
     * first, as its error.
     */
    private <R> List<R> each(
            InputFinder.Result found,
            int jobs,
            String what,
            Work<R> work,
            BiFunction<String, InputError, R> failed,
            java.util.function.Consumer<Loader.Loaded> warm) {
        // only where one file's running out of heap could break the others' classes: a single file has no others
        if (found.files().size() > 1) warmUp(warm);
        List<R> results = new ArrayList<>();
        for (InputFinder.Missing m : found.missing())
            results.add(failed.apply(m.path(), new InputError(new Location(m.path(), 1, 1), m.reason())));
        Function<Path, R> attempt = path -> attempt(path, work, failed);
        Function<Path, R> alone = path -> {
            R r = attempt.apply(path);
            return r != null
                    ? r
                    : failed.apply(
                            path.toString(), new InputError(new Location(path.toString(), 1, 1), Memory.advice(what)));
        };
        results.addAll(inParallel(found.files(), jobs, attempt, alone));
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
            // a worker that runs out of heap between tasks is replaced by the pool, and its task is tried again
            // alone (below): nothing to print
            t.setUncaughtExceptionHandler((thread, e) -> {});
            return t;
        });
        List<R> first = new ArrayList<>();
        try {
            List<Future<R>> pending = new ArrayList<>();
            for (T item : items)
                pending.add(pool.submit(() -> {
                    try {
                        return attempt.apply(item);
                    } catch (OutOfMemoryError e) {
                        return null; // out of heap outside the attempt's own guard (building its result): tried again
                        // alone
                    }
                }));
            for (Future<R> f : pending) {
                try {
                    first.add(f.get());
                } catch (ExecutionException e) {
                    // the attempts return every failure as a result (or null); only the heap can fail around them
                    if (!Memory.ranOut(e.getCause())) throw new IllegalStateException("linting failed", e.getCause());
                    first.add(null);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while linting", e);
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
        return Math.max(
                1, Math.min(Math.min(jobs, items), 4 * Runtime.getRuntime().availableProcessors()));
    }

    /** The rules, then the file's inline suppressions, over one read input; {@code places}: where a web.config sits. */
    static FileResult lint(
            String name,
            Loader.Loaded in,
            Linter linter,
            Catalog catalog,
            Set<String> enabled,
            List<WebConfigPlace> places) {
        IisConfig config = in.config();
        List<Finding> findings = linter.lint(config);
        Suppressions.Outcome kept = Suppressions.apply(in.comments(), findings, catalog, enabled);
        FileResult result = FileResult.linted(
                name,
                config.kind(),
                kept.findings(),
                kept.suppressed(),
                in.sources(),
                config.kind() == FileKind.WEB_CONFIG && places.isEmpty(),
                Topologies.of(config, places));
        return config.kind() == FileKind.APPLICATION_HOST ? result.withIisVersion(config.iisVersion()) : result;
    }

    /** {@code work} on one file; null if the heap ran out meanwhile (the file's half-built model is garbage by then). */
    private <R> @Nullable R attempt(Path path, Work<R> work, BiFunction<String, InputError, R> failed) {
        String name = path.toString();
        try {
            return work.on(path, name);
        } catch (InputError e) {
            if (debug && e.getCause() != null) trace(e);
            return failed.apply(name, e);
        } catch (OutOfMemoryError e) {
            return null;
        } catch (RuntimeException | StackOverflowError e) {
            // A defect in iislint, not in the file: still one line, and the run goes on.
            if (debug) trace(e);
            return failed.apply(
                    name,
                    new InputError(
                            new Location(name, 1, 1),
                            "internal error while linting this file ("
                                    + e.getClass().getSimpleName()
                                    + (e.getMessage() == null ? "" : ": " + e.getMessage())
                                    + "); please report it, and run with --debug for details",
                            e));
        }
    }

    private void trace(Throwable t) {
        synchronized (err) {
            err.print(Escape.trace(t));
            err.flush();
        }
    }
}
