package io.iislint.policy;

import io.iislint.catalog.Catalog;
import io.iislint.catalog.Parameters;
import io.iislint.catalog.RuleInfo;
import io.iislint.finding.Severity;
import io.iislint.model.IisVersion;
import io.iislint.source.InputError;
import io.iislint.xml.XmlDocument;
import io.iislint.xml.XmlElement;
import io.iislint.xml.XmlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a policy file, strictly: an unknown element or attribute, an unknown rule, an exemption without a reason
 * or with a malformed date is an error with its line, so a typo never silently weakens the gate.
 * <pre>
 * &lt;iislint&gt;
 *   &lt;failOn&gt;warning&lt;/failOn&gt;
 *   &lt;rule id="IIS-605" severity="warning"&gt;&lt;param name="max" value="00:30:00"/&gt;&lt;/rule&gt;
 *   &lt;rule id="IIS-702" enabled="false"/&gt;
 *   &lt;exempt rule="IIS-101" pool="MSExchange*" reason="Exchange requires LocalSystem" expires="2027-06-30"/&gt;
 * &lt;/iislint&gt;
 * </pre>
 */
public final class PolicyReader {
    public static final String FILE_NAME = ".iislint.xml";

    private PolicyReader() {}

    /** What discovery found: the policy file to use, if any, and one it would not use, with why (a warning). */
    public record Discovery(Optional<Path> file, Optional<String> notUsed) {
        public static final Discovery NONE = new Discovery(Optional.empty(), Optional.empty());
    }

