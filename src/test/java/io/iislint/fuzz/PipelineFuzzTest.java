package io.iislint.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.iislint.iis7.ConfigReader;
import io.iislint.model.IisConfig;
import io.iislint.report.FileResult;
import io.iislint.report.JsonReport;
import io.iislint.report.Report;
import io.iislint.report.SarifReport;
import io.iislint.report.TextReport;
import io.iislint.rules.Catalog;
import io.iislint.rules.Finding;
import io.iislint.rules.Linter;
import io.iislint.rules.Parameters;
import io.iislint.rules.RuleSet;
import io.iislint.rules.Severity;
import io.iislint.source.InputError;
import io.iislint.suppress.Suppressions;
import io.iislint.xml.XmlDocument;
import io.iislint.xml.XmlReader;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The whole path a file takes: read → resolve → rules → suppressions → reports. Any input may be refused with
 * an {@link InputError} (one diagnostic line, exit 2); any other exception is a defect the fuzzer reports.
 *
 * <p>In a normal build this runs in regression mode over the seeds and past findings in
 * {@code src/test/resources/io/iislint/fuzz/PipelineFuzzTestInputs/lintAnything}. To fuzz:
 * {@code JAZZER_FUZZ=1 mvn test -Dtest=PipelineFuzzTest} (see README, "Fuzzing").
 */
class PipelineFuzzTest {
    private static final Catalog CATALOG = Catalog.load();
    private static final Set<String> ALL = CATALOG.all().stream().map(r -> r.id()).collect(Collectors.toSet());
    private static final Linter LINTER = new Linter(CATALOG, Parameters.defaults(CATALOG), RuleSet.all());
    private static final XmlReader XML = new XmlReader(1 << 20);

    @FuzzTest(maxDuration = "30s")
    void lintAnything(byte[] data) throws IOException {
        XmlDocument doc;
        IisConfig config;
        try {
            doc = XML.parse("fuzz.config", data);
            config = new ConfigReader().read(doc);
        } catch (InputError refused) {
            if (refused.diagnostic().contains("\n")) throw new AssertionError("a diagnostic must be one line: " + refused.diagnostic());
            return;
        }
        List<Finding> findings = Suppressions.apply(doc.comments(), LINTER.lint(config), CATALOG, ALL).findings();
        Report report = new Report("fuzz", List.copyOf(CATALOG.all()), List.of(FileResult.linted("fuzz.config", config.kind(), findings, 0)),
                Severity.WARNING, false);
        new TextReport(false).write(report, new StringWriter());
        new JsonReport().write(report, new StringWriter());
        new SarifReport(Path.of("")).write(report, new StringWriter());
    }
}
