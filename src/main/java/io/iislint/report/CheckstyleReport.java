package io.iislint.report;

import io.iislint.rules.Finding;
import io.iislint.source.Escape;
import java.io.IOException;
import java.io.Writer;

/**
 * Checkstyle XML, read by Jenkins Warnings NG, reviewdog and many editors. Every input file is listed. Text from an
 * input is shown as {@link Escape#line} shows it, as in the text report.
 */
public final class CheckstyleReport implements Reporter {

    @Override
    public void write(Report report, Writer out) throws IOException {
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n");
        for (FileResult file : report.files()) {
            out.write("  <file name=\"" + Xml.escape(Escape.line(file.path())) + "\">\n");
            if (file.error().isPresent()) {
                var e = file.error().get();
                out.write("    <error line=\"" + e.location().line() + "\" column=\"" + e.location().column()
                        + "\" severity=\"error\" message=\"" + Xml.escape(Escape.line(e.reason())) + "\" source=\"iislint.input\"/>\n");
            }
            for (Finding f : file.findings()) {
                out.write("    <error line=\"" + f.location().line() + "\" column=\"" + f.location().column()
                        + "\" severity=\"" + f.severity().label() + "\" message=\""
                        + Xml.escape(Escape.line(f.subject().display() + ": " + f.message())) + "\" source=\"iislint." + f.ruleId() + "\"/>\n");
            }
            out.write("  </file>\n");
        }
        out.write("</checkstyle>\n");
    }
}
