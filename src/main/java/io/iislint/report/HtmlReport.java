package io.iislint.report;

import static io.iislint.report.HtmlPage.esc;

import io.iislint.finding.FileResult;
import io.iislint.finding.Finding;
import io.iislint.finding.Severity;
import io.iislint.finding.Topology;
import io.iislint.text.Xml;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One HTML page to read and hand on: a picture of each server (sites → applications → pools → the accounts they
 * run as, each coloured by its worst finding), the counts by severity and by rule as bar charts, and the findings
 * grouped by server, site and pool, each with its line and its fixes. A "server" is a file that defines sites or
 * pools (an applicationHost.config, a MetaBase.xml) with the web.config files placed below its folder; any other
 * file stands alone. Everything from an input is escaped ({@link HtmlPage#esc}); the page loads and runs nothing.
 */
public final class HtmlReport implements Reporter {

    @Override
    public void write(Report report, Writer out) throws IOException {
        StringBuilder sb = new StringBuilder(HtmlPage.head("iislint report", "iislint " + report.toolVersion()));
        sb.append("<header><h1>iislint report</h1>\n<p class=\"summary\" id=\"summary\">")
                .append(esc(TextReport.summary(report)))
                .append("</p>\n<p class=\"muted\">Exit code ")
                .append(report.exitCode())
                .append(
                        report.exitZero()
                                ? " (--exit-zero)"
                                : " (fails on " + report.failOn().label() + " and above)")
                .append("; ")
                .append(report.rules().size())
                .append(" rules ran.</p></header>\n");
        List<Group> groups = groups(report.files());
        topologies(sb, groups);
        rollUps(sb, report);
        findings(sb, groups);
        errors(sb, report);
        sb.append(HtmlPage.foot("iislint " + report.toolVersion()));
        out.write(sb.toString());
        out.flush();
    }

    // ---- roll-ups

    private static void rollUps(StringBuilder sb, Report report) {
        sb.append("<section id=\"rollups\"><h2>Findings at a glance</h2>\n");
        List<Finding> all = report.findings();
        if (all.isEmpty()) {
            sb.append("<p>No findings.</p></section>\n");
            return;
        }
        sb.append("<div class=\"charts\">\n");
        List<HtmlPage.Bar> bySeverity = new ArrayList<>();
        for (Severity s : Severity.values()) bySeverity.add(new HtmlPage.Bar(s.label(), report.count(s), s.label()));
        sb.append(HtmlPage.bars("By severity", "severity", bySeverity));
        Map<String, List<Finding>> byRule = new TreeMap<>();
        for (Finding f : all)
            byRule.computeIfAbsent(f.ruleId(), k -> new ArrayList<>()).add(f);
        List<HtmlPage.Bar> rules = new ArrayList<>();
        for (List<Finding> fs : byRule.values()) {
            Finding first = fs.get(0);
            rules.add(new HtmlPage.Bar(
                    first.ruleId() + " " + first.ruleName(),
                    fs.size(),
                    worst(fs).map(Severity::label).orElse("info")));
        }
        rules.sort(Comparator.comparingLong(HtmlPage.Bar::count).reversed()); // stable: ids in order among equals
        sb.append(HtmlPage.bars("By rule", "rule", rules));
        sb.append("</div></section>\n");
    }

    // ---- grouping: server → site → pool

    /** A server file with the web.config files placed below its folder, or a file on its own (the benchmark view's servers too). */
    record Group(FileResult main, List<FileResult> members) {
        Topology topology() {
            return main.topology();
        }

        List<Finding> findings() {
            List<Finding> all = new ArrayList<>();
            for (FileResult m : members) all.addAll(m.findings());
            all.sort(Finding.ORDER);
            return all;
        }
    }

    static List<Group> groups(List<FileResult> files) {
        Map<String, Group> servers = new LinkedHashMap<>();
        for (FileResult f : files) {
            if (!f.topology().isEmpty()) servers.put(f.path(), new Group(f, new ArrayList<>(List.of(f))));
        }
        List<Group> out = new ArrayList<>();
        for (FileResult f : files) {
            if (f.error().isPresent()) continue;
            if (servers.containsKey(f.path())) {
                out.add(servers.get(f.path()));
                continue;
            }
            Optional<Group> server = f.topology().places().stream()
                    .map(p -> servers.get(p.server()))
                    .filter(g -> g != null)
                    .findFirst()
                    .or(() -> f.topology().server().map(servers::get));
            if (server.isPresent()) server.get().members().add(f);
            else out.add(new Group(f, List.of(f)));
        }
        return out;
    }

    /** Where one server's findings go: on a site (and one of its applications), on a pool, or on the server. */
    static final class Placement {
        final Topology topology;
        final Map<String, List<Finding>> site = new LinkedHashMap<>();
        final Map<String, List<Finding>> app = new LinkedHashMap<>();
        final Map<String, List<Finding>> pool = new LinkedHashMap<>();
        final List<Finding> server = new ArrayList<>();

        /** The findings of a server's files: its own and those of the web.config files placed on its sites. */
        Placement(Group g) {
            this.topology = g.topology();
            for (FileResult m : g.members()) {
                Optional<String> at = m.topology().places().stream()
                        .filter(p -> p.server().equals(g.main().path()))
                        .map(Topology.Place::configPath)
                        .findFirst();
                for (Finding f : m.findings()) {
                    if (!place(f)) at.ifPresentOrElse(path -> onPath(path, f), () -> server.add(f));
                }
            }
        }

        /** Puts the finding on a pool, or a site and one of its applications, by its subject; false if it names neither. */
        private boolean place(Finding f) {
            String kind = f.subject().kind();
            String name = f.subject().name();
            if (kind.equals("application pool")) {
                add(pool, key(name), f);
                return true;
            }
            Optional<Topology.SiteNode> named = kind.equals("site") ? siteNamed(name) : Optional.empty();
            if (named.isPresent()) {
                add(site, key(named.get().name()), f);
                return true;
            }
            String path = null;
            if (kind.equals("application") || kind.equals("virtual directory")) path = name;
            if (kind.equals("config path")) {
                String p = name;
                if (p.regionMatches(true, 0, "MACHINE/WEBROOT/APPHOST", 0, 23)) p = p.substring(23);
                if (p.startsWith("/")) p = p.substring(1);
                if (!p.isEmpty()) path = p;
            }
            if (kind.equals("metabase key")) return placedByKey(name, f);
            return path != null && onPath(path, f);
        }

        /** Puts the finding on the site and application that serve {@code path} ({@code Site/app/dir}), if any. */
        private boolean onPath(String path, Finding f) {
            Topology.SiteNode best = null;
            for (Topology.SiteNode s : topology.sites()) {
                String n = s.name();
                boolean serves = path.equalsIgnoreCase(n)
                        || (path.length() > n.length()
                                && path.charAt(n.length()) == '/'
                                && path.regionMatches(true, 0, n, 0, n.length()));
                if (serves && (best == null || n.length() > best.name().length())) best = s;
            }
            if (best == null) {
                server.add(f);
                return true;
            }
            add(site, key(best.name()), f);
            String below = path.substring(best.name().length());
            add(app, appKey(best, below.isEmpty() ? "/" : below), f);
            return true;
        }

        /**
         * An IIS 6 metabase key: {@code /LM/W3SVC/AppPools/NAME} is a pool, {@code /LM/W3SVC/ID/ROOT/PATH} a path
         * of the site with that id (the service's own keys are the server's).
         */
        private boolean placedByKey(String key, Finding f) {
            String k = key.toLowerCase(Locale.ROOT);
            String service = "/lm/w3svc/";
            if (!k.startsWith(service)) return false;
            String rest = key.substring(service.length());
            int slash = rest.indexOf('/');
            String first = slash < 0 ? rest : rest.substring(0, slash);
            String below = slash < 0 ? "" : rest.substring(slash);
            if (first.equalsIgnoreCase("AppPools")) {
                if (below.length() <= 1) return false;
                add(pool, key(below.substring(1)), f);
                return true;
            }
            Optional<Topology.SiteNode> s = topology.sites().stream()
                    .filter(x -> x.id().equalsIgnoreCase(first))
                    .findFirst();
            if (s.isEmpty()) return false;
            add(site, key(s.get().name()), f);
            String path = below.regionMatches(true, 0, "/ROOT", 0, 5) ? below.substring(5) : "";
            add(app, appKey(s.get(), path.isEmpty() ? "/" : path), f);
            return true;
        }

        Optional<Topology.SiteNode> siteNamed(String name) {
            return topology.sites().stream()
                    .filter(s -> s.name().equalsIgnoreCase(name))
                    .findFirst();
        }

        /** The application that serves {@code path} in the site: the longest application path it starts with. */
        private static String appKey(Topology.SiteNode s, String path) {
            String best = "/";
            String p = path.toLowerCase(Locale.ROOT);
            for (Topology.AppNode a : s.applications()) {
                String ap = a.path().toLowerCase(Locale.ROOT);
                if ((p.equals(ap) || p.startsWith(ap.endsWith("/") ? ap : ap + "/")) && ap.length() > best.length())
                    best = ap;
            }
            return key(s.name()) + "|" + best;
        }

        List<Finding> ofSite(Topology.SiteNode s) {
            return site.getOrDefault(key(s.name()), List.of());
        }

        List<Finding> ofApp(Topology.SiteNode s, Topology.AppNode a) {
            return app.getOrDefault(key(s.name()) + "|" + a.path().toLowerCase(Locale.ROOT), List.of());
        }

        List<Finding> ofPool(String name) {
            return pool.getOrDefault(key(name), List.of());
        }

        private static void add(Map<String, List<Finding>> map, String key, Finding f) {
            map.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
        }
    }

    /** IIS compares site and pool names without letter case. */
    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static Optional<Severity> worst(List<Finding> findings) {
        return findings.stream().map(Finding::severity).min(Comparator.naturalOrder());
    }

    // ---- the pictures

    private static void topologies(StringBuilder sb, List<Group> groups) {
        List<Group> servers =
                groups.stream().filter(g -> !g.topology().isEmpty()).toList();
        if (servers.isEmpty()) return;
        sb.append("<section id=\"topology\"><h2>Servers</h2>\n<p class=\"legend\">Each box is coloured by its worst"
                + " finding: <span><i class=\"error\"></i>error</span><span><i class=\"warning\"></i>warning</span>"
                + "<span><i class=\"info\"></i>info</span><span><i class=\"none\"></i>none</span>"
                + "<span><i class=\"missing\"></i>pool not defined in the file</span>"
                + " An account's box shows the worst identity finding of the pools that run as it.</p>\n");
        for (Group g : servers) {
            sb.append("<h3>").append(esc(g.main().path())).append("</h3>\n");
            sb.append(Picture.draw(g.topology(), new Placement(g)));
        }
        sb.append("</section>\n");
    }

    /** Four columns (sites, applications, pools, accounts) of boxes, joined by lines, as inline SVG. */
    private static final class Picture {
        static final int COL = 240;
        static final int GAP = 56;
        static final int ROW = 34;
        static final int BOX = 26;
        static final int TOP = 28;
        static final int MAX_ROWS = 400;

        private final StringBuilder nodes = new StringBuilder();
        private final StringBuilder edges = new StringBuilder();

        static String draw(Topology t, Placement placed) {
            return new Picture().render(t, placed);
        }

        private String render(Topology t, Placement placed) {
            // rows: one per application (a site without applications still gets one)
            int rows = 0;
            for (Topology.SiteNode s : t.sites())
                rows += Math.max(1, s.applications().size());
            // pools in the order the applications first use them, then the pools no application uses
            Map<String, String> pools = new LinkedHashMap<>();
            Map<String, Boolean> defined = new LinkedHashMap<>();
            for (Topology.PoolNode p : t.pools()) defined.put(key(p.name()), true);
            for (Topology.SiteNode s : t.sites())
                for (Topology.AppNode a : s.applications()) a.pool().ifPresent(p -> pools.putIfAbsent(key(p), p));
            for (Topology.PoolNode p : t.pools()) pools.putIfAbsent(key(p.name()), p.name());
            Map<String, String> accounts = new LinkedHashMap<>();
            Map<String, List<Finding>> accountFindings = new LinkedHashMap<>();
            for (String p : pools.keySet()) {
                Optional<Topology.PoolNode> node = pool(t, p);
                if (node.isEmpty() || node.get().identity().isEmpty()) continue;
                String id = node.get().identity().get();
                accounts.putIfAbsent(key(id), id);
                List<Finding> identityFindings = placed.ofPool(p).stream()
                        .filter(f -> f.category().equals("identity"))
                        .toList();
                accountFindings.computeIfAbsent(key(id), k -> new ArrayList<>()).addAll(identityFindings);
            }
            int total = Math.max(rows, Math.max(pools.size(), accounts.size()));
            if (total > MAX_ROWS) {
                return "<p class=\"muted\">" + t.sites().size() + " sites, " + rows + " applications and "
                        + pools.size()
                        + " pools: too many to draw. The findings below are grouped by site and pool.</p>\n";
            }
            int width = 4 * COL + 3 * GAP + 2;
            int height = TOP + Math.max(1, total) * ROW;
            String[] heads = {"Sites", "Applications", "Application pools", "Accounts"};
            for (int c = 0; c < 4; c++) {
                nodes.append("<text class=\"head\" x=\"")
                        .append(x(c) + 2)
                        .append("\" y=\"16\">")
                        .append(heads[c])
                        .append("</text>");
            }
            nodes.append('\n');
            Map<String, Integer> poolRow = new LinkedHashMap<>();
            int i = 0;
            for (String p : pools.keySet()) poolRow.put(p, i++);
            Map<String, Integer> accountRow = new LinkedHashMap<>();
            i = 0;
            for (String a : accounts.keySet()) accountRow.put(a, i++);
            int row = 0;
            for (Topology.SiteNode s : t.sites()) {
                int span = Math.max(1, s.applications().size());
                int siteTop = TOP + row * ROW;
                int siteHeight = span * ROW - (ROW - BOX);
                List<Finding> siteFindings = placed.ofSite(s);
                node("site", 0, siteTop, siteHeight, s.name(), s.name() + " (id " + s.id() + ")", siteFindings);
                for (Topology.AppNode a : s.applications()) {
                    int y = TOP + row * ROW;
                    edge(0, siteTop + siteHeight / 2, y + BOX / 2);
                    String appName = a.path().equals("/") ? s.name() + "/" : s.name() + a.path();
                    node("application", 1, y, BOX, appName, appName, placed.ofApp(s, a));
                    if (a.pool().isPresent())
                        edge(
                                1,
                                y + BOX / 2,
                                TOP + poolRow.getOrDefault(key(a.pool().get()), 0) * ROW + BOX / 2);
                    row++;
                }
                if (s.applications().isEmpty()) row++;
            }
            for (Map.Entry<String, String> p : pools.entrySet()) {
                int y = TOP + poolRow.getOrDefault(p.getKey(), 0) * ROW;
                Optional<Topology.PoolNode> node = pool(t, p.getKey());
                if (node.isEmpty()) {
                    node(
                            "pool missing",
                            2,
                            y,
                            BOX,
                            p.getValue() + " (not defined)",
                            p.getValue() + ": no pool of this name in the file",
                            placed.ofPool(p.getKey()),
                            true);
                    continue;
                }
                node("pool", 2, y, BOX, p.getValue(), p.getValue(), placed.ofPool(p.getKey()));
                node.get()
                        .identity()
                        .ifPresent(id ->
                                edge(2, y + BOX / 2, TOP + accountRow.getOrDefault(key(id), 0) * ROW + BOX / 2));
            }
            for (Map.Entry<String, String> a : accounts.entrySet()) {
                int y = TOP + accountRow.getOrDefault(a.getKey(), 0) * ROW;
                node(
                        "account",
                        3,
                        y,
                        BOX,
                        a.getValue(),
                        a.getValue(),
                        accountFindings.getOrDefault(a.getKey(), List.of()));
            }
            return "<div class=\"scroll\"><svg xmlns=\"http://www.w3.org/2000/svg\" class=\"topology\" width=\"" + width
                    + "\" height=\"" + height + "\" viewBox=\"0 0 " + width + " " + height
                    + "\" role=\"img\" aria-label=\"Sites, applications, application pools and accounts\">\n" + edges
                    + nodes + "</svg></div>\n";
        }

        private static Optional<Topology.PoolNode> pool(Topology t, String key) {
            return t.pools().stream().filter(p -> key(p.name()).equals(key)).findFirst();
        }

        private static int x(int column) {
            return 1 + column * (COL + GAP);
        }

        private void edge(int fromColumn, int y1, int y2) {
            int x1 = x(fromColumn) + COL;
            int x2 = x(fromColumn + 1);
            int mid = (x1 + x2) / 2;
            edges.append("<path class=\"edge\" d=\"M")
                    .append(x1)
                    .append(' ')
                    .append(y1)
                    .append(" C")
                    .append(mid)
                    .append(' ')
                    .append(y1)
                    .append(' ')
                    .append(mid)
                    .append(' ')
                    .append(y2)
                    .append(' ')
                    .append(x2)
                    .append(' ')
                    .append(y2)
                    .append("\"/>\n");
        }

        private void node(String kind, int column, int y, int height, String label, String title, List<Finding> on) {
            node(kind, column, y, height, label, title, on, false);
        }

        private void node(
                String kind,
                int column,
                int y,
                int height,
                String label,
                String title,
                List<Finding> on,
                boolean missing) {
            Optional<Severity> worst = worst(on);
            String css = worst.map(Severity::label).orElse("none") + (missing ? " missing" : "");
            String count = on.isEmpty() ? "no findings" : on.size() + (on.size() == 1 ? " finding" : " findings");
            nodes.append("<g class=\"node ")
                    .append(css)
                    .append("\" data-kind=\"")
                    .append(kind.startsWith("pool") ? "pool" : kind)
                    .append("\" data-name=\"")
                    .append(esc(label))
                    .append("\" data-worst=\"")
                    .append(worst.map(Severity::label).orElse("none"))
                    .append("\"><title>")
                    .append(esc(title + ": " + count))
                    .append("</title><rect x=\"")
                    .append(x(column))
                    .append("\" y=\"")
                    .append(y)
                    .append("\" width=\"")
                    .append(COL)
                    .append("\" height=\"")
                    .append(height)
                    .append("\" rx=\"4\"/><text x=\"")
                    .append(x(column) + 8)
                    .append("\" y=\"")
                    .append(y + height / 2 + 4)
                    .append("\">")
                    .append(esc(HtmlPage.clip(label, 32)))
                    .append("</text></g>\n");
        }
    }

    // ---- the findings

    private static void findings(StringBuilder sb, List<Group> groups) {
        if (groups.stream().allMatch(g -> g.findings().isEmpty())) return;
        sb.append("<section id=\"findings\"><h2>Findings</h2>\n");
        for (Group g : groups) {
            List<Finding> all = g.findings();
            if (all.isEmpty()) continue;
            sb.append("<details open class=\"server\" data-file=\"")
                    .append(esc(g.main().path()))
                    .append("\"><summary>")
                    .append(esc(g.main().path()))
                    .append(
                            g.members().size() > 1
                                    ? " and " + (g.members().size() - 1) + " file"
                                            + (g.members().size() == 2 ? "" : "s") + " of its server folder"
                                    : "")
                    .append(": ")
                    .append(counted(all))
                    .append("</summary>\n");
            if (g.topology().isEmpty()) {
                table(sb, all);
            } else {
                bySiteAndPool(sb, g);
            }
            sb.append("</details>\n");
        }
        sb.append("</section>\n");
    }

    private static void bySiteAndPool(StringBuilder sb, Group g) {
        Topology t = g.topology();
        Placement placed = new Placement(g);
        Map<String, Boolean> shown = new LinkedHashMap<>();
        for (Topology.SiteNode s : t.sites()) {
            List<String> pools = new ArrayList<>();
            for (Topology.AppNode a : s.applications()) {
                a.pool().ifPresent(p -> {
                    if (!pools.contains(key(p))) pools.add(key(p));
                });
            }
            List<Finding> own = placed.ofSite(s);
            int poolFindings = 0;
            for (String p : pools)
                if (!shown.containsKey(p)) poolFindings += placed.ofPool(p).size();
            if (own.isEmpty() && poolFindings == 0) continue;
            sb.append("<h3 class=\"site\">site ").append(q(s.name())).append("</h3>\n");
            if (!own.isEmpty()) table(sb, own);
            for (String p : pools) {
                if (shown.put(p, true) != null) {
                    if (!placed.ofPool(p).isEmpty())
                        sb.append("<p class=\"muted\">application pool ")
                                .append(q(poolName(t, p)))
                                .append(": its findings are listed above, under the first site that uses it.</p>\n");
                    continue;
                }
                List<Finding> of = placed.ofPool(p);
                if (of.isEmpty()) continue;
                sb.append("<h4 class=\"pool\">application pool ")
                        .append(q(poolName(t, p)))
                        .append("</h4>\n");
                table(sb, of);
            }
        }
        List<String> rest = new ArrayList<>();
        for (String p : placed.pool.keySet()) if (!shown.containsKey(p)) rest.add(p);
        if (!rest.isEmpty()) {
            sb.append("<h3>Application pools no site uses</h3>\n");
            for (String p : rest) {
                sb.append("<h4 class=\"pool\">application pool ")
                        .append(q(poolName(t, p)))
                        .append("</h4>\n");
                table(sb, placed.ofPool(p));
            }
        }
        if (!placed.server.isEmpty()) {
            sb.append("<h3>Server-wide and other subjects</h3>\n");
            table(sb, placed.server);
        }
    }

    private static String poolName(Topology t, String key) {
        for (Topology.PoolNode p : t.pools()) if (key(p.name()).equals(key)) return p.name();
        for (Topology.SiteNode s : t.sites())
            for (Topology.AppNode a : s.applications())
                if (a.pool().isPresent() && key(a.pool().get()).equals(key))
                    return a.pool().get();
        return key;
    }

    private static String q(String name) {
        return "<q>" + esc(name) + "</q>";
    }

    private static void table(StringBuilder sb, List<Finding> findings) {
        sb.append("<table class=\"findings\"><colgroup><col class=\"c-at\"><col class=\"c-sev\"><col class=\"c-rule\">"
                + "<col></colgroup><thead><tr><th>Where</th><th>Severity</th><th>Rule</th>"
                + "<th>Finding and fix</th></tr></thead><tbody>\n");
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Finding.ORDER);
        for (Finding f : sorted) {
            sb.append("<tr class=\"finding\" data-rule=\"")
                    .append(esc(f.ruleId()))
                    .append("\"><td class=\"at\"><code>")
                    .append(esc(f.location().toString()))
                    .append("</code></td><td><span class=\"sev ")
                    .append(f.severity().label())
                    .append("\">")
                    .append(f.severity().label())
                    .append("</span></td><td><a href=\"")
                    // the rule's page: a link to follow, not a request the page makes
                    .append(esc(io.iislint.catalog.RuleDocs.url(f.ruleId())))
                    .append("\"><code>")
                    .append(esc(f.ruleId()))
                    .append("</code></a><br><span class=\"muted\">")
                    .append(esc(f.ruleName()))
                    .append("</span></td><td><b>")
                    .append(esc(f.subject().display()))
                    .append("</b>: ")
                    .append(esc(f.message()));
            fix(sb, "appcmd", f.fix().appcmd());
            fix(sb, "PowerShell", f.fix().powershell());
            fix(sb, "IIS 6", f.fix().adsutil());
            sb.append("</td></tr>\n");
        }
        sb.append("</tbody></table>\n");
    }

    private static void fix(StringBuilder sb, String shell, String command) {
        if (command.isEmpty()) return;
        sb.append("<div class=\"fixl\">fix (")
                .append(shell)
                .append(")</div><pre><code>")
                .append(esc(command))
                .append("</code></pre>");
    }

    private static String counted(List<Finding> fs) {
        long e = fs.stream().filter(f -> f.severity() == Severity.ERROR).count();
        long w = fs.stream().filter(f -> f.severity() == Severity.WARNING).count();
        long i = fs.size() - e - w;
        return fs.size() + (fs.size() == 1 ? " finding" : " findings") + " (" + e + " error" + (e == 1 ? "" : "s")
                + ", " + w + " warning" + (w == 1 ? "" : "s") + ", " + i + " info)";
    }

    private static void errors(StringBuilder sb, Report report) {
        if (report.failedFiles() == 0) return;
        sb.append("<section id=\"errors\"><h2>Files that could not be linted</h2>\n<ul>\n");
        for (FileResult f : report.files()) {
            f.error()
                    .ifPresent(e -> sb.append("<li><code>")
                            .append(Xml.escape(e.diagnostic())) // already one escaped line
                            .append("</code></li>\n"));
        }
        sb.append("</ul></section>\n");
    }
}
