package io.iislint.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.iislint.catalog.RuleDocs;
import io.iislint.catalog.RuleInfo;
import io.iislint.finding.FileResult;
import io.iislint.finding.Finding;
import io.iislint.finding.Severity;
import io.iislint.text.Json;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * SARIF 2.1.0 for GitHub code scanning and other SARIF viewers: the full rule list with help text, one result
 * per finding with a path relative to the working directory, its region, a logical location (pool, site,
 * handler…) and a fingerprint built from rule, file and logical path, so alerts survive edits that move lines.
 */
public final class SarifReport implements Reporter {
    public static final String INFORMATION_URI = "https://github.com/iislint/iislint";
    private static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private final Path base;
    private final Optional<Automation> automation;

    /**
     * The run's {@code automationDetails}, written in an Azure Pipelines job only: its id and the properties naming
     * the pipeline that made it, which GitHub Advanced Security for Azure DevOps files the alerts under. Elsewhere the
     * report has none: GitHub's upload action fills in the category the workflow gives it only when the report names
     * none (a category written here would override it).
     */
    public record Automation(String id, Map<String, String> properties) {
        public Automation {
            properties = Collections.unmodifiableMap(new TreeMap<>(properties));
        }
    }

    /** @param base the directory artifact URIs are made relative to (the repository root in CI) */
    public SarifReport(Path base) {
        this(base, Optional.empty());
    }

