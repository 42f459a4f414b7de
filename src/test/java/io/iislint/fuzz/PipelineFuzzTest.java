package io.iislint.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.iislint.audit.Audit;
import io.iislint.audit.AuditFormat;
import io.iislint.engine.Engine;
import io.iislint.engine.LintRequest;
import io.iislint.finding.Severity;
import io.iislint.load.Loader;
import io.iislint.model.IisConfig;
import io.iislint.report.AzureReport;
import io.iislint.report.CheckstyleReport;
import io.iislint.report.GithubReport;
import io.iislint.report.GitlabReport;
import io.iislint.report.HtmlReport;
import io.iislint.report.JUnitReport;
import io.iislint.report.JsonReport;
import io.iislint.report.Report;
import io.iislint.report.Reporter;
import io.iislint.report.SarifReport;
import io.iislint.report.TextReport;
import io.iislint.source.InputError;
import io.iislint.text.Escape;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The whole path a file takes: read → resolve → rules → suppressions → every report format, and the audit with
 * its three. Any input may be refused with an {@link InputError} (one diagnostic line, exit 2); any other exception
 * is a defect the fuzzer reports, and so is a report that shows a control or bidi character raw (see
 * {@link Escape}) or an XML report with a character XML 1.0 does not allow.
 *
 * <p>Two targets share the path and differ in how the bytes are read: {@link #lintAnything} as XML (IIS 7+
 * files and IIS 6 MetaBase.xml, told apart by content), {@link #lintFcgiext} as an IIS 6 fcgiext.ini. In a normal
 * build both run in regression mode over the seeds and past findings in
 * {@code src/test/resources/io/iislint/fuzz/PipelineFuzzTestInputs/<target>}. To fuzz one:
 * {@code JAZZER_FUZZ=1 mvn test -Dtest=PipelineFuzzTest#lintAnything} (see README, "Fuzzing").
 */
class PipelineFuzzTest {
    private static final Engine.Session ENGINE = session();

    private static Engine.Session session() {
        try {
            return new Engine(new PrintWriter(Writer.nullWriter()))
                    .session(LintRequest.of(List.of("fuzz")).withMaxFileSize(1 << 20));
        } catch (InputError e) {
            throw new AssertionError(e);
        }
    }

    // a session first replays the whole corpus in .cifuzz-corpus/ (over 6,000 inputs for lintAnything, 10-30 s):
    // five minutes leave most of a session to new inputs
    @FuzzTest(maxDuration = "5m")
    void lintAnything(byte[] data) throws IOException {
        pipeline("fuzz.config", data);
    }

    @FuzzTest(maxDuration = "5m")
    void lintFcgiext(byte[] data) throws IOException {
        pipeline("fcgiext.ini", data);
    }

    private static void pipeline(String name, byte[] data) throws IOException {
        Loader.Loaded loaded;
        try {
            loaded = ENGINE.read(name, data);
        } catch (InputError refused) {
            assertShownOnOneLine("a diagnostic", refused.diagnostic());
            return;
        }
        IisConfig config = loaded.config();
        Report report = new Report("fuzz", ENGINE.rules(), List.of(ENGINE.lint(name, loaded)), Severity.WARNING, false);
        assertShownOnOneLine("the text report", write(new TextReport(false), report));
        assertShownOnOneLine("the github report", write(new GithubReport(), report));
        assertShownOnOneLine("the gitlab report", write(new GitlabReport(Path.of("")), report));
        assertShownOnOneLine("the azure report", write(new AzureReport(), report));
        assertShownOnOneLine("JSON", write(new JsonReport(), report));
        assertShownOnOneLine("SARIF", write(new SarifReport(Path.of("")), report));
        assertXml10("JUnit", write(new JUnitReport(), report));
        assertXml10("Checkstyle", write(new CheckstyleReport(), report));
        String html = write(new HtmlReport(), report);
        assertShownOnOneLine("the HTML report", html);
        assertXml10("the HTML report", html);
        List<Audit.Report> audit = List.of(new Audit(
                        config,
                        Optional.of(config.iis6().map(i -> i.fcgiextSettings()).orElse(List.of())))
                .run());
        for (AuditFormat format : AuditFormat.values()) {
            StringWriter out = new StringWriter();
            format.reporter().write(audit, List.of(), out);
            assertShownOnOneLine("the audit's " + format.id(), out.toString());
        }
    }

    private static String write(Reporter reporter, Report report) throws IOException {
        StringWriter out = new StringWriter();
        reporter.write(report, out);
        return out.toString();
    }

    /** Nothing from the input reaches a line raw that could break it, drive a terminal or reorder it. */
    private static void assertShownOnOneLine(String what, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\n' && Escape.isEscaped(c)) {
                throw new AssertionError(
                        what + " holds U+" + Integer.toHexString(c) + " raw at " + i + ": " + Escape.line(text));
            }
        }
    }

    /** Every character is one XML 1.0 allows. */
    private static void assertXml10(String what, String xml) {
        for (int i = 0; i < xml.length(); i++) {
            int c = xml.codePointAt(i);
            boolean ok = c == 0x9
                    || c == 0xA
                    || c == 0xD
                    || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD)
                    || c >= 0x10000;
            if (!ok)
                throw new AssertionError(
                        what + " holds U+" + Integer.toHexString(c) + ", which XML 1.0 does not allow, at " + i);
            if (c >= 0x10000) i++;
        }
    }
}
