package io.iislint.report;

import io.iislint.finding.FileResult;
import io.iislint.finding.Finding;
import io.iislint.finding.Severity;
import io.iislint.text.Escape;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The human format: {@code file:line:col: severity RULE-ID subject: message}, then the fix commands, grouped
 * by file and sorted by line, then a summary. Editors and CI logs can jump to each location. What comes from an
 * input is shown through {@link Escape#line}: a finding is one line, and a CI runner reads no command from it.
 */
public final class TextReport implements Reporter {
    /** What the report lists above its summary. */
    public enum Detail {
        /** Every finding with its fixes. */
        ALL,
        /** Only the findings of severity error, with their fixes ({@code --quiet}). */
        ERRORS,
        /** One line per rule that found something, with its count ({@code --statistics}). */
        STATISTICS
    }

    private final boolean color;
    private final Detail detail;

    public TextReport(boolean color) {
        this(color, Detail.ALL);
    }

    public TextReport(boolean color, Detail detail) {
        this.color = color;
        this.detail = detail;
    }

    @Override
    public void write(Report report, java.io.Writer w) {
        PrintWriter out = w instanceof PrintWriter p ? p : new PrintWriter(w);
        if (detail == Detail.STATISTICS) {
            statistics(report, out);
            out.print(Escape.line(summary(report)) + "\n");
            out.flush();
            return;
        }
        for (FileResult file : report.files()) {
            for (Finding f : file.findings()) {
                if (detail == Detail.ERRORS && f.severity() != Severity.ERROR) continue;
                out.print(Escape.line(f.location().toString()) + ": " + paint(f.severity()) + " " + f.ruleId() + " "
                        + Escape.line(f.subject().display() + ": " + f.message()));
                out.print('\n');
                if (!f.fix().appcmd().isEmpty())
                    out.print("    fix: " + Escape.line(f.fix().appcmd()) + "\n");
                if (!f.fix().powershell().isEmpty())
                    out.print("    fix (PowerShell): " + Escape.line(f.fix().powershell()) + "\n");
                if (!f.fix().adsutil().isEmpty())
                    out.print("    fix (IIS 6): " + Escape.line(f.fix().adsutil()) + "\n");
            }
        }
        long alone = report.files().stream().filter(FileResult::alone).count();
        if (alone > 0 && detail == Detail.ALL) {
            out.print("note: " + alone + " web.config file" + plural(alone)
                    + " linted alone: no applicationHost.config among the inputs places "
                    + (alone == 1 ? "it" : "them")
                    + " on a site, so what the server locks or sets above "
                    + (alone == 1 ? "it" : "them")
                    + " is not applied (README: \"Linting a server\")\n");
        }
        out.print(Escape.line(summary(report)) + "\n");
        out.flush();
    }

    /**
     * One line per rule with at least one finding: the count (right-aligned), the rule's id (left-aligned), severity
     * and name; most findings first, then in catalog order.
     */
    private void statistics(Report report, PrintWriter out) {
        Map<String, Long> counts = new TreeMap<>();
        Map<String, Finding> first = new HashMap<>();
        for (Finding f : report.findings()) {
            counts.merge(f.ruleId(), 1L, Long::sum);
            first.putIfAbsent(f.ruleId(), f);
        }
        int width = counts.values().stream()
                .mapToInt(n -> Long.toString(n).length())
                .max()
                .orElse(1);
        List<Map.Entry<String, Long>> rows = new ArrayList<>(counts.entrySet());
        // ids in catalog order: IIS-604 before IIS-1308 (a shorter id has the smaller number)
        Comparator<String> byNumber = Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder());
        rows.sort(Map.Entry.<String, Long>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey(byNumber)));
        int idWidth = counts.keySet().stream().mapToInt(String::length).max().orElse(0);
        for (Map.Entry<String, Long> row : rows) {
            Finding f = Objects.requireNonNull(first.get(row.getKey()), "a counted rule has a first finding");
            String count = Long.toString(row.getValue());
            String severity = f.severity().label();
            out.print(" ".repeat(width - count.length()) + count + "  " + f.ruleId()
                    + " ".repeat(idWidth - f.ruleId().length()) + "  " + paint(f.severity())
                    + " ".repeat(Math.max(1, 8 - severity.length())) + f.ruleName() + "\n");
        }
    }

    static String summary(Report r) {
        long linted = r.files().size() - r.failedFiles();
        long total = r.count(Severity.ERROR) + r.count(Severity.WARNING) + r.count(Severity.INFO);
        StringBuilder sb = new StringBuilder();
        if (total == 0) {
            sb.append("No findings");
        } else {
            // appended, not String.format: the formatter's first use costs a cold run about 15 ms
            long errors = r.count(Severity.ERROR), warnings = r.count(Severity.WARNING);
            sb.append(total)
                    .append(" finding")
                    .append(plural(total))
                    .append(" (")
                    .append(errors)
                    .append(" error")
                    .append(plural(errors))
                    .append(", ")
                    .append(warnings)
                    .append(" warning")
                    .append(plural(warnings))
                    .append(", ")
                    .append(r.count(Severity.INFO))
                    .append(" info)");
        }
        sb.append(" in ").append(linted).append(" file").append(plural(linted));
        if (r.suppressed() > 0) sb.append("; ").append(r.suppressed()).append(" suppressed");
        if (r.baselined() > 0) sb.append("; ").append(r.baselined()).append(" in the baseline");
        if (r.staleBaseline() > 0) {
            sb.append("; ")
                    .append(r.staleBaseline())
                    .append(" baseline entr")
                    .append(r.staleBaseline() == 1 ? "y" : "ies")
                    .append(" no longer found (fixed? run 'iislint baseline prune')");
        }
        if (r.failedFiles() > 0) {
            sb.append("; ")
                    .append(r.failedFiles())
                    .append(" file")
                    .append(plural(r.failedFiles()))
                    .append(" could not be linted");
        }
        sb.append(r.policy().map(p -> "; policy " + p).orElse("; no policy file"))
                .append('.');
        return sb.toString();
    }

    private static String plural(long n) {
        return n == 1 ? "" : "s";
    }

    private String paint(Severity s) {
        if (!color) return s.label();
        String code = switch (s) {
            case ERROR -> "31";
            case WARNING -> "33";
            case INFO -> "36";
        };
        return "\u001b[" + code + "m" + s.label() + "\u001b[0m";
    }
}
