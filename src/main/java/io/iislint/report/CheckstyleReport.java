package io.iislint.report;

import io.iislint.finding.FileResult;
import io.iislint.finding.Finding;
import io.iislint.text.Escape;
import io.iislint.text.Xml;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Checkstyle XML, read by Jenkins Warnings NG, reviewdog and many editors. Every input file is listed. A finding in
 * a section's configSource file is listed under that file, after its configuration file, so that its line is read
 * against the right file. Text from an input is shown as {@link Escape#line} shows it, as in the text report.
 */
public final class CheckstyleReport implements Reporter {

    @Override
    public void write(Report report, Writer out) throws IOException {
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n");
        for (FileResult file : report.files()) {
            Map<String, StringBuilder> byFile = new LinkedHashMap<>();
            byFile.put(file.path(), new StringBuilder());
            if (file.error().isPresent()) {
                var e = file.error().get();
                byFile.computeIfAbsent(e.location().file(), k -> new StringBuilder())
                        .append("    <error line=\"")
                        .append(e.location().line())
                        .append("\" column=\"")
                        .append(e.location().column())
                        .append("\" severity=\"error\" message=\"")
                        .append(Xml.escape(Escape.line(e.reason())))
                        .append("\" source=\"iislint.input\"/>\n");
            }
            for (Finding f : file.findings()) {
                byFile.computeIfAbsent(f.location().file(), k -> new StringBuilder())
                        .append("    <error line=\"")
                        .append(f.location().line())
                        .append("\" column=\"")
                        .append(f.location().column())
                        .append("\" severity=\"")
                        .append(f.severity().label())
                        .append("\" message=\"")
                        .append(Xml.escape(Escape.line(f.subject().display() + ": " + f.message())))
                        .append("\" source=\"iislint.")
                        .append(f.ruleId())
                        .append("\"/>\n");
            }
            for (Map.Entry<String, StringBuilder> e : byFile.entrySet()) {
                out.write("  <file name=\"" + Xml.escape(Escape.line(e.getKey())) + "\">\n" + e.getValue()
                        + "  </file>\n");
            }
        }
        out.write("</checkstyle>\n");
    }
}
