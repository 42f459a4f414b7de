package io.iislint.audit;

import static io.iislint.audit.AuditParts.bindings;
import static io.iislint.audit.AuditParts.fastCgi;
import static io.iislint.audit.AuditParts.summary;
import static io.iislint.report.HtmlPage.esc;

import io.iislint.model.FastCgiApplication;
import io.iislint.model.Iis6;
import io.iislint.model.Inventory;
import io.iislint.report.HtmlPage;
import io.iislint.source.Location;
import io.iislint.text.Xml;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The audit as one HTML page for a migration team: how many sites fail each check (stacked bars), per file the
 * readiness matrix (sites × checks, per target, with each target's verdict), the open checks of each site with
 * every line they rest on, and the inventory. Everything from an input is escaped; the page loads and runs nothing.
 */
public final class HtmlAuditReport implements AuditReporter {
    /** The results in the order bars and cells show them. */
    private static final Audit.Result[] ORDER = {
        Audit.Result.FAIL, Audit.Result.WARN, Audit.Result.UNKNOWN, Audit.Result.INFO, Audit.Result.PASS
    };

    @Override
    public void write(List<Audit.Report> reports, List<String> errors, Writer out) throws IOException {
        StringBuilder sb = new StringBuilder(HtmlPage.head("IIS migration audit", "iislint"));
        String summary = summary(reports);
        sb.append("<header><h1>IIS migration audit</h1>\n<p class=\"summary\" id=\"summary\">")
                .append(summary.isEmpty() ? "No sites audited." : esc(summary))
                .append("</p></header>\n");
        rollUp(sb, reports);
        for (Audit.Report r : reports) file(sb, r);
        if (!errors.isEmpty()) {
            sb.append("<section id=\"errors\"><h2>Files that could not be audited</h2>\n<ul>\n");
            for (String e : errors)
                sb.append("<li><code>").append(Xml.escape(e)).append("</code></li>\n");
            sb.append("</ul></section>\n");
        }
        sb.append(HtmlPage.foot("iislint"));
        out.write(sb.toString());
        out.flush();
    }

    /** Per target, per check (in catalog order), how many sites get each result, over every file. */
    private static void rollUp(StringBuilder sb, List<Audit.Report> reports) {
        Map<String, Map<String, EnumMap<Audit.Result, Integer>>> counts = new LinkedHashMap<>();
        for (Audit.Report r : reports) {
            for (Audit.SiteAudit s : r.sites()) {
                for (Audit.Readiness rd : s.readiness()) {
                    Map<String, EnumMap<Audit.Result, Integer>> byCheck =
                            counts.computeIfAbsent(rd.target(), k -> new LinkedHashMap<>());
                    for (String id : checkIds(rd.target())) {
                        for (Audit.Check c : rd.checks()) {
                            if (c.id().equals(id))
                                byCheck.computeIfAbsent(id, k -> new EnumMap<>(Audit.Result.class))
                                        .merge(c.result(), 1, Integer::sum);
                        }
                    }
                }
            }
        }
        if (counts.isEmpty()) return;
        sb.append("<section id=\"rollup\"><h2>How many sites each check fails</h2>\n<div class=\"charts\">\n");
        for (var target : counts.entrySet()) {
            List<HtmlPage.Stack> stacks = new ArrayList<>();
            for (String id : checkIds(target.getKey())) {
                EnumMap<Audit.Result, Integer> c = target.getValue().get(id);
                if (c == null) continue;
                List<HtmlPage.Segment> segments = new ArrayList<>();
                for (Audit.Result result : ORDER)
                    segments.add(new HtmlPage.Segment(c.getOrDefault(result, 0), css(result)));
                stacks.add(new HtmlPage.Stack(id, segments));
            }
            sb.append(HtmlPage.stacked(target.getKey(), "readiness", stacks));
        }
        sb.append("</div>\n<p class=\"legend\"><span><i class=\"error\"></i>fail</span><span><i class=\"warning\"></i>"
                + "warn</span><span><i class=\"unknown\"></i>unknown</span><span><i class=\"info\"></i>info</span>"
                + "<span><i class=\"none\"></i>pass</span> Each site is counted once for each check that applies to"
                + " it.</p></section>\n");
    }

    /** The ids of a target's checks (as its label is shown), in catalog order. */
    private static List<String> checkIds(String targetLabel) {
        List<String> ids = new ArrayList<>();
        for (ReadinessCheck c : ReadinessChecks.all()) if (c.target().label().equals(targetLabel)) ids.add(c.name());
        return ids;
    }

    private static void file(StringBuilder sb, Audit.Report r) {
        sb.append("<section class=\"file\" data-file=\"")
                .append(esc(r.file()))
                .append("\"><h2>")
                .append(esc(r.file()))
                .append(" <span class=\"muted\">(")
                .append(esc(r.kind()))
                .append(")</span></h2>\n");
        r.server().ifPresent(server -> server(sb, server));
        if (r.sites().isEmpty()) {
            sb.append("<p>No sites in this file.")
                    .append(
                            r.frameworks().isEmpty()
                                    ? ""
                                    : " Frameworks: " + esc(String.join(", ", r.frameworks())) + ".")
                    .append("</p>\n");
        } else {
            matrix(sb, r);
            evidence(sb, r);
            sites(sb, r);
        }
        pools(sb, r);
        components(sb, "ISAPI filters", r.isapiFilters());
        components(sb, "Global modules", r.globalModules());
        components(sb, "Connection strings", r.connectionStrings());
        if (!r.fastCgi().isEmpty()) {
            sb.append(
                    "<h3>FastCGI applications</h3>\n<table><thead><tr><th>Application</th><th>Where</th></tr></thead><tbody>\n");
            for (FastCgiApplication f : r.fastCgi())
                sb.append("<tr><td><code>")
                        .append(esc(fastCgi(f)))
                        .append("</code></td>")
                        .append(at(f.location()))
                        .append("</tr>\n");
            sb.append("</tbody></table>\n");
        }
        if (!r.fcgiextSettings().isEmpty()) {
            sb.append("<h3>fcgiext.ini settings that do not carry over</h3>\n<table><thead><tr><th>Setting</th>"
                    + "<th>On IIS 7+</th><th>Where</th></tr></thead><tbody>\n");
            for (Iis6.FcgiextSetting f : r.fcgiextSettings()) {
                sb.append("<tr><td><code>")
                        .append(esc("[" + f.section() + "] " + f.key() + "=" + f.value()))
                        .append("</code></td><td>")
                        .append(
                                f.migration() == Iis6.Migration.DROPPED
                                        ? "dropped on IIS 7+"
                                        : "carried over only from FastCGI 1.5")
                        .append("</td>")
                        .append(at(f.location()))
                        .append("</tr>\n");
            }
            sb.append("</tbody></table>\n");
        }
        sb.append("</section>\n");
    }

    /** Sites × checks: one column per check any site of the file gets, grouped by target, each target's verdict first. */
    private static void matrix(StringBuilder sb, Audit.Report r) {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        for (Audit.SiteAudit s : r.sites()) {
            for (Audit.Readiness rd : s.readiness()) {
                List<String> ids = columns.computeIfAbsent(rd.target(), k -> new ArrayList<>());
                for (String id : checkIds(rd.target())) {
                    if (!ids.contains(id) && rd.checks().stream().anyMatch(c -> c.id().equals(id))) ids.add(id);
                }
            }
        }
        for (var e : columns.entrySet()) {
            List<String> ordered = new ArrayList<>();
            for (String id : checkIds(e.getKey())) if (e.getValue().contains(id)) ordered.add(id);
            e.setValue(ordered);
        }
        sb.append(
                "<h3>Readiness</h3>\n<div class=\"scroll\"><table class=\"matrix\"><thead><tr><th rowspan=\"2\">Site</th>");
        for (var e : columns.entrySet())
            sb.append("<th class=\"target\" colspan=\"")
                    .append(e.getValue().size() + 1)
                    .append("\">")
                    .append(esc(e.getKey()))
                    .append("</th>");
        sb.append("</tr>\n<tr>");
        for (var e : columns.entrySet()) {
            sb.append("<th class=\"check\"><span>Verdict</span></th>");
            for (String id : e.getValue())
                sb.append("<th class=\"check\"><span>").append(id).append("</span></th>");
        }
        sb.append("</tr></thead><tbody>\n");
        for (Audit.SiteAudit s : r.sites()) {
            sb.append("<tr data-site=\"")
                    .append(esc(s.site().name()))
                    .append("\"><th>")
                    .append(esc(s.site().name()))
                    .append("</th>");
            for (var e : columns.entrySet()) {
                Optional<Audit.Readiness> rd = s.readiness().stream()
                        .filter(x -> x.target().equals(e.getKey()))
                        .findFirst();
                if (rd.isEmpty()) {
                    sb.append("<td colspan=\"").append(e.getValue().size() + 1).append("\">not judged</td>");
                    continue;
                }
                sb.append("<td class=\"v ")
                        .append(rd.get().verdict())
                        .append("\" data-target=\"")
                        .append(esc(e.getKey()))
                        .append("\">")
                        .append(rd.get().verdict())
                        .append("</td>");
                for (String id : e.getValue()) {
                    Optional<Audit.Check> c = rd.get().checks().stream()
                            .filter(x -> x.id().equals(id))
                            .findFirst();
                    if (c.isEmpty()) {
                        sb.append("<td class=\"r na\" title=\"does not apply to this site\">–</td>");
                        continue;
                    }
                    String result = c.get().result().name().toLowerCase(Locale.ROOT);
                    sb.append("<td class=\"r ")
                            .append(css(c.get().result()))
                            .append("\" data-check=\"")
                            .append(id)
                            .append("\" title=\"")
                            .append(esc(c.get().detail()))
                            .append("\">")
                            .append(result)
                            .append("</td>");
                }
            }
            sb.append("</tr>\n");
        }
        sb.append("</tbody></table></div>\n<p class=\"muted\">– : the check has nothing to judge in the site."
                + " A cell's tooltip gives the check's finding; the lines it rests on follow.</p>\n");
    }

    /** Each site's checks that did not pass, with every line they rest on. */
    private static void evidence(StringBuilder sb, Audit.Report r) {
        sb.append("<h3>What each verdict rests on</h3>\n");
        for (Audit.SiteAudit s : r.sites()) {
            for (Audit.Readiness rd : s.readiness()) {
                List<Audit.Check> open = rd.checks().stream()
                        .filter(c -> c.result() != Audit.Result.PASS)
                        .toList();
                if (open.isEmpty()) continue;
                sb.append("<h4>")
                        .append(esc(s.site().name()))
                        .append(": ")
                        .append(esc(rd.target()))
                        .append(" <span class=\"sev v ")
                        .append(rd.verdict())
                        .append("\">")
                        .append(rd.verdict())
                        .append("</span></h4>\n<table class=\"evidence\"><tbody>\n");
                for (Audit.Check c : open) {
                    sb.append("<tr><td class=\"r ")
                            .append(css(c.result()))
                            .append("\">")
                            .append(c.result().name().toLowerCase(Locale.ROOT))
                            .append("</td><td><code>")
                            .append(c.id())
                            .append("</code></td><td>")
                            .append(esc(c.detail()));
                    if (!c.evidence().isEmpty()) {
                        sb.append("<br><span class=\"muted\">at</span> ");
                        String sep = "";
                        for (Location l : c.evidence()) {
                            sb.append(sep)
                                    .append("<code>")
                                    .append(esc(l.fileAndLine()))
                                    .append("</code>");
                            sep = ", ";
                        }
                    }
                    sb.append("</td></tr>\n");
                }
                sb.append("</tbody></table>\n");
            }
        }
    }

    private static void sites(StringBuilder sb, Audit.Report r) {
        sb.append("<h3>Sites</h3>\n<table class=\"inventory\"><thead><tr><th>Site</th><th>Id</th><th>Bindings</th>"
                + "<th>Pools</th><th>Frameworks</th><th>Where</th></tr></thead><tbody>\n");
        for (Audit.SiteAudit s : r.sites()) {
            sb.append("<tr><td>")
                    .append(esc(s.site().name()))
                    .append("</td><td>")
                    .append(esc(s.site().id()))
                    .append("</td><td>")
                    .append(esc(bindings(s.site())))
                    .append("</td><td>")
                    .append(esc(s.poolsShown()))
                    .append("</td><td>")
                    .append(esc(String.join(", ", s.frameworks())))
                    .append("</td>")
                    .append(at(s.site().location()))
                    .append("</tr>\n");
        }
        sb.append("</tbody></table>\n");
    }

    /** The server's IIS version and what decided it, and the files of its configuration that were read. */
    private static void server(StringBuilder sb, Audit.Server server) {
        sb.append("<p class=\"iis-version\">IIS version: <b>")
                .append(esc(server.iisVersion().release().orElse("unknown")))
                .append("</b> <span class=\"muted\">(")
                .append(esc(server.iisVersion().decidedBy()))
                .append(")</span></p>\n");
        sb.append("<h3>Server files</h3>\n<table class=\"inventory server-files\"><thead><tr><th>File</th><th>Kind</th>"
                + "<th>Counts at</th></tr></thead><tbody>\n");
        for (Audit.ServerFile f : server.files()) {
            sb.append("<tr><td><code>")
                    .append(esc(f.file()))
                    .append("</code></td><td>")
                    .append(esc(f.kind()))
                    .append("</td><td>")
                    .append(esc(f.placeShown()))
                    .append("</td></tr>\n");
        }
        sb.append("</tbody></table>\n");
    }

    private static void pools(StringBuilder sb, Audit.Report r) {
        if (r.pools().isEmpty()) return;
        sb.append("<h3>Application pools</h3>\n<table class=\"inventory\"><thead><tr><th>Pool</th><th>Identity</th>"
                + "<th>Bitness</th><th>Pipeline</th><th>CLR</th><th>Sites</th><th>Where</th></tr></thead><tbody>\n");
        for (Audit.PoolInfo p : r.pools()) {
            sb.append("<tr data-pool=\"")
                    .append(esc(p.name()))
                    .append("\"><td>")
                    .append(esc(p.name()))
                    .append("</td><td>")
                    .append(esc(p.identity()))
                    .append("</td><td>")
                    .append(esc(p.bitness()))
                    .append("</td><td>")
                    .append(esc(p.pipeline()))
                    .append("</td><td>")
                    .append(esc(p.clr()))
                    .append("</td><td>")
                    .append(p.sites().isEmpty() ? "none" : esc(String.join(", ", p.sites())))
                    .append("</td>")
                    .append(at(p.location()))
                    .append("</tr>\n");
        }
        sb.append("</tbody></table>\n");
    }

    private static void components(StringBuilder sb, String title, List<Inventory.Component> items) {
        if (items.isEmpty()) return;
        sb.append("<h3>")
                .append(title)
                .append("</h3>\n<table class=\"inventory\"><thead><tr><th>Name</th><th>Path</th><th>Scope</th>"
                        + "<th>Where</th></tr></thead><tbody>\n");
        for (Inventory.Component c : items) {
            sb.append("<tr><td>")
                    .append(esc(c.name()))
                    .append("</td><td><code>")
                    .append(esc(c.path()))
                    .append("</code></td><td>")
                    .append(esc(c.scope()))
                    .append("</td>")
                    .append(at(c.location()))
                    .append("</tr>\n");
        }
        sb.append("</tbody></table>\n");
    }

    private static String at(Location l) {
        return "<td class=\"at\"><code>" + esc(l.fileAndLine()) + "</code></td>";
    }

    private static String css(Audit.Result r) {
        return r.name().toLowerCase(Locale.ROOT);
    }
}
