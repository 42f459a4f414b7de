package io.iislint.audit;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes a whole audit in one format, as {@code report.Reporter} writes a lint report. {@code errors}: the files
 * that could not be audited, one escaped line each, as standard error shows them. Flushes the writer and never
 * closes it: the caller owns it.
 */
public interface AuditReporter {
    void write(List<Audit.Report> reports, List<String> errors, Writer out) throws IOException;
}
