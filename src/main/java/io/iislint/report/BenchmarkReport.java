package io.iislint.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.iislint.catalog.Benchmarks;
import io.iislint.finding.Finding;
import io.iislint.report.BenchmarkView.Outcome;
import io.iislint.report.BenchmarkView.Result;
import io.iislint.text.Escape;
import io.iislint.text.Json;
import io.iislint.text.Markdown;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The benchmark view ({@link BenchmarkView}) written for an auditor's checklist: text, Markdown, JSON or CSV. Every
 * text from an input (a file or site name, a finding's message) goes through {@link Escape#line}, then through the
 * format's own escaping: Markdown's, JSON's, and for CSV quoting and a leading apostrophe before what a spreadsheet
 * would read as a formula.
 */
public enum BenchmarkReport {
    TEXT("text"),
    MARKDOWN("markdown"),
    JSON("json"),
    CSV("csv");

    /** Version of the JSON layout; raised when a field changes meaning or goes away. */
    public static final String SCHEMA_VERSION = "1";

    private final String id;

    BenchmarkReport(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<BenchmarkReport> of(String id) {
        for (BenchmarkReport r : values()) if (r.id.equalsIgnoreCase(id)) return Optional.of(r);
        return Optional.empty();
    }

    public static String names() {
        List<String> names = new ArrayList<>();
        for (BenchmarkReport r : values()) names.add(r.id);
        return String.join(", ", names);
    }

    public void write(BenchmarkView view, List<Benchmarks.Benchmark> shown, Writer out) throws IOException {
        switch (this) {
            case TEXT -> text(view, shown, out);
            case MARKDOWN -> markdown(view, shown, out);
            case JSON -> json(view, shown, out);
            case CSV -> csv(view, shown, out);
        }
    }

    // ---- text

    private static void text(BenchmarkView view, List<Benchmarks.Benchmark> shown, Writer out) throws IOException {
        for (Benchmarks.Benchmark b : shown) {
            List<Result> results = of(view.results(), b);
            out.write(b.title() + " " + b.version() + ": " + summary(results) + "\n\n");
            int width = 0;
            for (Result r : results) width = Math.max(width, id(r.control()).length());
            for (Result r : results) {
                Benchmarks.Control c = r.control();
                out.write(String.format(
                        Locale.ROOT,
                        "%-" + width + "s  %-3s  %-24s  %s\n",
                        id(c),
                        c.rank(),
                        r.outcome().label(),
                        c.title()));
                if (!r.rules().isEmpty() && r.outcome() != Outcome.NOT_APPLICABLE)
                    out.write("    rules: " + String.join(", ", r.rules()) + "\n");
                for (Finding f : r.findings()) out.write("    " + finding(f) + "\n");
                if (!r.why().isEmpty()) out.write("    " + r.why() + "\n");
            }
            out.write("\n");
        }
        if (!view.servers().isEmpty()) out.write("By server and site\n");
        for (BenchmarkView.ServerView s : view.servers()) {
            out.write("  " + Escape.line(s.file()) + "\n");
            for (Benchmarks.Benchmark b : shown) {
                out.write("    " + b.reference() + ": " + summary(of(s.results(), b)) + failing(of(s.results(), b))
                        + "\n");
            }
            for (BenchmarkView.SiteView site : s.sites()) {
                out.write("    site '" + Escape.line(site.name()) + "'\n");
                for (Benchmarks.Benchmark b : shown) {
                    out.write("      " + b.reference() + ": " + summary(of(site.results(), b))
                            + failing(of(site.results(), b)) + "\n");
                }
            }
        }
        for (var f : view.failed()) out.write("not judged: " + Escape.line(f.path()) + " could not be linted\n");
    }

    /** The control's id, and its STIG id when it has one. */
    private static String id(Benchmarks.Control c) {
        return c.stigId().isEmpty() ? c.id() : c.id() + " " + c.stigId();
    }

    /** {@code ; fail: 1.3, 4.9 (server level)} */
    private static String failing(List<Result> results) {
        List<String> ids = new ArrayList<>();
        for (Result r : results) {
            if (r.outcome() == Outcome.FAIL) ids.add(r.control().id() + (r.serverLevel() ? " (server level)" : ""));
        }
        return ids.isEmpty() ? "" : "; fail: " + String.join(", ", ids);
    }

    /** {@code 55 controls: 3 fail, 20 pass, …}, outcomes with none left out. */
    static String summary(List<Result> results) {
        Map<Outcome, Integer> n = BenchmarkView.counts(results);
        List<String> parts = new ArrayList<>();
        for (Outcome o : Outcome.values())
            if (n.getOrDefault(o, 0) > 0) parts.add(n.getOrDefault(o, 0) + " " + o.label());
        return results.size() + " controls: " + String.join(", ", parts);
    }

    private static String finding(Finding f) {
        return Escape.line(f.location().toString()) + ": " + f.ruleId() + " "
                + f.severity().label() + " " + Escape.line(f.subject().display() + ": " + f.message());
    }

    // ---- Markdown

    private static void markdown(BenchmarkView view, List<Benchmarks.Benchmark> shown, Writer out) throws IOException {
        for (Benchmarks.Benchmark b : shown) {
            List<Result> results = of(view.results(), b);
            out.write("## " + md(b.title() + " " + b.version()) + "\n\n" + md(summary(results)) + "\n\n");
            boolean stig = results.stream().allMatch(r -> r.control().level().isEmpty());
            out.write(
                    stig
                            ? "| Control | STIG id | Severity | Result | Title | Rules | Findings, or why |\n|---|---|---|---|---|---|---|\n"
                            : "| Control | Level | Result | Title | Rules | Findings, or why |\n|---|---|---|---|---|---|\n");
            for (Result r : results) {
                Benchmarks.Control c = r.control();
                List<String> detail = new ArrayList<>();
                for (Finding f : r.findings())
                    detail.add(Markdown.text(finding(f))); // finding() escaped it for the line
                if (!r.why().isEmpty()) detail.add(md(r.why()));
                out.write("| " + md(c.id()) + " | " + (stig ? md(c.stigId()) + " | " : "") + md(c.rank()) + " | "
                        + (r.outcome() == Outcome.FAIL
                                ? "**fail**"
                                : md(r.outcome().label())) + " | " + md(c.title())
                        + " | " + md(String.join(", ", r.outcome() == Outcome.NOT_APPLICABLE ? List.of() : r.rules()))
                        + " | " + String.join("<br>", detail) + " |\n");
            }
            out.write("\n");
        }
        if (!view.servers().isEmpty()) {
            out.write("## By server and site\n\n| Server | Site | Benchmark |");
            for (Outcome o : Outcome.values()) out.write(" " + md(o.label()) + " |");
            out.write(" Failing controls |\n|---|---|---|");
            for (int i = 0; i < Outcome.values().length; i++) out.write("---|");
            out.write("---|\n");
            for (BenchmarkView.ServerView s : view.servers()) {
                for (Benchmarks.Benchmark b : shown) rollUpRow(out, s.file(), "", b, of(s.results(), b));
                for (BenchmarkView.SiteView site : s.sites()) {
                    for (Benchmarks.Benchmark b : shown)
                        rollUpRow(out, s.file(), site.name(), b, of(site.results(), b));
                }
            }
            out.write("\n");
        }
        for (var f : view.failed()) out.write("Not judged: " + md(f.path()) + " could not be linted.\n\n");
    }

    private static void rollUpRow(Writer out, String server, String site, Benchmarks.Benchmark b, List<Result> results)
            throws IOException {
        Map<Outcome, Integer> n = BenchmarkView.counts(results);
        out.write("| " + md(server) + " | " + md(site) + " | " + md(b.reference()) + " |");
        for (Outcome o : Outcome.values()) out.write(" " + n.getOrDefault(o, 0) + " |");
        String failing = failing(results);
        out.write(" " + md(failing.isEmpty() ? "" : failing.substring("; fail: ".length())) + " |\n");
    }

    /** One line of Markdown text from anything: escaped for the line, then for Markdown. */
    private static String md(String s) {
        return Markdown.text(Escape.line(s));
    }

    // ---- JSON

    private static void json(BenchmarkView view, List<Benchmarks.Benchmark> shown, Writer out) throws IOException {
        JsonGenerator g = Json.generator(out);
        g.writeStartObject();
        g.writeObjectFieldStart("tool");
        g.writeStringField("name", "iislint");
        g.writeStringField("version", view.report().toolVersion());
        g.writeStringField("schemaVersion", SCHEMA_VERSION);
        g.writeEndObject();
        g.writeArrayFieldStart("benchmarks");
        for (Benchmarks.Benchmark b : shown) {
            List<Result> results = of(view.results(), b);
            g.writeStartObject();
            g.writeStringField("id", b.id());
            g.writeStringField("title", b.title());
            g.writeStringField("version", b.version());
            counts(g, results);
            g.writeArrayFieldStart("controls");
            for (Result r : results) control(g, r);
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("servers");
        for (BenchmarkView.ServerView s : view.servers()) {
            g.writeStartObject();
            g.writeStringField("file", s.file());
            rollUp(g, shown, s.results());
            g.writeArrayFieldStart("sites");
            for (BenchmarkView.SiteView site : s.sites()) {
                g.writeStartObject();
                g.writeStringField("name", site.name());
                rollUp(g, shown, site.results());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("notLinted");
        for (var f : view.failed()) g.writeString(f.path());
        g.writeEndArray();
        g.writeNumberField("exitCode", view.exitCode());
        g.writeEndObject();
        g.flush();
        out.write("\n");
    }

    private static void control(JsonGenerator g, Result r) throws IOException {
        Benchmarks.Control c = r.control();
        g.writeStartObject();
        g.writeStringField("id", c.id());
        if (!c.stigId().isEmpty()) g.writeStringField("stigId", c.stigId());
        if (!c.level().isEmpty()) g.writeStringField("level", c.level());
        if (!c.severity().isEmpty()) g.writeStringField("severity", c.severity());
        g.writeStringField("title", c.title());
        g.writeStringField("result", r.outcome().label());
        if (!r.why().isEmpty()) g.writeStringField("why", r.why());
        g.writeArrayFieldStart("rules");
        for (String rule : r.rules()) g.writeString(rule);
        g.writeEndArray();
        g.writeArrayFieldStart("findings");
        for (Finding f : r.findings()) {
            g.writeStartObject();
            g.writeStringField("rule", f.ruleId());
            g.writeStringField("severity", f.severity().label());
            g.writeStringField("file", f.location().file());
            g.writeNumberField("line", f.location().line());
            g.writeNumberField("column", f.location().column());
            g.writeStringField("subject", f.subject().display());
            g.writeStringField("message", f.message());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void rollUp(JsonGenerator g, List<Benchmarks.Benchmark> shown, List<Result> results)
            throws IOException {
        g.writeArrayFieldStart("benchmarks");
        for (Benchmarks.Benchmark b : shown) {
            List<Result> of = of(results, b);
            g.writeStartObject();
            g.writeStringField("id", b.id());
            counts(g, of);
            g.writeArrayFieldStart("fail");
            for (Result r : of)
                if (r.outcome() == Outcome.FAIL && !r.serverLevel())
                    g.writeString(r.control().id());
            g.writeEndArray();
            if (of.stream().anyMatch(Result::serverLevel)) {
                g.writeArrayFieldStart("failAtServerLevel");
                for (Result r : of)
                    if (r.serverLevel()) g.writeString(r.control().id());
                g.writeEndArray();
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void counts(JsonGenerator g, List<Result> results) throws IOException {
        Map<Outcome, Integer> n = BenchmarkView.counts(results);
        g.writeObjectFieldStart("counts");
        g.writeNumberField("controls", results.size());
        for (Outcome o : Outcome.values()) g.writeNumberField(o.label(), n.getOrDefault(o, 0));
        g.writeEndObject();
    }

    // ---- CSV

    private static final List<String> CSV_HEADER = List.of(
            "benchmark",
            "control",
            "stig_id",
            "level_or_severity",
            "title",
            "scope",
            "server",
            "site",
            "result",
            "rules",
            "findings",
            "why");

    /**
     * RFC 4180, a row per control and scope: the whole run, then each server and each of its sites; CRLF line ends,
     * every cell quoted. A finding per line inside its cell.
     */
    private static void csv(BenchmarkView view, List<Benchmarks.Benchmark> shown, Writer out) throws IOException {
        row(out, CSV_HEADER);
        for (Benchmarks.Benchmark b : shown) {
            for (Result r : of(view.results(), b)) csvRow(out, r, "all", "", "");
            for (BenchmarkView.ServerView s : view.servers()) {
                for (Result r : of(s.results(), b)) csvRow(out, r, "server", s.file(), "");
                for (BenchmarkView.SiteView site : s.sites()) {
                    for (Result r : of(site.results(), b)) csvRow(out, r, "site", s.file(), site.name());
                }
            }
        }
    }

    private static void csvRow(Writer out, Result r, String scope, String server, String site) throws IOException {
        Benchmarks.Control c = r.control();
        List<String> findings = new ArrayList<>();
        for (Finding f : r.findings()) findings.add(finding(f));
        row(
                out,
                List.of(
                        r.benchmark().id(),
                        c.id(),
                        c.stigId(),
                        c.rank(),
                        c.title(),
                        scope,
                        Escape.line(server),
                        Escape.line(site),
                        r.outcome().label() + (r.serverLevel() ? " (server level)" : ""),
                        String.join(" ", r.outcome() == Outcome.NOT_APPLICABLE ? List.of() : r.rules()),
                        String.join("\n", findings),
                        r.why()));
    }

    private static void row(Writer out, List<String> cells) throws IOException {
        List<String> quoted = new ArrayList<>();
        for (String c : cells) quoted.add(csvCell(c));
        out.write(String.join(",", quoted) + "\r\n");
    }

    /**
     * One quoted cell. A spreadsheet runs a cell that starts with {@code = + - @}, a tab or a carriage return as a
     * formula ({@code =cmd|' /c calc'!A1}, a site name from the file): such a cell starts with an apostrophe, which
     * shows it as text.
     */
    static String csvCell(String s) {
        boolean formula = !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0;
        return "\"" + (formula ? "'" : "") + s.replace("\"", "\"\"") + "\"";
    }

    private static List<Result> of(List<Result> results, Benchmarks.Benchmark b) {
        return results.stream().filter(r -> r.benchmark().id().equals(b.id())).toList();
    }
}
