package io.iislint.report;

import java.io.IOException;
import java.io.Writer;

/** Writes a whole report in one format. Never closes the writer: the caller owns it. */
public interface Reporter {
    void write(Report report, Writer out) throws IOException;
}
