package io.iislint.catalog;

import io.iislint.text.Markdown;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The rules' documentation, made from the catalog so that it cannot drift from it: a Markdown page per catalog
 * entry ({@code docs/rules/<ID>.md}, so that every rule has a URL), their index ({@code docs/rules/README.md}) and
 * README's rule table. They are checked in, and a test fails when one differs from what the catalog gives; the
 * build that regenerates them is {@value #REGENERATE}. {@code iislint explain} shows the same entry in a terminal.
 */
public final class RuleDocs {

    /** The command that rewrites the generated files (and every golden file) from this build. */
    public static final String REGENERATE = "mvn -B verify -Diislint.updateGoldens=true";
    /** The index page's file name, in the pages' folder: GitHub shows it when the folder is opened. */
    public static final String INDEX = "README.md";

    private static final String GENERATED =
            "<!-- Generated from rules/catalog.xml: edit the catalog, then run " + REGENERATE + " -->\n";
    private static final int WIDTH = 118;
    /** The start of the line before README's generated rule table, and the line after it. */
    public static final String README_BEGIN = "<!-- rules: generated from rules/catalog.xml";

    public static final String README_END = "<!-- end of rules -->";

    private RuleDocs() {}

    /** Every page by file name: one per catalog entry, and the index. */
    public static SortedMap<String, String> pages(Catalog catalog) {
        SortedMap<String, String> pages = new TreeMap<>();
        for (RuleInfo r : catalog.all()) pages.put(fileName(r), page(r));
        for (RuleInfo r : catalog.checks()) pages.put(fileName(r), page(r));
        pages.put(INDEX, index(catalog));
        return pages;
    }

    public static String fileName(RuleInfo r) {
        return r.id() + ".md";
    }

    /**
     * The web address of a rule's (or a readiness check's) page: the folder the build was told the pages are
     * published in (pom.xml, {@code iislint.rules.url}) and the page's file name. SARIF's helpUri, {@code explain}
     * and the reports link a rule here.
     */
    public static String url(RuleInfo r) {
        return PublishedAt.BASE + fileName(r);
    }

    /** The web address of the page of the rule (or readiness check) with this id. */
    public static String url(String id) {
        return PublishedAt.BASE + id + ".md";
    }

    /** The folder of the rule pages on the web, ending in '/'. */
    public static String baseUrl() {
        return PublishedAt.BASE;
    }

    /** Read once, from the resource the build writes (io/iislint/catalog/docs.properties). */
    private static final class PublishedAt {
        static final String BASE = read();

        private static String read() {
            Properties p = new Properties();
            try (InputStream in = RuleDocs.class.getResourceAsStream("docs.properties")) {
                if (in != null) p.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the rule pages' address from the jar", e);
            }
            String base = p.getProperty("rules", "").trim();
            if (base.isEmpty() || base.contains("${")) {
                throw new IllegalStateException(
                        "the build wrote no address for the rule pages (io/iislint/catalog/docs.properties)");
            }
            return base.endsWith("/") ? base : base + "/";
        }
    }

    /** One rule's page: what the catalog says of it, in the order {@code iislint explain} shows it. */
    public static String page(RuleInfo r) {
        StringBuilder md = new StringBuilder(GENERATED);
        md.append("# ")
                .append(r.id())
                .append(": ")
                .append(Markdown.text(r.title()))
                .append("\n\n");
        if (r.isReadinessCheck()) {
            md.append("| Id | Name | Audit id | Target | A site that does not pass |\n|---|---|---|---|---|\n");
            md.append("| ")
                    .append(r.id())
                    .append(" | ")
                    .append(Markdown.codeInTable(r.name()))
                    .append(" | ")
                    .append(Markdown.codeInTable(r.auditName()))
                    .append(" | ")
                    .append(Markdown.text(RuleInfo.targetLabel(r.target())))
                    .append(" | ")
                    .append(notPassed(r))
                    .append(" |\n\n");
            md.append(
                            "A readiness check of `iislint audit`: it judges each site of the audited files and says pass, or what this")
                    .append(" column says, with the lines it rests on.\n\n");
        } else {
            md.append("| Id | Name | Severity | Category | Tags |\n|---|---|---|---|---|\n");
            md.append("| ")
                    .append(r.id())
                    .append(" | ")
                    .append(Markdown.codeInTable(r.name()))
                    .append(" | ")
                    .append(r.severity().label())
                    .append(" | ")
                    .append(Markdown.text(r.category()))
                    .append(" | ")
                    .append(Markdown.text(String.join(", ", r.tags())))
                    .append(" |\n\n");
        }
        if (r.offByDefault()) {
            md.append("**Off by default**: it checks a benchmark control that does not apply to many servers, so it")
                    .append(" runs only when named (`--select ")
                    .append(r.id())
                    .append("`), with `--profile cis` or `stig` (as its tags say), when the policy turns it on")
                    .append(" (`<rule id=\"")
                    .append(r.id())
                    .append("\" enabled=\"true\"/>`), and in `iislint benchmark`.\n\n");
        }
        md.append("`iislint explain ").append(r.id()).append("` shows this page in a terminal.\n\n");
        md.append("## Why\n\n").append(Markdown.text(r.rationale())).append("\n\n");
        md.append("## Bad\n\n")
                .append(Markdown.codeBlock(language(r.badExample()), r.badExample()))
                .append('\n');
        md.append("## Good\n\n")
                .append(Markdown.codeBlock(language(r.goodExample()), r.goodExample()))
                .append('\n');
        md.append("## Fix\n\n");
        fix(r, md);
        if (!r.parameters().isEmpty()) {
            md.append("## Parameters\n\n");
            md.append("Set one with `--param ")
                    .append(r.id())
                    .append(".NAME=VALUE`, or in the policy file (`<rule id=\"")
                    .append(r.id())
                    .append("\"><param name=\"NAME\" value=\"VALUE\" /></rule>`).\n\n");
            md.append("| Name | Type | Default | Description |\n|---|---|---|---|\n");
            for (RuleInfo.Parameter p : r.parameters()) {
                md.append("| ")
                        .append(Markdown.codeInTable(p.name()))
                        .append(" | ")
                        .append(Markdown.text(p.type()))
                        .append(" | ")
                        .append(Markdown.codeInTable(p.defaultValue()))
                        .append(" | ")
                        .append(Markdown.text(p.description()))
                        .append(" |\n");
            }
            md.append('\n');
        }
        md.append("## References\n\n");
        for (String ref : r.references())
            md.append("- ").append(Markdown.text(ref)).append('\n');
        md.append("\n[All rules](").append(INDEX).append(")\n");
        return md.toString();
    }

    /** What a readiness check gives a site that does not pass: its catalog severity read as the audit reads it. */
    private static String notPassed(RuleInfo check) {
        return switch (check.severity()) {
            case ERROR -> "fail (NotReady)";
            case WARNING -> "warn (ConditionallyReady)";
            case INFO -> "info (advice; the verdict stays)";
        };
    }

    /** The commands as the catalog holds them: each finding's own fix has the placeholders filled in. */
    private static void fix(RuleInfo r, StringBuilder md) {
        List<String> commands = List.of(r.appcmd(), r.powershell(), r.adsutil());
        if (commands.stream().allMatch(String::isEmpty)) {
            md.append("No command: edit the file as *Why* says.\n\n");
            return;
        }
        command(md, "appcmd (IIS 7 and later):", "bat", r.appcmd());
        command(md, "PowerShell (IIS 7 and later):", "powershell", r.powershell());
        command(md, "IIS 6:", "bat", r.adsutil());
        if (commands.stream().anyMatch(c -> c.contains("{"))) {
            md.append("A name in braces, such as `{pool}`, is filled in from each finding, and the finding's own fix"
                    + " commands are quoted for their shell.\n\n");
        }
        fileFix(r, md);
    }

    /** Whether {@code check --fix} makes the change in the file, and why it is safe or not. */
    private static void fileFix(RuleInfo r, StringBuilder md) {
        if (!r.fileFix().exists()) return;
        md.append(
                        r.fileFix().isSafe()
                                ? "`iislint check --fix` makes this change in the file (a safe fix). "
                                : "`iislint check --fix --unsafe-fixes` makes this change in the file (an unsafe fix,"
                                        + " not made by `--fix` alone). ")
                .append(Markdown.text(r.fileFix().why()))
                .append("\n\n");
    }

    private static void command(StringBuilder md, String label, String language, String command) {
        if (command.isEmpty()) return;
        md.append(label)
                .append("\n\n")
                .append(Markdown.codeBlock(language, command))
                .append('\n');
    }

    /** An example is an XML fragment, or an fcgiext.ini excerpt. */
    private static String language(String example) {
        return example.startsWith("<") ? "xml" : "ini";
    }

    /** The index of the pages: every rule in catalog order. */
    public static String index(Catalog catalog) {
        return GENERATED + "# iislint rules\n\n"
                + "Every rule's page says why it matters and shows a bad and a good example (both linted by the test suite),"
                + " the fix commands, its parameters and references. Ids are stable and never reused. The catalog these"
                + " pages are made from is [rules/catalog.xml](../../rules/catalog.xml).\n\n"
                + table(catalog, "") + "\n## Migration readiness checks (`iislint audit`)\n\n"
                + "| Id | Audit id | Target | Name | Title |\n|---|---|---|---|---|\n" + checks(catalog);
    }

    private static String checks(Catalog catalog) {
        StringBuilder md = new StringBuilder();
        for (RuleInfo r : catalog.checks()) {
            md.append("| [")
                    .append(r.id())
                    .append("](")
                    .append(fileName(r))
                    .append(") | ")
                    .append(Markdown.codeInTable(r.auditName()))
                    .append(" | ")
                    .append(Markdown.text(RuleInfo.targetLabel(r.target())))
                    .append(" | ")
                    .append(Markdown.codeInTable(r.name()))
                    .append(" | ")
                    .append(Markdown.text(r.title()))
                    .append(" |\n");
        }
        return md.toString();
    }

    /** README with the text between its markers (a line starting {@value #README_BEGIN}, and {@value #README_END}) made anew. */
    public static String readme(String readme, Catalog catalog) {
        int begin = readme.indexOf("\n" + README_BEGIN);
        int end = readme.indexOf("\n" + README_END + "\n");
        if (begin < 0 || end < begin || readme.indexOf("\n" + README_BEGIN, begin + 1) >= 0) {
            throw new IllegalArgumentException(
                    "README needs one line starting " + README_BEGIN + " and, after it, one line " + README_END);
        }
        int from = readme.indexOf('\n', begin + 1) + 1;
        return readme.substring(0, from) + readmeTable(catalog) + readme.substring(end + 1);
    }

    /** README's rule table and the rules' parameters, as README holds them between its markers. */
    static String readmeTable(Catalog catalog) {
        StringBuilder md = new StringBuilder(table(catalog, "docs/rules/"));
        List<String> parameters = new ArrayList<>();
        for (RuleInfo r : catalog.all()) {
            for (RuleInfo.Parameter p : r.parameters()) {
                String value =
                        p.defaultValue().contains(" ") ? "`" + p.defaultValue() + "`" : Markdown.text(p.defaultValue());
                parameters.add("`" + r.id() + "." + p.name() + "` (" + value + ")");
            }
        }
        if (!parameters.isEmpty())
            md.append('\n')
                    .append(wrap("Parameters (override with `--param`):", parameters))
                    .append('\n');
        return md.toString();
    }

    private static String table(Catalog catalog, String folder) {
        StringBuilder md = new StringBuilder("| Id | Severity | Category | Name | Title |\n|---|---|---|---|---|\n");
        for (RuleInfo r : catalog.all()) {
            md.append("| [")
                    .append(r.id())
                    .append("](")
                    .append(folder)
                    .append(fileName(r))
                    .append(") | ")
                    .append(r.severity().label())
                    .append(" | ")
                    .append(Markdown.text(r.category()))
                    .append(" | ")
                    .append(Markdown.codeInTable(r.name()))
                    .append(" | ")
                    .append(Markdown.text(r.title()))
                    .append(r.offByDefault() ? " (" + RuleInfo.OFF_BY_DEFAULT + ")" : "")
                    .append(" |\n");
        }
        return md.toString();
    }

    /** A sentence listing items, wrapped between items (never inside one, where a code span would break). */
    private static String wrap(String lead, List<String> items) {
        StringBuilder text = new StringBuilder(lead);
        int lineStart = 0;
        for (int i = 0; i < items.size(); i++) {
            String item = items.get(i) + (i == items.size() - 1 ? "." : ",");
            if (text.length() - lineStart + 1 + item.length() > WIDTH) {
                text.append('\n');
                lineStart = text.length();
            } else {
                text.append(' ');
            }
            text.append(item);
        }
        return text.toString();
    }
}
