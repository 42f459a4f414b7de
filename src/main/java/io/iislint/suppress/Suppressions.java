package io.iislint.suppress;

import io.iislint.catalog.Catalog;
import io.iislint.catalog.RuleInfo;
import io.iislint.finding.Finding;
import io.iislint.xml.XmlComment;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Inline suppressions written as XML comments in the linted file:
 * <pre>
 *   &lt;!-- iislint-disable-next-line IIS-101 Exchange requires LocalSystem for this pool --&gt;
 *   &lt;add name="MSExchangeOWAAppPool" …&gt;
 *   &lt;!-- iislint-disable-file IIS-502,IIS-503 request and memory limits are set by the hosting team --&gt;
 * </pre>
 * {@code next-line} covers findings reported on the start tag of the element that follows the comment (all its
 * lines); {@code file} covers the whole file. Rules are named by id or name, comma-separated, or {@code all}.
 * A directive without a reason, or naming an unknown rule, is reported (IIS-002); one that suppresses nothing
 * is reported too (IIS-003), so stale suppressions do not pile up.
 */
public final class Suppressions {
    public static final String INVALID = "IIS-002";
    public static final String UNUSED = "IIS-003";
    public static final List<String> RULE_IDS = List.of(INVALID, UNUSED);

    private static final String NEXT = "iislint-disable-next-line";
    private static final String FILE = "iislint-disable-file";

    /** What is left to report, and how many findings the directives removed. */
    public record Outcome(List<Finding> findings, int suppressed) {}

    private record Directive(XmlComment comment, boolean wholeFile, Set<String> ruleIds, boolean all, String text) {
        // equals and hashCode written out, as in Location: a record's generated ones cost a cold run its first use
        @Override
        public boolean equals(Object o) {
            return o instanceof Directive d
                    && wholeFile == d.wholeFile
                    && all == d.all
                    && comment.equals(d.comment)
                    && ruleIds.equals(d.ruleIds)
                    && text.equals(d.text);
        }

        @Override
        public int hashCode() {
            return (((comment.hashCode() * 31 + Boolean.hashCode(wholeFile)) * 31 + ruleIds.hashCode()) * 31
                                    + Boolean.hashCode(all))
                            * 31
                    + text.hashCode();
        }

        boolean covers(Finding f) {
            if (!f.location().file().equals(comment.location().file())) return false;
            if (!all && !ruleIds.contains(f.ruleId())) return false;
            if (wholeFile) return true;
            return comment.nextElement()
                    .map(r -> r.contains(f.location().line()))
                    .orElse(false);
        }
    }

    private Suppressions() {}

    /**
     * @param enabled the rules that ran: a directive for a rule that did not run is not called unused
     */
    public static Outcome apply(
            List<XmlComment> comments, List<Finding> findings, Catalog catalog, Set<String> enabled) {
        List<Finding> meta = new ArrayList<>();
        List<Directive> directives = new ArrayList<>();
        for (XmlComment c : comments) parse(c, catalog, enabled, meta).ifPresent(directives::add);

        List<Finding> kept = new ArrayList<>();
        Set<Directive> used = new LinkedHashSet<>();
        for (Finding f : findings) {
            Optional<Directive> d = directives.stream().filter(x -> x.covers(f)).findFirst();
            if (d.isPresent()) used.add(d.get());
            else kept.add(f);
        }
        for (Directive d : directives) {
            boolean ran = d.all() || d.ruleIds().stream().anyMatch(enabled::contains);
            if (!used.contains(d) && ran && enabled.contains(UNUSED)) {
                meta.add(finding(
                        catalog,
                        UNUSED,
                        d.comment(),
                        d.text(),
                        "suppresses nothing: no finding of "
                                + (d.all() ? "any rule" : String.join(", ", d.ruleIds()))
                                + (d.wholeFile() ? " in this file" : " on the next element")
                                + "; remove it"));
            }
        }
        int suppressed = findings.size() - kept.size();
        kept.addAll(meta);
        kept.sort(Finding.ORDER);
        return new Outcome(kept, suppressed);
    }

    private static Optional<Directive> parse(XmlComment c, Catalog catalog, Set<String> enabled, List<Finding> meta) {
        String text = c.text().strip();
        boolean wholeFile;
        String rest;
        if (text.startsWith(NEXT)) {
            wholeFile = false;
            rest = text.substring(NEXT.length());
        } else if (text.startsWith(FILE)) {
            wholeFile = true;
            rest = text.substring(FILE.length());
        } else {
            return Optional.empty();
        }
        if (!rest.isEmpty() && !Character.isWhitespace(rest.charAt(0))) return Optional.empty();
        String shown = text.replaceAll("\\s+", " ");
        String[] parts = rest.strip().split("\\s+", 2);
        if (parts[0].isEmpty()) {
            report(meta, catalog, enabled, c, shown, "names no rule: write the rule id, then the reason");
            return Optional.empty();
        }
        Set<String> ids = new LinkedHashSet<>();
        boolean all = false;
        for (String token : parts[0].split(",")) {
            if (token.isBlank()) continue;
            if (token.equalsIgnoreCase("all")) {
                all = true;
                continue;
            }
            Optional<RuleInfo> r = catalog.all().stream()
                    .filter(i -> i.id().equalsIgnoreCase(token) || i.name().equals(token.toLowerCase(Locale.ROOT)))
                    .findFirst();
            if (r.isEmpty()) {
                report(meta, catalog, enabled, c, shown, "names unknown rule '" + token + "'");
                return Optional.empty();
            }
            ids.add(r.get().id());
        }
        String reason = parts.length > 1 ? parts[1].strip() : "";
        if (reason.isEmpty()) {
            report(
                    meta,
                    catalog,
                    enabled,
                    c,
                    shown,
                    "gives no reason: say why the finding is accepted, after the rule");
        }
        return Optional.of(new Directive(c, wholeFile, ids, all, shown));
    }

    private static void report(
            List<Finding> meta, Catalog catalog, Set<String> enabled, XmlComment c, String shown, String why) {
        if (enabled.contains(INVALID)) meta.add(finding(catalog, INVALID, c, shown, why));
    }

    private static Finding finding(Catalog catalog, String id, XmlComment c, String directive, String message) {
        return Finding.about(
                catalog.require(id).ref(), c.location(), new Finding.Subject("suppression", directive), message);
    }
}
