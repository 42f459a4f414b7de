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

    /** Rules, then inline suppressions, as the CLI runs them. */
    public static List<Finding> lint(String xml, Map<String, String> params) {
        try {
            return session(params)
                    .lint(name(xml), xml.getBytes(StandardCharsets.UTF_8))
                    .findings();
        } catch (InputError e) {
            throw new AssertionError(e.diagnostic(), e);
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
