package io.iislint;

import io.iislint.catalog.Catalog;
import io.iislint.engine.Engine;
import io.iislint.engine.LintRequest;
import io.iislint.finding.Finding;
import io.iislint.model.IisConfig;
import io.iislint.source.InputError;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Runs the real pipeline (XML → model → rules) over configuration text written in a test. */
public final class Fixtures {
    public static final String FILE = "t.config";
    private static final Catalog CATALOG = Catalog.load();

    private Fixtures() {}

    public static IisConfig model(String xml) {
        try {
            return load(xml).config();
        } catch (InputError e) {
            throw new AssertionError(e.diagnostic(), e);
        }
    }

    /** Text starting like an .ini file is read as an fcgiext.ini (the CLI tells them apart by file name), else as XML. */
    private static io.iislint.load.Loader.Loaded load(String text) throws InputError {
        return session(Map.of()).read(name(text), text.getBytes(StandardCharsets.UTF_8));
    }

    private static String name(String text) {
        return text.stripLeading().startsWith("[") || text.stripLeading().startsWith(";") ? "fcgiext.ini" : FILE;
    }

    private static final Engine.Session DEFAULTS = session(Map.of());

    private static Engine.Session session(Map<String, String> params) {
        if (params.isEmpty() && DEFAULTS != null) return DEFAULTS;
        try {
            return new Engine(new PrintWriter(Writer.nullWriter()))
                    .session(LintRequest.of(List.of(FILE)).withParams(params));
        } catch (InputError e) {
            throw new AssertionError(e.diagnostic(), e);
        }
    }

    public static List<Finding> lint(String xml) {
        return lint(xml, Map.of());
    }

    /** What starts each file of a server example: {@code <!-- file: C/inetpub/shop/web.config -->}. */
    private static final java.util.regex.Pattern FILE_MARK =
            java.util.regex.Pattern.compile("(?m)^\\s*<!-- file: (\\S+) -->\\s*$");

    /**
     * Rules, then inline suppressions, as the CLI runs them. Text holding several files, each after a
     * {@code <!-- file: PATH -->} line (a server folder in the layout README documents), is written to a temporary
     * folder and linted as one run over it.
     */
    public static List<Finding> lint(String xml, Map<String, String> params) {
        return lint(xml, params, List.of());
    }

    /** The same with {@code --select}: a rule off by default runs only when named. */
    public static List<Finding> lint(String xml, Map<String, String> params, List<String> select) {
        if (FILE_MARK.matcher(xml).find()) return lintFolder(xml, params, select);
        try {
            Engine.Session session = select.isEmpty()
                    ? session(params)
                    : new Engine(new PrintWriter(Writer.nullWriter()))
                            .session(LintRequest.of(List.of(FILE))
                                    .withParams(params)
                                    .withSelect(select));
            return session.lint(name(xml), xml.getBytes(StandardCharsets.UTF_8)).findings();
        } catch (InputError e) {
            throw new AssertionError(e.diagnostic(), e);
        }
    }

    private static List<Finding> lintFolder(String text, Map<String, String> params, List<String> select) {
        java.nio.file.Path dir = null;
        try {
            dir = java.nio.file.Files.createTempDirectory("iislint-server");
            java.util.regex.Matcher m = FILE_MARK.matcher(text);
            List<java.util.regex.MatchResult> marks = m.results().toList();
            for (int i = 0; i < marks.size(); i++) {
                int end = i + 1 < marks.size() ? marks.get(i + 1).start() : text.length();
                java.nio.file.Path file = dir.resolve(marks.get(i).group(1));
                java.nio.file.Files.createDirectories(file.getParent());
                java.nio.file.Files.writeString(
                        file, text.substring(marks.get(i).end(), end).strip() + "\n");
            }
            LintRequest request =
                    LintRequest.of(List.of(dir.toString())).withParams(params).withJobs(1);
            // an example that names sites in a policy file (privateSites: the files cannot say which are private)
            java.nio.file.Path policy = dir.resolve(".iislint.xml");
            if (java.nio.file.Files.isRegularFile(policy))
                request = new LintRequest(
                        request.paths(),
                        request.include(),
                        request.exclude(),
                        request.select(),
                        request.ignore(),
                        request.profiles(),
                        request.params(),
                        new LintRequest.PolicyChoice.Given(policy),
                        request.baseline(),
                        request.maxFileSize(),
                        request.jobs(),
                        request.debug(),
                        request.today(),
                        request.iisVersion());
            if (!select.isEmpty()) request = request.withSelect(select);
            var result = new Engine(new PrintWriter(Writer.nullWriter())).lint(request);
            List<Finding> findings = new java.util.ArrayList<>();
            for (var r : result.results()) {
                if (r.error().isPresent())
                    throw new AssertionError(r.error().get().diagnostic());
                findings.addAll(r.findings());
            }
            return findings;
        } catch (java.io.IOException | InputError e) {
            throw new AssertionError(e.getMessage(), e);
        } finally {
            if (dir != null) deleteTree(dir);
        }
    }

    private static void deleteTree(java.nio.file.Path dir) {
        try (var walk = java.nio.file.Files.walk(dir)) {
            for (var p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) java.nio.file.Files.delete(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static Catalog catalog() {
        return CATALOG;
    }

    /** {@code <configuration><system.applicationHost>…</system.applicationHost></configuration>}. */
    public static String appHost(String inner) {
        return "<configuration>\n<system.applicationHost>\n" + inner
                + "\n</system.applicationHost>\n</configuration>\n";
    }
}
