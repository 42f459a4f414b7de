package io.iislint;

import io.iislint.model.IisConfig;
import io.iislint.catalog.Catalog;
import io.iislint.finding.Finding;
import io.iislint.rules.Linter;
import io.iislint.catalog.Parameters;
import io.iislint.rules.RuleSet;
import io.iislint.source.InputError;
import io.iislint.suppress.Suppressions;
import io.iislint.xml.XmlReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
        String name = text.stripLeading().startsWith("[") || text.stripLeading().startsWith(";") ? "fcgiext.ini" : FILE;
        return new io.iislint.load.Loader(new XmlReader()).parse(name, text.getBytes(StandardCharsets.UTF_8));
    }

    public static List<Finding> lint(String xml) {
        return lint(xml, Map.of());
    }

    /** Rules, then inline suppressions, as the CLI runs them. */
    public static List<Finding> lint(String xml, Map<String, String> params) {
        try {
            var in = load(xml);
            List<Finding> findings = new Linter(CATALOG, Parameters.of(CATALOG, params), RuleSet.all()).lint(in.config());
            Set<String> all = CATALOG.all().stream().map(r -> r.id()).collect(java.util.stream.Collectors.toSet());
            return Suppressions.apply(in.comments(), findings, CATALOG, all).findings();
        } catch (InputError e) {
            throw new AssertionError(e.diagnostic(), e);
        }
    }

    public static Catalog catalog() {
        return CATALOG;
    }

    /** {@code <configuration><system.applicationHost>…</system.applicationHost></configuration>}. */
    public static String appHost(String inner) {
        return "<configuration>\n<system.applicationHost>\n" + inner + "\n</system.applicationHost>\n</configuration>\n";
    }
}
