package io.iislint.audit;

import io.iislint.model.FastCgiApplication;
import io.iislint.model.Site;
import io.iislint.source.Location;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the audit's formats show alike: evidence lines, bindings, FastCGI applications, the summary line. */
final class AuditParts {
    private AuditParts() {}

    /** The first five lines a check rests on, and how many more. */
    static String at(List<Location> evidence) {
        if (evidence.isEmpty()) return "";
        StringBuilder sb = new StringBuilder();
        for (Location l : evidence.subList(0, Math.min(evidence.size(), 5))) {
            if (sb.length() > 0) sb.append(", ");
            sb.append(l.fileAndLine());
        }
        if (evidence.size() > 5) sb.append(", … (").append(evidence.size() - 5).append(" more)");
        return sb.toString();
    }

    static String bindings(Site s) {
        StringBuilder sb = new StringBuilder();
        for (Site.Binding b : s.bindings()) {
            if (sb.length() > 0) sb.append(", ");
            sb.append(b.display()).append(b.protocol().equalsIgnoreCase("https") ? " (certificate)" : "");
        }
        return sb.length() == 0 ? "none" : sb.toString();
    }

    static String fastCgi(FastCgiApplication f) {
        return f.scriptProcessorKey();
    }

    /** "Azure App Service: 1 Ready, 3 NotReady; IIS 10: 4 NotReady" over every audited site, targets in first-seen order. */
    static String summary(List<Audit.Report> reports) {
        Map<String, EnumMap<Audit.Verdict, Integer>> counts = new LinkedHashMap<>();
        int sites = 0;
        for (Audit.Report r : reports) {
            for (Audit.SiteAudit s : r.sites()) {
                sites++;
                for (Audit.Readiness rd : s.readiness()) {
                    counts.computeIfAbsent(rd.target(), k -> new EnumMap<>(Audit.Verdict.class))
                            .merge(rd.verdict(), 1, Integer::sum);
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
}
