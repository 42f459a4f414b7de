package io.iislint.audit;

import io.iislint.model.FastCgiApplication;
import io.iislint.model.Site;
import io.iislint.model.SiteSettings;
import io.iislint.source.Location;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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
            sb.append(b.display());
            certificate(s, b)
                    .ifPresent(c -> sb.append(" (certificate: ").append(c).append(')'));
        }
        return sb.length() == 0 ? "none" : sb.toString();
    }

    /**
     * Where an https binding's certificate is, so that an inventory can track it: for IIS 7+ the HTTP.sys entry that
     * holds it, as {@code netsh http show sslcert} names it (an IP address and port, a host name and port for SNI,
     * or the central certificate store's port and the host's .pfx file); for IIS 6 the thumbprint and store of the
     * site's metabase key; for an ftp binding the site's FTP certificate. Empty for other bindings.
     */
    static Optional<String> certificate(Site s, Site.Binding b) {
        return httpsCertificate(b).or(() -> ftpCertificate(s, b));
    }

    private static Optional<String> httpsCertificate(Site.Binding b) {
        if (!b.protocol().equalsIgnoreCase("https")) return Optional.empty();
        Site.Certificate c = b.certificate();
        if (c instanceof Site.Certificate.Metabase m)
            return Optional.of(
                    m.hash().isEmpty()
                            ? "none, the site sets no SSLCertHash"
                            : m.hash().toUpperCase(Locale.ROOT) + " in store " + m.store());
        if (c instanceof Site.Certificate.HttpSys h) return Optional.of(httpSys(h.sslFlags(), b.endpoint()));
        return Optional.of("HTTP.sys entry unknown, the file does not give the binding's sslFlags");
    }

    /**
     * An ftp binding's certificate: the site's {@code ftpServer/security/ssl} {@code serverCertHash} and
     * {@code serverCertStoreName} (MY when not written), through {@code siteDefaults}. Empty for other bindings and
     * for files whose sites' settings are not read (IIS 6).
     */
    private static Optional<String> ftpCertificate(Site s, Site.Binding b) {
        if (!b.protocol().equalsIgnoreCase("ftp") || s.settings() == SiteSettings.NONE) return Optional.empty();
        Optional<String> hash = s.settings()
                .text(FTP_SSL, "serverCertHash")
                .known()
                .map(String::strip)
                .filter(h -> !h.isEmpty());
        if (hash.isEmpty()) return Optional.of("no serverCertHash in the file");
        return Optional.of(hash.get().toUpperCase(Locale.ROOT) + " in store "
                + s.settings().text(FTP_SSL, "serverCertStoreName").known().orElse("MY"));
    }

    private static final String FTP_SSL = "ftpServer/security/ssl";

    private static String httpSys(String sslFlags, Optional<Site.Endpoint> endpoint) {
        if (endpoint.isEmpty()) return "HTTP.sys entry unknown, the binding is not valid";
        Site.Endpoint e = endpoint.get();
        long flags;
        try {
            flags = Long.parseLong(sslFlags.strip());
        } catch (NumberFormatException x) {
            return "HTTP.sys entry unknown, sslFlags=" + sslFlags + " is not a number";
        }
        if ((flags & 2) != 0)
            return e.host().isEmpty()
                    ? "central certificate store entry ccs=" + e.port() + ", no host name to name its .pfx file"
                    : "central certificate store entry ccs=" + e.port() + ", file " + e.host() + ".pfx";
        if ((flags & 1) != 0)
            return e.host().isEmpty()
                    ? "SNI without a host name, which IIS cannot bind"
                    : "HTTP.sys SNI entry hostnameport=" + e.host() + ":" + e.port();
        return "HTTP.sys entry ipport=" + (e.ip().equals("*") ? "0.0.0.0" : e.ip()) + ":" + e.port();
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
