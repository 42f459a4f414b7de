package io.iislint.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.iislint.finding.FileResult;
import io.iislint.finding.Finding;
import io.iislint.finding.Severity;
import io.iislint.model.IisVersion;
import io.iislint.model.Origin;
import io.iislint.source.Location;
import io.iislint.text.Json;
import java.io.IOException;
import java.io.Writer;

/**
 * The machine format, documented in README.md. Keys always appear, in a fixed order ({@code null} when a
 * finding has no value or origin); output is byte-identical from run to run and ends with a newline.
 */
public final class JsonReport implements Reporter {
    public static final String SCHEMA_VERSION = "1";

    @Override
    public void write(Report report, Writer out) throws IOException {
        try (JsonGenerator g = Json.generator(out)) {
            g.writeStartObject();
            g.writeObjectFieldStart("tool");
            g.writeStringField("name", "iislint");
            g.writeStringField("version", report.toolVersion());
            g.writeStringField("schemaVersion", SCHEMA_VERSION);
            g.writeEndObject();
            g.writeArrayFieldStart("files");
            for (FileResult f : report.files()) file(g, f);
            g.writeEndArray();
            g.writeArrayFieldStart("findings");
            for (Finding f : report.findings()) finding(g, f);
            g.writeEndArray();
            summary(g, report);
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static void file(JsonGenerator g, FileResult f) throws IOException {
        g.writeStartObject();
        g.writeStringField("path", f.path());
        g.writeStringField("kind", f.kind().map(k -> k.label()).orElse(null));
        g.writeNumberField("findings", f.findings().size());
        if (f.iisVersion().isPresent()) {
            // an applicationHost.config's version: the defaults its findings judge by, and what decided it
            IisVersion v = f.iisVersion().get();
            g.writeObjectFieldStart("iisVersion");
            g.writeStringField(
                    "release",
                    v.release() == IisVersion.Release.UNKNOWN
                            ? null
                            : v.release().label());
            g.writeStringField("decidedBy", v.decidedBy());
            g.writeEndObject();
        }
        if (f.error().isPresent()) {
            g.writeObjectFieldStart("error");
            Location l = f.error().get().location();
            g.writeNumberField("line", l.line());
            g.writeNumberField("column", l.column());
            g.writeStringField("message", f.error().get().reason());
            g.writeEndObject();
        } else {
            g.writeNullField("error");
        }
        g.writeEndObject();
    }

    private static void finding(JsonGenerator g, Finding f) throws IOException {
        g.writeStartObject();
        g.writeStringField("ruleId", f.ruleId());
        g.writeStringField("ruleName", f.ruleName());
        g.writeStringField("severity", f.severity().label());
        g.writeStringField("category", f.category());
        g.writeStringField("message", f.message());
        g.writeStringField("file", f.location().file());
        g.writeNumberField("line", f.location().line());
        g.writeNumberField("column", f.location().column());
        g.writeObjectFieldStart("subject");
        g.writeStringField("kind", f.subject().kind());
        g.writeStringField("name", f.subject().name());
        g.writeEndObject();
        g.writeStringField("configPath", f.configPath());
        g.writeStringField("value", f.value().orElse(null));
        if (f.origin().isPresent()) {
            origin(g, f.origin().get());
        } else {
            g.writeNullField("origin");
        }
        g.writeObjectFieldStart("fix");
        g.writeStringField("appcmd", f.fix().appcmd().isEmpty() ? null : f.fix().appcmd());
        g.writeStringField(
                "powershell", f.fix().powershell().isEmpty() ? null : f.fix().powershell());
        if (!f.fix().adsutil().isEmpty()) g.writeStringField("adsutil", f.fix().adsutil());
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void origin(JsonGenerator g, Origin o) throws IOException {
        g.writeObjectFieldStart("origin");
        g.writeStringField("kind", o.kind());
        g.writeStringField("from", o instanceof Origin.Inherited i ? i.from() : null);
        Location l = o.location().orElse(null);
        g.writeStringField("file", l == null ? null : l.file());
        if (l == null) {
            g.writeNullField("line");
            g.writeNullField("column");
        } else {
            g.writeNumberField("line", l.line());
            g.writeNumberField("column", l.column());
        }
        g.writeEndObject();
    }

    private static void summary(JsonGenerator g, Report r) throws IOException {
        g.writeObjectFieldStart("summary");
        g.writeNumberField("filesLinted", r.files().size() - r.failedFiles());
        g.writeNumberField("filesFailed", r.failedFiles());
        g.writeNumberField("findings", r.count(Severity.ERROR) + r.count(Severity.WARNING) + r.count(Severity.INFO));
        g.writeNumberField("error", r.count(Severity.ERROR));
        g.writeNumberField("warning", r.count(Severity.WARNING));
        g.writeNumberField("info", r.count(Severity.INFO));
        g.writeNumberField("suppressed", r.suppressed());
        g.writeNumberField("baselined", r.baselined());
        g.writeNumberField("staleBaseline", r.staleBaseline());
        g.writeStringField("failOn", r.failOn().label());
        g.writeNumberField("exitCode", r.exitCode());
        g.writeStringField("policy", r.policy().orElse(null));
        g.writeEndObject();
    }
}
