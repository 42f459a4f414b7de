package io.iislint.audit;

import static io.iislint.audit.AuditParts.at;
import static io.iislint.audit.AuditParts.bindings;
import static io.iislint.audit.AuditParts.fastCgi;
import static io.iislint.audit.AuditParts.summary;

import io.iislint.model.FastCgiApplication;
import io.iislint.model.Iis6;
import io.iislint.model.Inventory;
import io.iislint.text.Escape;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/** The audit for a migration ticket: a table of sites and verdicts, each site's open checks, the inventory. */
public final class MarkdownAuditReport implements AuditReporter {

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
        boolean pad = t.startsWith("`")
                || t.endsWith("`")
                || (t.length() > 1 && t.startsWith(" ") && t.endsWith(" ") && !t.isBlank());
        return fence + (pad ? " " + t + " " : t) + fence;
    }

    /** The server's IIS version and what decided it, then a table of the files of its configuration that were read. */
    private static void server(Writer out, Audit.Server server) throws IOException {
        out.write("IIS version: " + md(server.iisVersion().display()) + "\n\n");
        out.write("| Server file | Kind | Counts at |\n|---|---|---|\n");
        for (Audit.ServerFile f : server.files()) {
            out.write("| " + code(f.file()) + " | " + md(f.kind()) + " | " + md(f.placeShown()) + " |\n");
        }
        out.write("\n");
    }

    @Override
    public void write(List<Audit.Report> reports, List<String> errors, Writer out) throws IOException {
        out.write("# IIS migration audit\n\n");
        String summary = summary(reports);
        if (!summary.isEmpty()) out.write(summary + "\n\n");
        for (Audit.Report r : reports) {
            out.write("## " + md(r.file()) + " (" + r.kind() + ")\n\n");
            if (r.server().isPresent()) server(out, r.server().get());
            if (r.sites().isEmpty()) {
                out.write("No sites in this file."
                        + (r.frameworks().isEmpty()
                                ? ""
                                : " Frameworks: " + md(String.join(", ", r.frameworks())) + ".")
                        + "\n\n");
            } else {
                out.write("| Site | Bindings | Pools | Frameworks |" + readinessHeader(r) + "\n");
                out.write("|---|---|---|---|"
                        + "---|".repeat(r.sites().get(0).readiness().size()) + "\n");
                for (Audit.SiteAudit s : r.sites()) {
                    out.write("| " + md(s.site().name()) + " | " + md(bindings(s.site())) + " | " + md(s.poolsShown())
                            + " | " + md(String.join(", ", s.frameworks())) + " |");
                    for (Audit.Readiness rd : s.readiness()) out.write(" " + rd.verdict() + " |");
                    out.write("\n");
                }
                out.write("\n");
                for (Audit.SiteAudit s : r.sites()) {
                    for (Audit.Readiness rd : s.readiness()) {
                        List<Audit.Check> open = rd.checks().stream()
                                .filter(c -> c.result() != Audit.Result.PASS)
                                .toList();
                        if (open.isEmpty()) continue;
                        out.write("### " + md(s.site().name()) + ": " + rd.target() + " (" + rd.verdict() + ")\n\n");
                        for (Audit.Check c : open) {
                            out.write("- **" + c.result().name().toLowerCase(Locale.ROOT) + "** `" + c.id() + "`: "
                                    + md(c.detail()) + (c.evidence().isEmpty() ? "" : " (" + md(at(c.evidence())) + ")")
                                    + "\n");
                        }
                        out.write("\n");
                    }
                }
            }
            if (!r.pools().isEmpty()) {
                out.write(
                        "### Application pools\n\n| Pool | Identity | Bitness | Pipeline | CLR | Sites |\n|---|---|---|---|---|---|\n");
                for (Audit.PoolInfo p : r.pools()) {
                    out.write("| " + md(p.name()) + " | " + md(p.identity()) + " | " + p.bitness() + " | "
                            + md(p.pipeline()) + " | " + md(p.clr()) + " | "
                            + (p.sites().isEmpty() ? "none" : md(String.join(", ", p.sites()))) + " |\n");
                }
                out.write("\n");
            }
            mdList(out, "ISAPI filters", r.isapiFilters());
            mdList(out, "Global modules", r.globalModules());
            mdList(out, "Connection strings", r.connectionStrings());
            if (!r.fastCgi().isEmpty()) {
                out.write("### FastCGI applications\n\n");
                for (FastCgiApplication f : r.fastCgi())
                    out.write("- " + code(fastCgi(f)) + " (" + md(f.location().fileAndLine()) + ")\n");
                out.write("\n");
            }
            if (!r.fcgiextSettings().isEmpty()) {
                out.write("### fcgiext.ini settings that do not carry over\n\n");
                for (Iis6.FcgiextSetting f : r.fcgiextSettings()) {
                    out.write("- " + code("[" + f.section() + "] " + f.key() + "=" + f.value()) + ": "
                            + (f.migration() == Iis6.Migration.DROPPED
                                    ? "dropped on IIS 7+"
                                    : "carried over only from FastCGI 1.5")
                            + " (" + md(f.location().fileAndLine()) + ")\n");
                }
                out.write("\n");
            }
        }
        if (!errors.isEmpty()) {
            out.write("## Files that could not be audited\n\n");
            for (String e : errors)
                out.write("- " + markup(e) + "\n"); // already one escaped line, as standard error shows it
        }
        out.flush();
    }

    private static String readinessHeader(Audit.Report r) {
        StringBuilder sb = new StringBuilder();
        for (Audit.Readiness rd : r.sites().get(0).readiness())
            sb.append(' ').append(rd.target()).append(" |");
        return sb.toString();
    }

    private static void mdList(Writer out, String title, List<Inventory.Component> items) throws IOException {
        if (items.isEmpty()) return;
        out.write("### " + title + "\n\n");
        for (Inventory.Component c : items) {
            out.write("- " + md(c.name()) + (c.path().isEmpty() ? "" : " (" + code(c.path()) + ")")
                    + (c.scope().isEmpty() ? "" : " at " + md(c.scope())) + " ("
                    + md(c.location().fileAndLine()) + ")\n");
        }
        out.write("\n");
    }
}
