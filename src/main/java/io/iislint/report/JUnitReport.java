package io.iislint.report;

import io.iislint.catalog.RuleFiles;
import io.iislint.catalog.RuleInfo;
import io.iislint.finding.FileResult;
import io.iislint.finding.Finding;
import io.iislint.finding.Severity;
import io.iislint.text.Escape;
import io.iislint.text.Xml;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * JUnit XML for Azure Pipelines, GitLab and Jenkins test tabs: one test suite per file, one test case per rule that
 * ran and judges that kind of file ({@link RuleFiles}; a rule that found something there anyway has its case too).
 * A test case fails with the rule's findings at or above the run's {@code --fail-on} threshold, as the exit code
 * does; findings below it leave the case passed, listed in its {@code system-out}, where the test tabs show a test's
 * output (a skipped case would say the rule did not run). A file that could not be linted is one error. No
 * timestamps or durations, so the output is byte-identical from run to run. Text from an input is shown as
 * {@link Escape#line} shows it, one line per finding, as in the text report.
 */
public final class JUnitReport implements Reporter {

    @Override
    public void write(Report report, Writer out) throws IOException {
        long tests = 0;
        long failures = 0;
        long errors = report.failedFiles();
        for (FileResult file : report.files()) {
            if (file.error().isPresent()) {
                tests++;
                continue;
            }
            for (RuleInfo r : cases(report, file)) {
                tests++;
                if (!failing(report, found(file, r)).isEmpty()) failures++;
            }
        }
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<testsuites name=\"iislint\" tests=\"" + tests + "\" failures=\"" + failures + "\" errors=\""
                + errors + "\">\n");
        for (FileResult file : report.files()) suite(report, file, out);
        out.write("</testsuites>\n");
    }

    /** The rules that get a test case in this file: those that judge its kind, and any that found something in it. */
    private static List<RuleInfo> cases(Report report, FileResult file) {
        return report.rules().stream()
                .filter(r ->
                        file.kind().map(k -> RuleFiles.of(r.id()).contains(k)).orElse(true)
                                || !found(file, r).isEmpty())
                .toList();
    }

    private static List<Finding> found(FileResult file, RuleInfo r) {
        return file.findings().stream().filter(f -> f.ruleId().equals(r.id())).toList();
    }

    private static List<Finding> failing(Report report, List<Finding> found) {
        return found.stream().filter(f -> f.severity().atLeast(report.failOn())).toList();
    }

    private static void suite(Report report, FileResult file, Writer out) throws IOException {
        String name = Xml.escape(Escape.line(file.path()));
        if (file.error().isPresent()) {
            var e = file.error().get();
            out.write("  <testsuite name=\"" + name + "\" tests=\"1\" failures=\"0\" errors=\"1\">\n");
            out.write("    <testcase classname=\"" + name + "\" name=\"read\">\n");
            out.write("      <error message=\"" + Xml.escape(Escape.line(e.reason())) + "\" type=\"input\">"
                    + Xml.escape(e.diagnostic()) + "</error>\n");
            out.write("    </testcase>\n  </testsuite>\n");
            return;
        }
        List<RuleInfo> cases = cases(report, file);
        long failing = cases.stream()
                .filter(r -> !failing(report, found(file, r)).isEmpty())
                .count();
        out.write("  <testsuite name=\"" + name + "\" tests=\"" + cases.size() + "\" failures=\"" + failing
                + "\" errors=\"0\">\n");
        for (RuleInfo r : cases) {
            List<Finding> found = found(file, r);
            String caseName = Xml.escape(r.id() + " " + r.name());
            if (found.isEmpty()) {
                out.write("    <testcase classname=\"" + name + "\" name=\"" + caseName + "\"/>\n");
                continue;
            }
            List<Finding> fails = failing(report, found);
            List<Finding> passes =
                    found.stream().filter(f -> !fails.contains(f)).toList();
            out.write("    <testcase classname=\"" + name + "\" name=\"" + caseName + "\">\n");
            if (!fails.isEmpty()) {
                Severity worst = fails.stream()
                        .map(Finding::severity)
                        .filter(s -> fails.stream().allMatch(f -> s.atLeast(f.severity())))
                        .findFirst()
                        .orElseThrow();
                out.write("      <failure message=\""
                        + Xml.escape(fails.size() + " finding" + (fails.size() == 1 ? "" : "s") + ": " + r.title())
                        + "\" type=\"" + worst.label() + "\">" + Xml.escape(body(fails)) + "</failure>\n");
            }
            if (!passes.isEmpty()) {
                out.write("      <system-out>"
                        + Xml.escape(passes.size() + " finding" + (passes.size() == 1 ? "" : "s") + " below --fail-on "
                                + report.failOn().label() + ":\n" + body(passes))
                        + "</system-out>\n");
            }
            out.write("    </testcase>\n");
        }
        out.write("  </testsuite>\n");
    }

    private static String body(List<Finding> findings) {
        StringBuilder body = new StringBuilder();
        for (Finding f : findings) {
            body.append(Escape.line(f.location() + ": " + f.severity().label() + " "
                            + f.subject().display() + ": " + f.message()))
                    .append('\n');
            if (!f.fix().primary().isEmpty())
                body.append("    fix: ").append(Escape.line(f.fix().primary())).append('\n');
        }
        return body.toString();
    }
}
