package io.iislint.audit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.iislint.model.FastCgiApplication;
import io.iislint.model.Iis6;
import io.iislint.model.Inventory;
import io.iislint.model.Site;
import io.iislint.text.Escape;
import io.iislint.source.Location;
import java.io.IOException;
import java.io.Writer;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes audit reports as text (a terminal), JSON (tools) or Markdown (a migration ticket). */
public final class AuditReport {
    private AuditReport() {}

    public static void write(String format, List<Audit.Report> reports, List<String> errors, Writer out) throws IOException {
        switch (format) {
            case "json" -> json(reports, errors, out);
            case "markdown" -> markdown(reports, errors, out);
            default -> text(reports, errors, out);
        }
        out.flush();
    }

    private static String at(List<Location> evidence) {
        if (evidence.isEmpty()) return "";
        StringBuilder sb = new StringBuilder();
        for (Location l : evidence.subList(0, Math.min(evidence.size(), 5))) {
            if (sb.length() > 0) sb.append(", ");
            sb.append(l.fileAndLine());
        }
        if (evidence.size() > 5) sb.append(", … (").append(evidence.size() - 5).append(" more)");
        return sb.toString();
    }

    private static String bindings(Site s) {
        StringBuilder sb = new StringBuilder();
        for (Site.Binding b : s.bindings()) {
            if (sb.length() > 0) sb.append(", ");
            sb.append(b.display()).append(b.protocol().equalsIgnoreCase("https") ? " (certificate)" : "");
        }
        return sb.length() == 0 ? "none" : sb.toString();
    }

    private static String fastCgi(FastCgiApplication f) {
        return f.scriptProcessorKey();
    }

    // ---- text ----

    private static void text(List<Audit.Report> reports, List<String> errors, Writer out) throws IOException {
        for (Audit.Report r : reports) {
            line(out, "Audit of " + r.file() + " (" + r.kind() + ")");
            line(out, "");
            if (r.sites().isEmpty()) {
                line(out, "Sites: none in this file");
                if (!r.frameworks().isEmpty()) line(out, "Frameworks: " + String.join(", ", r.frameworks()));
            } else {
                line(out, "Sites");
            }
            for (Audit.SiteAudit s : r.sites()) {
                line(out, "  " + s.site().name() + " (id " + s.site().id() + "): " + bindings(s.site()));
                line(out, "    pools: " + String.join(", ", s.pools()) + "; frameworks: " + (s.frameworks().isEmpty() ? "none" : String.join(", ", s.frameworks())));
                for (Site.Application a : s.site().applications()) {
                    line(out, "    app " + a.path() + " -> pool " + a.applicationPool().value());
                    for (Site.VirtualDirectory v : a.virtualDirectories()) {
                        line(out, "      vdir " + v.path() + " -> " + v.physicalPath() + (v.physicalPath().startsWith("\\\\") ? " (UNC)" : ""));
                    }
                }
                for (Audit.Readiness rd : s.readiness()) {
                    line(out, "    " + rd.target() + ": " + rd.verdict());
                    for (Audit.Check c : rd.checks()) {
                        if (c.result() == Audit.Result.PASS) continue;
                        line(out, "      " + c.result().name().toLowerCase(Locale.ROOT) + " " + c.id() + ": " + c.detail()
                                + (c.evidence().isEmpty() ? "" : " [" + at(c.evidence()) + "]"));
                    }
                }
            }
            if (!r.pools().isEmpty()) line(out, "Application pools");
            for (Audit.PoolInfo p : r.pools()) {
                line(out, "  " + p.name() + ": identity " + p.identity() + ", " + p.bitness() + ", pipeline " + p.pipeline() + ", CLR " + p.clr()
                        + "; sites: " + (p.sites().isEmpty() ? "none" : String.join(", ", p.sites())));
            }
            list(out, "ISAPI filters", r.isapiFilters());
            list(out, "Global modules", r.globalModules());
            list(out, "Connection strings", r.connectionStrings());
            if (!r.fastCgi().isEmpty()) line(out, "FastCGI applications");
            for (FastCgiApplication f : r.fastCgi()) line(out, "  " + fastCgi(f) + " [" + f.location().fileAndLine() + "]");
            if (!r.fcgiextSettings().isEmpty()) line(out, "fcgiext.ini settings that do not carry over");
            for (Iis6.FcgiextSetting f : r.fcgiextSettings()) {
                line(out, "  [" + f.section() + "] " + f.key() + "=" + f.value() + ": " + (f.migration() == Iis6.Migration.DROPPED
                        ? "dropped" : "needs FastCGI 1.5") + " [" + f.location().fileAndLine() + "]");
            }
            line(out, "");
        }
        String summary = summary(reports);
        if (!summary.isEmpty()) line(out, summary);
        // errors go to standard error, one line each, as for check
    }

