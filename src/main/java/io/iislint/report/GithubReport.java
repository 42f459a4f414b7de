package io.iislint.report;

import io.iislint.finding.FileResult;
import io.iislint.finding.Finding;
import io.iislint.text.Escape;
import java.io.IOException;
import java.io.Writer;

/**
 * GitHub Actions workflow commands: each finding becomes an annotation on its file and line
 * ({@code ::error file=…,line=…,col=…,title=…::message}). info findings are notices. What comes from an input is
 * shown through {@link Escape#line} before the runner's own escaping: its line breaks cannot add a line to the
 * annotation (a forged "fix:"), and an escape sequence cannot reach the log viewer.
 */
public final class GithubReport implements Reporter {

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
                        "iislint: input not linted",
                        Escape.line(e.reason())));
            }
            for (Finding f : file.findings()) {
                String level = switch (f.severity()) {
                    case ERROR -> "error";
                    case WARNING -> "warning";
                    case INFO -> "notice";
                };
                String message = Escape.line(f.subject().display() + ": " + f.message())
                        + (f.fix().primary().isEmpty()
                                ? ""
                                : "\nfix: " + Escape.line(f.fix().primary()));
                out.write(command(
                        level,
                        f.location().file(),
                        f.location().line(),
                        f.location().column(),
                        f.ruleId() + " " + f.ruleName(),
                        message));
            }
        }
    }

    private static String command(String level, String file, int line, int col, String title, String message) {
        return "::" + level + " file=" + property(Escape.line(file)) + ",line=" + line + ",col=" + col + ",title="
                + property(title) + "::" + data(message) + "\n";
    }

    /** The escaping GitHub's runner expects in a command's message. */
    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** … and in its properties, where ':' and ',' separate fields. */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
