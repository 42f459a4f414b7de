package io.iislint.report;

import io.iislint.finding.FileResult;
import io.iislint.finding.Finding;
import io.iislint.text.Escape;
import java.io.IOException;
import java.io.Writer;

/**
 * Azure Pipelines logging commands: one {@code ##vso[task.logissue type=…;sourcepath=…;linenumber=…;columnnumber=…;
 * code=…]message} line per finding, which the agent shows as an error or a warning of the step, at its file and line
 * (learn.microsoft.com, "Logging commands", LogIssue). The message starts as a line of the text report does
 * (severity, rule id); the command has no third level, so an info finding is a warning whose message starts with
 * "info". Issues do not decide the step's result: the exit code does, as in every
 * format. What comes from an input is shown through {@link Escape#line} first (no control character reaches the
 * log), then escaped as the agent unescapes it: '%', CR, LF, ']' and ';' (the agent's CommandStringConvertor, in
 * properties and message alike).
 */
public final class AzureReport implements Reporter {

    @Override
    public void write(Report report, Writer out) throws IOException {
        for (FileResult file : report.files()) {
            if (file.error().isPresent()) {
                var e = file.error().get();
                out.write(command(
                        "error",
                        e.location().file(),
                        e.location().line(),
                        e.location().column(),
                        "input",
                        "iislint: input not linted: " + Escape.line(e.reason())));
            }
            for (Finding f : file.findings()) {
                String type = switch (f.severity()) {
                    case ERROR -> "error";
                    case WARNING, INFO -> "warning";
                };
                String message = f.severity().label() + " " + f.ruleId() + " "
                        + Escape.line(f.subject().display() + ": " + f.message())
                        + (f.fix().primary().isEmpty()
                                ? ""
                                : "\nfix: " + Escape.line(f.fix().primary()));
                out.write(command(
                        type,
                        f.location().file(),
                        f.location().line(),
                        f.location().column(),
                        f.ruleId(),
                        message));
            }
        }
    }

    private static String command(String type, String file, int line, int column, String code, String message) {
        return "##vso[task.logissue type=" + type + ";sourcepath=" + escape(Escape.line(file)) + ";linenumber=" + line
                + ";columnnumber=" + column + ";code=" + escape(code) + "]" + escape(message) + "\n";
    }

    /** The agent's escapes: '%' first (so that no other escape is read twice), then CR, LF, ']' and ';'. */
    static String escape(String s) {
        return s.replace("%", "%AZP25")
                .replace("\r", "%0D")
                .replace("\n", "%0A")
                .replace("]", "%5D")
                .replace(";", "%3B");
    }
}