    /** One line of the text report: what came from an input is shown escaped, so it stays one line. */
    private static void line(Writer out, String text) throws IOException {
        out.write(Escape.line(text));
        out.write('\n');
    }

    /** "Azure App Service: 1 Ready, 3 NotReady; IIS 10: 4 NotReady" over every audited site, targets in first-seen order. */
    static String summary(List<Audit.Report> reports) {
        Map<String, EnumMap<Audit.Verdict, Integer>> counts = new LinkedHashMap<>();
        int sites = 0;
        for (Audit.Report r : reports) {
            for (Audit.SiteAudit s : r.sites()) {
                sites++;
                for (Audit.Readiness rd : s.readiness()) {
                    counts.computeIfAbsent(rd.target(), k -> new EnumMap<>(Audit.Verdict.class)).merge(rd.verdict(), 1, Integer::sum);
                }
            }
        }
        if (sites == 0) return "";
        StringBuilder sb = new StringBuilder(sites + (sites == 1 ? " site" : " sites") + " audited. ");
        String sep = "";
        for (var e : counts.entrySet()) {
            sb.append(sep).append(e.getKey()).append(": ");
            String comma = "";
            for (var v : e.getValue().entrySet()) {
                sb.append(comma).append(v.getValue()).append(' ').append(v.getKey());
                comma = ", ";
            }
            sep = "; ";
        }
        return sb.append('.').toString();
    }

    private static void list(Writer out, String title, List<Inventory.Component> items) throws IOException {
        if (items.isEmpty()) return;
        line(out, title);
        for (Inventory.Component c : items) {
            line(out, "  " + c.name() + (c.path().isEmpty() ? "" : " (" + c.path() + ")") + (c.scope().isEmpty() ? "" : " at " + c.scope())
                    + " [" + c.location().fileAndLine() + "]");
        }
    }

    // ---- markdown ----

    /** Text from an input in Markdown: on one line (shown escaped), and read as nothing but text. */
    private static String md(String s) {
        return markup(Escape.line(s));
    }

