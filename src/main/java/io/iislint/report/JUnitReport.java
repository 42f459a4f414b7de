package io.iislint.report;

import io.iislint.catalog.RuleInfo;
import io.iislint.finding.FileResult;
import io.iislint.finding.Finding;
import io.iislint.text.Escape;
import io.iislint.text.Xml;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * JUnit XML for Azure Pipelines, GitLab and Jenkins test tabs: one test suite per file, one test case per rule
 * that ran, failing with the rule's findings in that file. A file that could not be linted is one error.
 * No timestamps or durations, so the output is byte-identical from run to run. Text from an input is shown as
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
            tests += report.rules().size();
            for (RuleInfo r : report.rules())
                if (file.findings().stream().anyMatch(f -> f.ruleId().equals(r.id()))) failures++;
        }
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<testsuites name=\"iislint\" tests=\"" + tests + "\" failures=\"" + failures + "\" errors=\""
                + errors + "\">\n");
        for (FileResult file : report.files()) suite(report, file, out);
        out.write("</testsuites>\n");
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
        long failing = report.rules().stream()
                .filter(r -> file.findings().stream().anyMatch(f -> f.ruleId().equals(r.id())))
                .count();
        out.write("  <testsuite name=\"" + name + "\" tests=\"" + report.rules().size() + "\" failures=\"" + failing
                + "\" errors=\"0\">\n");
        for (RuleInfo r : report.rules()) {
            List<Finding> found = file.findings().stream()
                    .filter(f -> f.ruleId().equals(r.id()))
                    .toList();
            String caseName = Xml.escape(r.id() + " " + r.name());
            if (found.isEmpty()) {
                out.write("    <testcase classname=\"" + name + "\" name=\"" + caseName + "\"/>\n");
                continue;
            }
            out.write("    <testcase classname=\"" + name + "\" name=\"" + caseName + "\">\n");
            StringBuilder body = new StringBuilder();
            for (Finding f : found) {
                body.append(Escape.line(f.location() + ": " + f.severity().label() + " "
                                + f.subject().display() + ": " + f.message()))
                        .append('\n');
                if (!f.fix().primary().isEmpty())
                    body.append("    fix: ")
                            .append(Escape.line(f.fix().primary()))
                            .append('\n');
            }
            out.write("      <failure message=\""
                    + Xml.escape(found.size() + " finding" + (found.size() == 1 ? "" : "s") + ": " + r.title())
                    + "\" type=\"" + found.get(0).severity().label() + "\">" + Xml.escape(body.toString())
                    + "</failure>\n");
            out.write("    </testcase>\n");
        }
        out.write("  </testsuite>\n");
    }
}
