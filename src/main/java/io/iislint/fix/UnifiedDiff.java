package io.iislint.fix;

import io.iislint.text.Escape;
import java.util.ArrayList;
import java.util.List;

/**
 * A rewrite as a unified diff ({@code ---}/{@code +++} with the path as given, {@code @@} hunks with three lines of
 * context), as {@code diff -u} and {@code git diff} write one. Every line is from a configuration file, so each is
 * shown through {@link Escape} (a tab stays a tab): nothing in it can drive a terminal or forge a CI command. Line
 * endings are not shown: a CRLF file's diff has LF lines, as {@code git diff} shows it. A secret is never shown: the
 * value of a password or connection string attribute is masked (such a line is for reading; the diff will not apply
 * to it).
 */
public final class UnifiedDiff {
    private static final int CONTEXT = 3;

    private UnifiedDiff() {}

    /** The diff of {@code path}'s rewrite; empty when nothing changed. */
    public static String of(String path, Rewriter.Result r) {
        if (r.changes().isEmpty()) return "";
        List<String> old = Rewriter.splitLines(r.before());
        StringBuilder out = new StringBuilder();
        out.append("--- ").append(escapeKeepingTabs(path)).append('\n');
        out.append("+++ ").append(escapeKeepingTabs(path)).append('\n');
        List<Rewriter.Change> changes = r.changes();
        int shift = 0; // new line number minus old line number before the hunk
        int i = 0;
        while (i < changes.size()) {
            int j = i;
            // changes whose context meets make one hunk
            while (j + 1 < changes.size()
                    && changes.get(j + 1).first()
                                    - (changes.get(j).first() + changes.get(j).count())
                            <= 2 * CONTEXT) j++;
            int from = Math.max(0, changes.get(i).first() - CONTEXT);
            Rewriter.Change last = changes.get(j);
            int to = Math.min(old.size(), last.first() + last.count() + CONTEXT);
            List<String> body = new ArrayList<>();
            int oldCount = 0, newCount = 0;
            int line = from;
            int hunkShift = shift;
            for (int k = i; k <= j; k++) {
                Rewriter.Change c = changes.get(k);
                for (; line < c.first(); line++, oldCount++, newCount++) body.add(" " + old.get(line));
                for (int l = 0; l < c.count(); l++, oldCount++) body.add("-" + old.get(c.first() + l));
                for (String s : c.lines()) {
                    body.add("+" + s);
                    newCount++;
                }
                line = c.first() + c.count();
                shift += c.lines().size() - c.count();
            }
            for (; line < to; line++, oldCount++, newCount++) body.add(" " + old.get(line));
            out.append("@@ -")
                    .append(range(from, oldCount))
                    .append(" +")
                    .append(range(from + hunkShift, newCount))
                    .append(" @@\n");
            for (String s : body) out.append(show(s)).append('\n');
            i = j + 1;
        }
        return out.toString();
    }

    /** {@code start,count} with 1-based start; a range of no lines names the line before it. */
    private static String range(int from, int count) {
        return (count == 0 ? from : from + 1) + "," + count;
    }

    /** An attribute that may hold a secret: a password (IIS 7+ and IIS 6 names) or a connection string. */
    private static final java.util.regex.Pattern SECRET = java.util.regex.Pattern.compile(
            "(\\b[\\w:.-]*(?:password|pass|connectionString)\\s*=\\s*)([\"'])(.*?)\\2",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * A line as shown: a secret's value (unless encrypted, {@code [enc:…:enc]}) replaced by {@code (secret, not shown)},
     * so that a diff never prints one; control and bidi characters escaped, tabs kept.
     */
    static String show(String line) {
        java.util.regex.Matcher m = SECRET.matcher(line);
        StringBuilder masked = new StringBuilder();
        while (m.find()) {
            String value = m.group(3);
            String shown = value.isEmpty() || value.startsWith("[enc:") ? value : "(secret, not shown)";
            m.appendReplacement(
                    masked, java.util.regex.Matcher.quoteReplacement(m.group(1) + m.group(2) + shown + m.group(2)));
        }
        m.appendTail(masked);
        return escapeKeepingTabs(masked.toString());
    }

    private static String escapeKeepingTabs(String s) {
        if (s.indexOf('\t') < 0) return Escape.line(s);
        StringBuilder sb = new StringBuilder();
        String[] parts = s.split("\t", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) sb.append('\t');
            sb.append(Escape.line(parts[i]));
        }
        return sb.toString();
    }
}