    /**
     * Backslash-escapes what Markdown (CommonMark and GitHub's tables) could read as markup inside a line: emphasis,
     * table cells, code spans, links and images, HTML (a comment would hide the rest of the ticket), entity
     * references (which can spell any character) and strike-through. A line's start is always ours, so headings,
     * lists and quotes cannot begin here.
     */
    private static String markup(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("\\|*_`[]<>&~".indexOf(c) >= 0) sb.append('\\');
            sb.append(c);
        }
        return sb.toString();
    }

    /**
     * Text from an input as a Markdown code span: backslashes mean nothing inside one, so it is fenced with more
     * backticks than the text holds in a row, and padded when it starts or ends with one.
     */
    private static String code(String s) {
        String t = Escape.line(s);
        int longest = 0;
        int run = 0;
        for (int i = 0; i < t.length(); i++) {
            run = t.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        boolean pad = t.startsWith("`") || t.endsWith("`") || (t.length() > 1 && t.startsWith(" ") && t.endsWith(" ") && !t.isBlank());
        return fence + (pad ? " " + t + " " : t) + fence;
    }

    private static void markdown(List<Audit.Report> reports, List<String> errors, Writer out) throws IOException {
        out.write("# IIS migration audit\n\n");
        String summary = summary(reports);
        if (!summary.isEmpty()) out.write(summary + "\n\n");
        for (Audit.Report r : reports) {
            out.write("## " + md(r.file()) + " (" + r.kind() + ")\n\n");
            if (r.sites().isEmpty()) {
                out.write("No sites in this file." + (r.frameworks().isEmpty() ? "" : " Frameworks: " + md(String.join(", ", r.frameworks())) + ".") + "\n\n");
            } else {
                out.write("| Site | Bindings | Pools | Frameworks |" + readinessHeader(r) + "\n");
                out.write("|---|---|---|---|" + "---|".repeat(r.sites().get(0).readiness().size()) + "\n");
                for (Audit.SiteAudit s : r.sites()) {
                    out.write("| " + md(s.site().name()) + " | " + md(bindings(s.site())) + " | " + md(String.join(", ", s.pools())) + " | "
                            + md(String.join(", ", s.frameworks())) + " |");
                    for (Audit.Readiness rd : s.readiness()) out.write(" " + rd.verdict() + " |");
                    out.write("\n");
                }
                out.write("\n");
                for (Audit.SiteAudit s : r.sites()) {
                    for (Audit.Readiness rd : s.readiness()) {
                        List<Audit.Check> open = rd.checks().stream().filter(c -> c.result() != Audit.Result.PASS).toList();
                        if (open.isEmpty()) continue;
                        out.write("### " + md(s.site().name()) + ": " + rd.target() + " (" + rd.verdict() + ")\n\n");
                        for (Audit.Check c : open) {
                            out.write("- **" + c.result().name().toLowerCase(Locale.ROOT) + "** `" + c.id() + "`: " + md(c.detail())
                                    + (c.evidence().isEmpty() ? "" : " (" + md(at(c.evidence())) + ")") + "\n");
                        }
                        out.write("\n");
                    }
                }
            }
            if (!r.pools().isEmpty()) {
                out.write("### Application pools\n\n| Pool | Identity | Bitness | Pipeline | CLR | Sites |\n|---|---|---|---|---|---|\n");
                for (Audit.PoolInfo p : r.pools()) {
                    out.write("| " + md(p.name()) + " | " + md(p.identity()) + " | " + p.bitness() + " | " + md(p.pipeline()) + " | " + md(p.clr())
                            + " | " + (p.sites().isEmpty() ? "none" : md(String.join(", ", p.sites()))) + " |\n");
                }
                out.write("\n");
            }
            mdList(out, "ISAPI filters", r.isapiFilters());
            mdList(out, "Global modules", r.globalModules());
            mdList(out, "Connection strings", r.connectionStrings());
            if (!r.fastCgi().isEmpty()) {
                out.write("### FastCGI applications\n\n");
                for (FastCgiApplication f : r.fastCgi()) out.write("- " + code(fastCgi(f)) + " (" + md(f.location().fileAndLine()) + ")\n");
                out.write("\n");
            }
            if (!r.fcgiextSettings().isEmpty()) {
                out.write("### fcgiext.ini settings that do not carry over\n\n");
                for (Iis6.FcgiextSetting f : r.fcgiextSettings()) {
                    out.write("- " + code("[" + f.section() + "] " + f.key() + "=" + f.value()) + ": " + (f.migration() == Iis6.Migration.DROPPED
                            ? "dropped on IIS 7+" : "carried over only from FastCGI 1.5") + " (" + md(f.location().fileAndLine()) + ")\n");
                }
                out.write("\n");
            }
        }
        if (!errors.isEmpty()) {
            out.write("## Files that could not be audited\n\n");
            for (String e : errors) out.write("- " + markup(e) + "\n"); // already one escaped line, as standard error shows it
        }
    }

    private static String readinessHeader(Audit.Report r) {
        StringBuilder sb = new StringBuilder();
        for (Audit.Readiness rd : r.sites().get(0).readiness()) sb.append(' ').append(rd.target()).append(" |");
        return sb.toString();
    }

    private static void mdList(Writer out, String title, List<Inventory.Component> items) throws IOException {
        if (items.isEmpty()) return;
        out.write("### " + title + "\n\n");
        for (Inventory.Component c : items) {
            out.write("- " + md(c.name()) + (c.path().isEmpty() ? "" : " (" + code(c.path()) + ")") + (c.scope().isEmpty() ? "" : " at " + md(c.scope()))
                    + " (" + md(c.location().fileAndLine()) + ")\n");
        }
        out.write("\n");
    }

    // ---- json ----

    private static void json(List<Audit.Report> reports, List<String> errors, Writer out) throws IOException {
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
                    g.writeStringField("pool", a.applicationPool().value());
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
                g.writeStringField("migration", f.migration() == Iis6.Migration.DROPPED ? "dropped" : "needs-fastcgi-1.5");
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
