package io.iislint.policy;

import io.iislint.finding.Finding;
import io.iislint.finding.Severity;
import io.iislint.model.IisVersion;
import io.iislint.source.Location;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An organisation's policy ({@code .iislint.xml}): which severity fails the build, rule severities and
 * parameters, rules turned off (and rules off by default turned on: {@code turnedOn}), and exemptions for one server,
 * site or pool, each with a reason and an optional expiry date.
 */
public record Policy(
        Optional<Path> file,
        Optional<Severity> failOn,
        Map<String, Severity> severities,
        Map<String, String> params,
        Set<String> disabled,
        List<Exemption> exemptions,
        List<Content> contents,
        Optional<IisVersion> iisVersion,
        Set<String> turnedOn) {

    public static final Policy NONE = new Policy(
            Optional.empty(), Optional.empty(), Map.of(), Map.of(), Set.of(), List.of(), List.of(), Optional.empty());

    public Policy {
        contents = List.copyOf(contents);
        turnedOn = Set.copyOf(turnedOn);
    }

    public Policy(
            Optional<Path> file,
            Optional<Severity> failOn,
            Map<String, Severity> severities,
            Map<String, String> params,
            Set<String> disabled,
            List<Exemption> exemptions,
            List<Content> contents,
            Optional<IisVersion> iisVersion) {
        this(file, failOn, severities, params, disabled, exemptions, contents, iisVersion, Set.of());
    }

    public Policy(
            Optional<Path> file,
            Optional<Severity> failOn,
            Map<String, Severity> severities,
            Map<String, String> params,
            Set<String> disabled,
            List<Exemption> exemptions,
            List<Content> contents) {
        this(file, failOn, severities, params, disabled, exemptions, contents, Optional.empty());
    }

    public Policy(
            Optional<Path> file,
            Optional<Severity> failOn,
            Map<String, Severity> severities,
            Map<String, String> params,
            Set<String> disabled,
            List<Exemption> exemptions) {
        this(file, failOn, severities, params, disabled, exemptions, List.of());
    }

    /**
     * Where a site's content is kept when it is not below its server's folder ({@code <content site="Shop" path="/"
     * folder="../shop-repo/src"/>}): the web.config files in {@code folder} belong to the site at URL path {@code path}.
     * {@code folder} is absolute, inside the policy file's folder tree.
     */
    public record Content(String site, String path, Path folder, Location location) {}

    /**
     * An accepted finding. {@code server} matches a folder name in the finding's path (exports are usually kept
     * one folder per server); {@code site} and {@code pool} match the finding's subject; {@code *} is a wildcard.
     */
    public record Exemption(
            Set<String> rules,
            Optional<String> server,
            Optional<String> site,
            Optional<String> pool,
            String reason,
            Optional<LocalDate> expires,
            Location location) {

        public boolean expiredOn(LocalDate today) {
            return expires.map(today::isAfter).orElse(false);
        }

        public boolean covers(Finding f) {
            if (!rules.contains(f.ruleId())) return false;
            if (server.isPresent() && !inServerFolder(f.location().file(), server.get())) return false;
            if (site.isPresent() && !aboutSite(f, site.get())) return false;
            return pool.isEmpty()
                    || (f.subject().kind().equals("application pool")
                            && Wildcard.of(pool.get()).matches(f.subject().name()));
        }

        private static boolean inServerFolder(String file, String server) {
            Wildcard w = Wildcard.of(server);
            Path parent = Path.of(file.replace('\\', '/')).getParent();
            for (Path part = parent; part != null; part = part.getParent()) {
                if (part.getFileName() != null && w.matches(part.getFileName().toString())) return true;
            }
            return false;
        }

        /** The site itself, one of its applications, or a configuration path inside it. */
        private static boolean aboutSite(Finding f, String site) {
            Wildcard w = Wildcard.of(site);
            String name = f.subject().name();
            return switch (f.subject().kind()) {
                case "site" -> w.matches(name);
                case "application" -> w.matches(name.split("/", 2)[0]);
                case "config path" ->
                    name.startsWith("MACHINE/WEBROOT/APPHOST/")
                            && w.matches(name.substring("MACHINE/WEBROOT/APPHOST/".length())
                                    .split("/", 2)[0]);
                default -> false;
            };
        }

        public String describe() {
            StringBuilder sb = new StringBuilder("exemption for ").append(String.join(",", rules));
            server.ifPresent(s -> sb.append(" on server ").append(s));
            site.ifPresent(s -> sb.append(" on site ").append(s));
            pool.ifPresent(s -> sb.append(" on pool ").append(s));
            return sb.toString();
        }
    }
}
