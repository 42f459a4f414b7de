package io.iislint.audit;

import static io.iislint.audit.AuditParts.at;
import static io.iislint.audit.AuditParts.bindings;
import static io.iislint.audit.AuditParts.fastCgi;
import static io.iislint.audit.AuditParts.summary;

import io.iislint.model.FastCgiApplication;
import io.iislint.model.Iis6;
import io.iislint.model.Inventory;
import io.iislint.model.Site;
import io.iislint.text.Escape;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/** The audit for a terminal: one site after another, its open checks, then the server's inventory and a summary. */
public final class TextAuditReport implements AuditReporter {

    @Override
    public void write(List<Audit.Report> reports, List<String> errors, Writer out) throws IOException {
        for (Audit.Report r : reports) {
            line(out, "Audit of " + r.file() + " (" + r.kind() + ")");
            line(out, "");
            if (r.server().isPresent()) server(out, r.server().get());
            if (r.sites().isEmpty()) {
                line(out, "Sites: none in this file");
                if (!r.frameworks().isEmpty()) line(out, "Frameworks: " + String.join(", ", r.frameworks()));
            } else {
                line(out, "Sites");
            }
            for (Audit.SiteAudit s : r.sites()) {
                line(out, "  " + s.site().name() + " (id " + s.site().id() + "): " + bindings(s.site()));
                line(
                        out,
                        "    pools: " + s.poolsShown() + "; frameworks: "
                                + (s.frameworks().isEmpty() ? "none" : String.join(", ", s.frameworks())));
                for (Site.Application a : s.site().applications()) {
                    line(
                            out,
                            "    app " + a.path() + " -> pool "
                                    + a.applicationPool().display());
                    for (Site.VirtualDirectory v : a.virtualDirectories()) {
                        line(
                                out,
                                "      vdir " + v.path() + " -> " + v.physicalPath()
                                        + (v.physicalPath().startsWith("\\\\") ? " (UNC)" : ""));
                    }
                }
                for (Audit.Readiness rd : s.readiness()) {
                    line(out, "    " + rd.target() + ": " + rd.verdict());
                    for (Audit.Check c : rd.checks()) {
                        if (c.result() == Audit.Result.PASS) continue;
                        line(
                                out,
                                "      " + c.result().name().toLowerCase(Locale.ROOT) + " " + c.id() + ": " + c.detail()
                                        + (c.evidence().isEmpty() ? "" : " [" + at(c.evidence()) + "]"));
                    }
                }
            }
            if (!r.pools().isEmpty()) line(out, "Application pools");
            for (Audit.PoolInfo p : r.pools()) {
                line(
                        out,
                        "  " + p.name() + ": identity " + p.identity() + ", " + p.bitness() + ", pipeline "
                                + p.pipeline() + ", CLR " + p.clr() + "; sites: "
                                + (p.sites().isEmpty() ? "none" : String.join(", ", p.sites())));
            }
            list(out, "ISAPI filters", r.isapiFilters());
            list(out, "Global modules", r.globalModules());
            list(out, "Connection strings", r.connectionStrings());
            if (!r.fastCgi().isEmpty()) line(out, "FastCGI applications");
            for (FastCgiApplication f : r.fastCgi())
                line(out, "  " + fastCgi(f) + " [" + f.location().fileAndLine() + "]");
            if (!r.fcgiextSettings().isEmpty()) line(out, "fcgiext.ini settings that do not carry over");
            for (Iis6.FcgiextSetting f : r.fcgiextSettings()) {
                line(
                        out,
                        "  [" + f.section() + "] " + f.key() + "=" + f.value() + ": "
                                + (f.migration() == Iis6.Migration.DROPPED ? "dropped" : "needs FastCGI 1.5") + " ["
                                + f.location().fileAndLine() + "]");
            }
            line(out, "");
        }
        String summary = summary(reports);
        if (!summary.isEmpty()) line(out, summary);
        // errors go to standard error, one line each, as for check
        out.flush();
    }

    /** The server's IIS version and what decided it, then the files of its configuration that were read. */
    private static void server(Writer out, Audit.Server server) throws IOException {
        line(out, "IIS version: " + server.iisVersion().display());
        line(out, "Server files (" + server.files().size() + " read)");
        for (Audit.ServerFile f : server.files()) {
            String place = f.placeShown();
            line(out, "  " + f.kind() + ": " + f.file() + (place.isEmpty() ? "" : " -> " + place));
        }
    }

    /** One line of the text report: what came from an input is shown escaped, so it stays one line. */
    private static void line(Writer out, String text) throws IOException {
        out.write(Escape.line(text));
        out.write('\n');
    }

    private static void list(Writer out, String title, List<Inventory.Component> items) throws IOException {
        if (items.isEmpty()) return;
        line(out, title);
        for (Inventory.Component c : items) {
            line(
                    out,
                    "  " + c.name() + (c.path().isEmpty() ? "" : " (" + c.path() + ")")
                            + (c.scope().isEmpty() ? "" : " at " + c.scope()) + " ["
                            + c.location().fileAndLine() + "]");
        }
    }
}
