package io.iislint.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.iislint.finding.FileResult;
import io.iislint.finding.Finding;
import io.iislint.finding.Severity;
import io.iislint.text.Escape;
import io.iislint.text.Json;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * GitLab Code Quality: the JSON array a job's {@code artifacts:reports:codequality} hands to the merge request
 * widget, one object per finding with the fields GitLab reads (docs.gitlab.com, "Code Quality", "Implement a custom
 * tool"): {@code description}, {@code check_name}, {@code fingerprint}, {@code severity}, {@code location.path}
 * relative to the repository (the working directory) and {@code location.lines.begin}. GitLab keeps one finding per
 * fingerprint, so two findings that share one (a rule reporting the same subject twice in a file) are told apart by
 * their order; the first keeps the fingerprint the SARIF report and the baseline use. A file that could not be
 * linted is one {@code critical} object of its own, so that the widget shows it. No byte-order mark, which GitLab's
 * parser refuses. The widget shows description and path to people: what comes from an input is shown through
 * {@link Escape#line} there, as in the text report.
 */
public final class GitlabReport implements Reporter {
    private final Path base;

    /** @param base the directory paths are made relative to (the repository root in CI) */
    public GitlabReport(Path base) {
        this.base = base.toAbsolutePath().normalize();
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        Map<String, Integer> seen = new HashMap<>();
        try (JsonGenerator g = Json.generator(out)) {
            g.writeStartArray();
            for (FileResult file : report.files()) {
                if (file.error().isEmpty()) continue;
                var e = file.error().get();
                issue(
                        g,
                        "iislint: input not linted: " + e.reason(),
                        "iislint/input",
                        unique(digest("input|" + e.location().file().replace('\\', '/')), seen),
                        "critical",
                        e.location().file(),
                        e.location().line());
            }
            for (Finding f : report.findings()) {
                String fix = f.fix().primary();
                issue(
                        g,
                        f.ruleId() + " " + f.subject().display() + ": " + f.message()
                                + (fix.isEmpty() ? "" : " Fix: " + fix),
                        f.ruleId() + " " + f.ruleName(),
                        unique(f.fingerprint(), seen),
                        severity(f.severity()),
                        f.location().file(),
                        f.location().line());
            }
            g.writeEndArray();
            g.writeRaw('\n');
        }
    }

    private void issue(
            JsonGenerator g,
            String description,
            String check,
            String fingerprint,
            String severity,
            String file,
            int line)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("description", Escape.line(description));
        g.writeStringField("check_name", check);
        g.writeStringField("fingerprint", fingerprint);
        g.writeStringField("severity", severity);
        g.writeObjectFieldStart("location");
        g.writeStringField("path", Escape.line(path(file)));
        g.writeObjectFieldStart("lines");
        g.writeNumberField("begin", Math.max(1, line));
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
    }

    /** The n-th finding with a fingerprint already used gets the digest of that fingerprint and n. */
    static String unique(String fingerprint, Map<String, Integer> seen) {
        int n = seen.merge(fingerprint, 1, Integer::sum);
        return n == 1 ? fingerprint : digest(fingerprint + "#" + n);
    }

    /** GitLab's scale is info, minor, major, critical, blocker; blocker is left for what stops a merge by itself. */
    static String severity(Severity s) {
        return switch (s) {
            case ERROR -> "critical";
            case WARNING -> "major";
            case INFO -> "info";
        };
    }

    /** Relative to the base directory with '/' between names when the file is below it; else as given. */
    String path(String file) {
        try {
            Path p = Path.of(file).toAbsolutePath().normalize();
            if (p.startsWith(base) && !p.equals(base)) {
                return base.relativize(p).toString().replace(java.io.File.separatorChar, '/');
            }
        } catch (InvalidPathException e) {
            // a name the platform cannot hold as a path: shown as given
        }
        return file;
    }

    private static String digest(String key) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
