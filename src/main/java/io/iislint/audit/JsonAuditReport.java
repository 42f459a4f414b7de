package io.iislint.audit;

import static io.iislint.audit.AuditParts.fastCgi;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.iislint.model.FastCgiApplication;
import io.iislint.model.Iis6;
import io.iislint.model.Inventory;
import io.iislint.model.Site;
import io.iislint.source.Location;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The audit for tools: everything, every check with its result (passes too) and the lines it rests on. */
public final class JsonAuditReport implements AuditReporter {

    @Override
    public void write(List<Audit.Report> reports, List<String> errors, Writer out) throws IOException {
        JsonGenerator g = new JsonFactory().createGenerator(out);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.setCharacterEscapes(io.iislint.text.JsonEscapes.INSTANCE);
        g.useDefaultPrettyPrinter();
        g.writeStartObject();
        g.writeArrayFieldStart("files");
        for (Audit.Report r : reports) {
            g.writeStartObject();
            g.writeStringField("file", r.file());
            g.writeStringField("kind", r.kind());
            server(g, r.server());
            strings(g, "frameworks", r.frameworks());
            g.writeArrayFieldStart("sites");
            for (Audit.SiteAudit s : r.sites()) {
                g.writeStartObject();
                g.writeStringField("name", s.site().name());
                g.writeStringField("id", s.site().id());
                g.writeArrayFieldStart("bindings");
                for (Site.Binding b : s.site().bindings()) {
                    g.writeStartObject();
                    g.writeStringField("protocol", b.protocol());
                    g.writeStringField("bindingInformation", b.bindingInformation());
                    Optional<String> certificate = AuditParts.certificate(s.site(), b);
                    if (certificate.isPresent()) g.writeStringField("certificate", certificate.get());
                    g.writeStringField("at", b.location().fileAndLine());
                    g.writeEndObject();
                }
                g.writeEndArray();
                strings(g, "pools", s.pools());
                strings(g, "frameworks", s.frameworks());
                g.writeArrayFieldStart("applications");
                for (Site.Application a : s.site().applications()) {
                    g.writeStartObject();
                    g.writeStringField("path", a.path());
                    g.writeStringField("pool", a.applicationPool().display());
                    g.writeArrayFieldStart("virtualDirectories");
                    for (Site.VirtualDirectory v : a.virtualDirectories()) {
                        g.writeStartObject();
                        g.writeStringField("path", v.path());
                        g.writeStringField("physicalPath", v.physicalPath());
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeArrayFieldStart("readiness");
                for (Audit.Readiness rd : s.readiness()) {
                    g.writeStartObject();
                    g.writeStringField("target", rd.target());
                    g.writeStringField("verdict", rd.verdict().name());
                    g.writeArrayFieldStart("checks");
                    for (Audit.Check c : rd.checks()) {
                        g.writeStartObject();
                        g.writeStringField("id", c.id());
                        g.writeStringField("result", c.result().name().toLowerCase(Locale.ROOT));
                        g.writeStringField("detail", c.detail());
                        g.writeArrayFieldStart("evidence");
                        for (Location l : c.evidence()) g.writeString(l.fileAndLine());
                        g.writeEndArray();
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("pools");
            for (Audit.PoolInfo p : r.pools()) {
                g.writeStartObject();
                g.writeStringField("name", p.name());
                g.writeStringField("identity", p.identity());
                g.writeStringField("bitness", p.bitness());
                g.writeStringField("pipeline", p.pipeline());
                g.writeStringField("clr", p.clr());
                strings(g, "sites", p.sites());
                g.writeEndObject();
            }
            g.writeEndArray();
            components(g, "isapiFilters", r.isapiFilters());
            components(g, "globalModules", r.globalModules());
            components(g, "connectionStrings", r.connectionStrings());
            g.writeArrayFieldStart("fastCgi");
            for (FastCgiApplication f : r.fastCgi()) g.writeString(fastCgi(f));
            g.writeEndArray();
            g.writeArrayFieldStart("fcgiextSettings");
            for (Iis6.FcgiextSetting f : r.fcgiextSettings()) {
                g.writeStartObject();
                g.writeStringField("section", f.section());
                g.writeStringField("key", f.key());
                g.writeStringField("value", f.value());
                g.writeStringField(
                        "migration", f.migration() == Iis6.Migration.DROPPED ? "dropped" : "needs-fastcgi-1.5");
                g.writeStringField("at", f.location().fileAndLine());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        strings(g, "errors", errors);
        g.writeEndObject();
        g.flush();
        out.write("\n");
        out.flush();
    }

    /**
     * For an applicationHost.config or a metabase: {@code iisVersion} as the check report gives it ({@code release}
     * null when nothing decided it) and the server's files that were read; null for the other files.
     */
    private static void server(JsonGenerator g, java.util.Optional<Audit.Server> server) throws IOException {
        if (server.isEmpty()) {
            g.writeNullField("server");
            return;
        }
        g.writeObjectFieldStart("server");
        g.writeObjectFieldStart("iisVersion");
        g.writeStringField("release", server.get().iisVersion().release().orElse(null));
        g.writeStringField("decidedBy", server.get().iisVersion().decidedBy());
        g.writeEndObject();
        g.writeArrayFieldStart("files");
        for (Audit.ServerFile f : server.get().files()) {
            g.writeStartObject();
            g.writeStringField("file", f.file());
            g.writeStringField("kind", f.kind());
            g.writeStringField("site", f.site().isEmpty() ? null : f.site());
            g.writeStringField("configPath", f.configPath().isEmpty() ? null : f.configPath());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) g.writeString(v);
        g.writeEndArray();
    }

    private static void components(JsonGenerator g, String name, List<Inventory.Component> items) throws IOException {
        g.writeArrayFieldStart(name);
        for (Inventory.Component c : items) {
            g.writeStartObject();
            g.writeStringField("name", c.name());
            g.writeStringField("path", c.path());
            g.writeStringField("scope", c.scope());
            g.writeStringField("at", c.location().fileAndLine());
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