    public SarifReport(Path base, Optional<Automation> automation) {
        this.base = base.toAbsolutePath().normalize();
        this.automation = automation;
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < report.rules().size(); i++)
            index.put(report.rules().get(i).id(), i);
        try (JsonGenerator g = Json.generator(out)) {
            g.writeStartObject();
            g.writeStringField("$schema", SCHEMA);
            g.writeStringField("version", "2.1.0");
            g.writeArrayFieldStart("runs");
            g.writeStartObject();
            driver(g, report);
            if (automation.isPresent()) automation(g, automation.get());
            invocation(g, report);
            g.writeArrayFieldStart("results");
            for (Finding f : report.findings())
                result(g, f, Objects.requireNonNull(index.get(f.ruleId()), "a finding of a rule that did not run"));
            g.writeEndArray();
            g.writeStringField("columnKind", "utf16CodeUnits");
            g.writeObjectFieldStart("properties");
            g.writeStringField("policyFile", report.policy().orElse(null)); // the .iislint.xml the run used, or null
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static void driver(JsonGenerator g, Report report) throws IOException {
        g.writeObjectFieldStart("tool");
        g.writeObjectFieldStart("driver");
        g.writeStringField("name", "iislint");
        g.writeStringField("fullName", "iislint " + report.toolVersion());
        g.writeStringField("semanticVersion", report.toolVersion());
        g.writeStringField("informationUri", INFORMATION_URI);
        g.writeArrayFieldStart("rules");
        for (RuleInfo r : report.rules()) rule(g, r);
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void rule(JsonGenerator g, RuleInfo r) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", r.id());
        g.writeStringField("name", r.name());
        g.writeStringField("helpUri", RuleDocs.url(r));
        text(g, "shortDescription", r.title());
        text(g, "fullDescription", clip(r.rationale()));
        g.writeObjectFieldStart("help");
        String fix = (r.appcmd().isEmpty() ? "" : "\n\nFix: " + r.appcmd() + "\nPowerShell: " + r.powershell())
                + (r.adsutil().isEmpty() ? "" : (r.appcmd().isEmpty() ? "\n\nFix" : "\n") + " (IIS 6): " + r.adsutil());
        g.writeStringField("text", r.rationale() + fix);
        g.writeStringField("markdown", markdown(r));
        g.writeEndObject();
        g.writeObjectFieldStart("defaultConfiguration");
        g.writeStringField("level", level(r.severity()));
        g.writeEndObject();
        g.writeObjectFieldStart("properties");
        g.writeArrayFieldStart("tags");
        for (String t : r.tags()) g.writeString(t);
        if (!r.tags().contains(r.category())) g.writeString(r.category());
        g.writeEndArray();
        g.writeStringField("precision", "high");
        if (r.isSecurity()) g.writeStringField("security-severity", securitySeverity(r.severity()));
        g.writeEndObject();
        g.writeEndObject();
    }

    private static String markdown(RuleInfo r) {
        StringBuilder md = new StringBuilder();
        md.append("**").append(r.title()).append("**\n\n").append(r.rationale()).append('\n');
        if (!r.appcmd().isEmpty()) {
            md.append("\n**Fix**\n\n```\n")
                    .append(r.appcmd())
                    .append("\n```\n\n```powershell\n")
                    .append(r.powershell())
                    .append("\n```\n");
        }
        if (!r.adsutil().isEmpty())
            md.append("\n**Fix (IIS 6)**\n\n```\n").append(r.adsutil()).append("\n```\n");
        md.append("\n**References**\n\n");
        for (String ref : r.references()) md.append("- ").append(ref).append('\n');
        return md.toString();
    }

    /** The pipeline that made the report, as GitHub Advanced Security for Azure DevOps reads it. */
    private static void automation(JsonGenerator g, Automation a) throws IOException {
        g.writeObjectFieldStart("automationDetails");
        g.writeStringField("id", a.id());
        if (!a.properties().isEmpty()) {
            g.writeObjectFieldStart("properties");
            for (Map.Entry<String, String> p : a.properties().entrySet()) g.writeStringField(p.getKey(), p.getValue());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private void invocation(JsonGenerator g, Report report) throws IOException {
        g.writeArrayFieldStart("invocations");
        g.writeStartObject();
        g.writeBooleanField("executionSuccessful", report.failedFiles() == 0);
        g.writeArrayFieldStart("toolExecutionNotifications");
        for (FileResult f : report.files()) {
            if (f.error().isEmpty()) continue;
            var e = f.error().get();
            g.writeStartObject();
            g.writeStringField("level", "error");
            text(g, "message", e.reason());
            g.writeArrayFieldStart("locations");
            physical(g, e.location().file(), e.location().line(), e.location().column());
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndArray();
    }

    private void result(JsonGenerator g, Finding f, int ruleIndex) throws IOException {
        g.writeStartObject();
        g.writeStringField("ruleId", f.ruleId());
        g.writeNumberField("ruleIndex", ruleIndex);
        g.writeStringField("level", level(f.severity()));
        text(
                g,
                "message",
                f.subject().display() + ": " + f.message()
                        + (f.fix().primary().isEmpty() ? "" : " Fix: " + f.fix().primary()));
        g.writeArrayFieldStart("locations");
        g.writeStartObject();
        writePhysical(g, f.location().file(), f.location().line(), f.location().column());
        g.writeArrayFieldStart("logicalLocations");
        g.writeStartObject();
        g.writeStringField("name", f.subject().name());
        g.writeStringField(
                "fullyQualifiedName",
                f.configPath().isEmpty()
                        ? f.subject().kind() + "/" + f.subject().name()
                        : f.configPath());
        g.writeStringField("kind", "element");
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndArray();
        g.writeObjectFieldStart("partialFingerprints");
        g.writeStringField("iislint/v1", f.fingerprint());
        g.writeEndObject();
        g.writeObjectFieldStart("properties");
        g.writeStringField("subjectKind", f.subject().kind());
        g.writeStringField("subject", f.subject().name());
        g.writeEndObject();
        g.writeEndObject();
    }

    private void physical(JsonGenerator g, String file, int line, int column) throws IOException {
        g.writeStartObject();
        writePhysical(g, file, line, column);
        g.writeEndObject();
    }

    private void writePhysical(JsonGenerator g, String file, int line, int column) throws IOException {
        g.writeObjectFieldStart("physicalLocation");
        g.writeObjectFieldStart("artifactLocation");
        g.writeStringField("uri", uri(file));
        g.writeEndObject();
        g.writeObjectFieldStart("region");
        g.writeNumberField("startLine", line);
        g.writeNumberField("startColumn", column);
        g.writeEndObject();
        g.writeEndObject();
    }

    /**
     * A relative reference from the base directory, one percent-encoded segment per name in the path; a file URI if
     * the file is outside it. Each name is encoded whole, so that ':' cannot make its first segment read as a
     * scheme ("web01:8080/…"), and a backslash in a Linux file name stays part of the name (%5C), not a separator.
     */
    String uri(String file) {
        Path p = Path.of(file).toAbsolutePath().normalize();
        if (!p.startsWith(base) || p.equals(base)) return p.toUri().toASCIIString();
        StringBuilder sb = new StringBuilder();
        for (Path name : base.relativize(p)) {
            if (sb.length() > 0) sb.append('/');
            segment(name.toString(), sb);
        }
        return sb.toString();
    }

    /** RFC 3986: a path segment keeps its unreserved characters and the sub-delimiters; the rest is percent-encoded. */
    private static void segment(String name, StringBuilder sb) {
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || "-._~!$&'()*+,;=@".indexOf(c) >= 0) {
                sb.append(c);
            } else {
                sb.append('%')
                        .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
    }

    private static void text(JsonGenerator g, String field, String text) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeStringField("text", text);
        g.writeEndObject();
    }

    static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** GitHub ranks security alerts by this score: 7 and above is high, 4 to 7 medium, below 4 low. */
    private static String securitySeverity(Severity s) {
        return switch (s) {
            case ERROR -> "8.0";
            case WARNING -> "5.5";
            case INFO -> "3.0";
        };
    }

    /** GitHub truncates descriptions at 1024 characters; cut at a word instead. */
    private static String clip(String s) {
        if (s.length() <= 1024) return s;
        int cut = s.lastIndexOf(' ', 1020);
        return s.substring(0, cut > 0 ? cut : 1020) + " …";
    }
}