    /**
     * The nearest {@value #FILE_NAME} walking up from {@code start}, to the repository root (a folder holding
     * {@code .git}, a folder, or a file as in a worktree or submodule) or the filesystem root. A policy can turn
     * rules off and exempt whole servers, so one that anyone may write is not taken: the walk stops at a folder
     * anyone can write to (the temp directory, sticky bit or not: anyone may create the file there) without reading
     * its policy, and a policy file anyone can write is skipped. The owner is not checked: a repository mounted into
     * a container, or a team's shared folder, is rightly owned by someone else.
     */
    public static Discovery find(Path start) {
        Path dir = start.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) dir = dir.getParent();
        for (; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(FILE_NAME);
            boolean shared = anyoneMayWrite(dir);
            if (Files.isRegularFile(candidate)) {
                if (shared) return notUsed(candidate, "anyone can write to " + dir);
                if (anyoneMayWrite(candidate)) return notUsed(candidate, "anyone can write to it");
                return new Discovery(Optional.of(candidate), Optional.empty());
            }
            if (shared || Files.exists(dir.resolve(".git"))) break;
        }
        return Discovery.NONE;
    }

    private static Discovery notUsed(Path candidate, String why) {
        return new Discovery(
                Optional.empty(),
                Optional.of(candidate + " is not used as the policy: " + why + " (name it with --config to use it)"));
    }

    /** Whether the permissions let every user write it (POSIX; elsewhere the question is not asked). */
    private static boolean anyoneMayWrite(Path p) {
        try {
            PosixFileAttributeView view = Files.getFileAttributeView(p, PosixFileAttributeView.class);
            return view != null && view.readAttributes().permissions().contains(PosixFilePermission.OTHERS_WRITE);
        } catch (IOException | UnsupportedOperationException e) {
            return false; // unreadable: neither is a policy in it
        }
    }

    public static Policy read(Path file, Catalog catalog) throws InputError {
        XmlDocument doc = new XmlReader(1 << 20, true).read(file, file.toString());
        XmlElement root = doc.root();
        if (!root.name().equals("iislint"))
            throw error(root, "a policy file's root element is <iislint>, not <" + root.name() + ">");
        Optional<Severity> failOn = Optional.empty();
        Optional<IisVersion> iisVersion = Optional.empty();
        Map<String, Severity> severities = new LinkedHashMap<>();
        Map<String, String> params = new LinkedHashMap<>();
        Set<String> disabled = new LinkedHashSet<>();
        Set<String> turnedOn = new LinkedHashSet<>();
        List<Policy.Exemption> exemptions = new ArrayList<>();
        List<Policy.Content> contents = new ArrayList<>();
        for (XmlElement e : root.children()) {
            switch (e.name()) {
                case "failOn" -> failOn = Optional.of(severity(e, e.text().strip()));
                case "iisVersion" -> {
                    String v = e.text().strip();
                    iisVersion = Optional.of(IisVersion.given(
                                    v,
                                    "the policy file's iisVersion at line "
                                            + e.location().line() + ":")
                            .orElseThrow(() ->
                                    error(e, "iisVersion must be " + IisVersion.GIVEN_VALUES + ", not '" + v + "'")));
                }
                case "rule" -> rule(e, catalog, severities, params, disabled, turnedOn);
                case "exempt" -> exemptions.add(exemption(e, catalog));
                case "content" -> contents.add(content(e, file));
                default ->
                    throw error(
                            e,
                            "unknown element <" + e.name()
                                    + "> (expected failOn, iisVersion, rule, exempt or content)");
            }
        }
        return new Policy(
                Optional.of(file), failOn, severities, params, disabled, exemptions, contents, iisVersion, turnedOn);
    }

    /**
     * A site's content folder: inside the policy file's folder tree (also after links are followed), and existing.
     * Anything else is an error at the element: a policy does not send iislint anywhere else on the machine.
     */
    private static Policy.Content content(XmlElement e, Path file) throws InputError {
        allow(e, "site", "path", "folder");
        String site = attribute(e, "site").strip();
        if (site.isEmpty()) throw error(e, "<content> needs a site name");
        String path = e.attribute("path").orElse("/").strip().replace('\\', '/');
        if (!path.startsWith("/")) throw error(e, "a content path is a URL path from the site's root: /, /app, …");
        String folder = attribute(e, "folder").strip();
        Path base = file.toAbsolutePath().normalize().getParent();
        if (base == null || folder.isEmpty()) throw error(e, "<content> needs a folder");
        Path target;
        try {
            target = base.resolve(folder).normalize();
        } catch (java.nio.file.InvalidPathException x) {
            throw error(e, "not a folder name: " + folder);
        }
        if (!target.startsWith(base))
            throw error(e, "the content folder " + folder + " lies outside the policy file's folder");
        if (!Files.isDirectory(target)) throw error(e, "no such folder: " + folder);
        try {
            if (!target.toRealPath().startsWith(base.toRealPath()))
                throw error(e, "the content folder " + folder + " leads outside the policy file's folder (a link)");
        } catch (IOException x) {
            throw error(e, "the content folder " + folder + " cannot be read");
        }
        return new Policy.Content(site, path, target, e.location());
    }

    private static void rule(
            XmlElement e,
            Catalog catalog,
            Map<String, Severity> severities,
            Map<String, String> params,
            Set<String> disabled,
            Set<String> turnedOn)
            throws InputError {
        allow(e, "id", "severity", "enabled");
        RuleInfo r = rule(e, catalog, attribute(e, "id"));
        if (e.has("severity")) severities.put(r.id(), severity(e, attribute(e, "severity")));
        if (e.has("enabled")) {
            String v = attribute(e, "enabled");
            if (!v.equals("true") && !v.equals("false")) throw error(e, "enabled is true or false");
            if (v.equals("false")) disabled.add(r.id());
            // a rule off by default runs like the others once the policy turns it on
            else if (r.offByDefault()) turnedOn.add(r.id());
        }
        for (XmlElement p : e.children()) {
            if (!p.name().equals("param"))
                throw error(p, "unknown element <" + p.name() + "> in <rule> (expected param)");
            allow(p, "name", "value");
            String name = attribute(p, "name");
            String value = attribute(p, "value");
            RuleInfo.Parameter declared = r.parameter(name)
                    .orElseThrow(() -> error(
                            p,
                            "rule " + r.id() + " has no parameter '"
                                    + name + "'"
                                    + (r.parameters().isEmpty()
                                            ? ""
                                            : " (it has: "
                                                    + String.join(
                                                            ", ",
                                                            r.parameters().stream()
                                                                    .map(RuleInfo.Parameter::name)
                                                                    .toList())
                                                    + ")")));
            Optional<String> wrong = Parameters.problem(declared.type(), value);
            if (wrong.isPresent())
                throw error(
                        p, "'" + value + "' is not a valid " + name + " for " + r.id() + ": expected " + wrong.get());
            params.put(r.id() + "." + name, value);
        }
    }

    private static Policy.Exemption exemption(XmlElement e, Catalog catalog) throws InputError {
        allow(e, "rule", "server", "site", "pool", "reason", "expires");
        Set<String> rules = new LinkedHashSet<>();
        for (String token : attribute(e, "rule").split(","))
            rules.add(rule(e, catalog, token.strip()).id());
        String reason = e.attribute("reason").map(String::strip).orElse("");
        if (reason.isEmpty()) throw error(e, "an exemption needs a reason: say why the finding is accepted");
        if (!e.has("server") && !e.has("site") && !e.has("pool")) {
            throw error(
                    e,
                    "an exemption needs a scope: server, site or pool (to turn a rule off everywhere, use <rule enabled=\"false\">)");
        }
        Optional<LocalDate> expires = Optional.empty();
        if (e.has("expires")) {
            try {
                expires = Optional.of(LocalDate.parse(attribute(e, "expires")));
            } catch (DateTimeParseException x) {
                throw error(e, "expires is a date written YYYY-MM-DD, not '" + attribute(e, "expires") + "'");
            }
        }
        return new Policy.Exemption(
                rules, e.attribute("server"), e.attribute("site"), e.attribute("pool"), reason, expires, e.location());
    }

    private static RuleInfo rule(XmlElement e, Catalog catalog, String token) throws InputError {
        return catalog.all().stream()
                .filter(r -> r.id().equalsIgnoreCase(token) || r.name().equals(token))
                .findFirst()
                .orElseThrow(() -> error(e, "unknown rule '" + token + "' (see 'iislint rules')"));
    }

    private static Severity severity(XmlElement e, String text) throws InputError {
        return Severity.parse(text)
                .orElseThrow(() -> error(e, "severity is error, warning or info, not '" + text + "'"));
    }

    private static String attribute(XmlElement e, String name) throws InputError {
        return e.attribute(name).orElseThrow(() -> error(e, "<" + e.name() + "> needs a " + name + " attribute"));
    }

    private static void allow(XmlElement e, String... names) throws InputError {
        Set<String> ok = Set.of(names);
        for (String a : e.attributes().keySet()) {
            if (!ok.contains(a))
                throw error(
                        e,
                        "unknown attribute " + a + " on <" + e.name() + "> (expected " + String.join(", ", names)
                                + ")");
        }
    }

    private static InputError error(XmlElement e, String why) {
        return new InputError(e.location(), why);
    }
}
