package io.iislint.catalog;

import io.iislint.finding.Severity;
import io.iislint.source.InputError;
import io.iislint.xml.XmlDocument;
import io.iislint.xml.XmlElement;
import io.iislint.xml.XmlReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The rule catalog ({@code rules/catalog.xml} in the repository, packaged in the jar): ids, names, severities,
 * rationale, fix templates, references and parameters. It feeds the findings, {@code iislint rules} and the docs.
 * It also holds the audit's readiness checks (category {@code migration}, with a {@code target}): they have pages
 * like rules, but they are not lint rules, so {@link #all} leaves them out and {@link #checks} lists them.
 *
 * <p>It is read with the project's own XML reader (measured at about 100 ms against about 480 ms for a Jackson
 * {@code XmlMapper} on first use), and a run reads the build's {@link CatalogSnapshot} of it instead when that
 * matches the XML (a few ms).
 */
public final class Catalog {

    static final String RESOURCE = "/io/iislint/catalog/catalog.xml";

    private static final Set<String> RULE_ATTRIBUTES =
            Set.of("id", "name", "severity", "category", "tags", "target", "fix-safety", "default");
    /** The category of the audit's readiness checks. */
    public static final String MIGRATION = "migration";
    /** What a readiness check can judge a site ready for: the move from IIS 6 to IIS 10, or to Azure App Service. */
    private static final List<String> TARGETS = List.of("iis10", "appservice");

    private static final Set<String> RULE_CHILDREN =
            Set.of("title", "rationale", "fix", "example", "reference", "parameter");

    private final Map<String, RuleInfo> byId;
    private final Map<String, RuleInfo> checksById;

    /** {@code entries}: the rules and the readiness checks, in catalog order; an entry with a target is a check. */
    Catalog(Map<String, RuleInfo> entries) {
        Map<String, RuleInfo> rules = new LinkedHashMap<>();
        Map<String, RuleInfo> checks = new LinkedHashMap<>();
        for (RuleInfo r : entries.values()) (r.isReadinessCheck() ? checks : rules).put(r.id(), r);
        this.byId = rules;
        this.checksById = checks;
    }

    /**
     * The packaged catalog, read once per process. A command that will need it calls {@link #preload} first, so
     * that the read overlaps picocli's start-up; a catalog is immutable, so one is shared.
     */
    public static Catalog load() {
        Packaged.READ.run(); // reads it here unless another thread has already started
        try {
            return Packaged.READ.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the rule catalog", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error r) throw r;
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Starts reading the packaged catalog on a background thread; {@link #load} then waits for it. */
    public static void preload() {
        if (Packaged.READ.isDone()) return; // read by an earlier run in this process (the tests run many)
        Thread reader = new Thread(Packaged.READ, "iislint-catalog");
        reader.setDaemon(true);
        reader.start();
    }

    private static final class Packaged {
        static final FutureTask<Catalog> READ = new FutureTask<>(Catalog::read);
    }

    /** The packaged catalog: from the build's snapshot of it when that matches the XML, else from the XML. */
    private static Catalog read() {
        byte[] xml = resource(RESOURCE)
                .orElseThrow(() -> new IllegalStateException("rule catalog missing from the jar: " + RESOURCE));
        return resource(CatalogSnapshot.RESOURCE)
                .flatMap(snapshot -> CatalogSnapshot.read(snapshot, CatalogSnapshot.crc(xml)))
                .orElseGet(() -> parse(xml));
    }

    private static Optional<byte[]> resource(String name) {
        try (InputStream in = Catalog.class.getResourceAsStream(name)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses the catalog's XML; a catalog that does not parse is a defect in the build. */
    static Catalog parse(byte[] xml) {
        try {
            return parse(new XmlReader(XmlReader.DEFAULT_MAX_FILE_BYTES, true).parse("catalog.xml", xml));
        } catch (InputError e) {
            throw new IllegalStateException("rule catalog is broken: " + e.diagnostic(), e);
        }
    }

    /** Strict: an unknown element or attribute, or a missing one, is a defect in the catalog. */
    static Catalog parse(XmlDocument doc) {
        Map<String, RuleInfo> rules = new LinkedHashMap<>();
        for (XmlElement r : doc.root().children()) {
            if (!r.name().equals("rule")) throw bad(r, "unexpected <" + r.name() + ">");
            RuleInfo info = rule(r);
            if (rules.putIfAbsent(info.id(), info) != null) throw bad(r, "duplicate rule id " + info.id());
        }
        return new Catalog(rules);
    }

    private static RuleInfo rule(XmlElement r) {
        for (String a : r.attributes().keySet())
            if (!RULE_ATTRIBUTES.contains(a)) throw bad(r, "unexpected attribute " + a);
        for (XmlElement c : r.children())
            if (!RULE_CHILDREN.contains(c.name())) throw bad(c, "unexpected <" + c.name() + ">");
        String id = required(r, "id");
        Severity severity = Severity.parse(required(r, "severity")).orElseThrow(() -> bad(r, "bad severity"));
        String target = target(r);
        // a readiness check fixes nothing by itself: its page may still give a command when one applies
        Optional<XmlElement> fix = r.child("fix");
        if (fix.isEmpty() && target.isEmpty()) throw bad(r, "rule " + id + " has no <fix>");
        List<String> references = new ArrayList<>();
        for (XmlElement ref : r.children("reference")) references.add(text(ref.text()));
        List<RuleInfo.Parameter> parameters = new ArrayList<>();
        for (XmlElement p : r.children("parameter")) {
            parameters.add(new RuleInfo.Parameter(
                    required(p, "name"), required(p, "type"), required(p, "default"), text(p.text())));
        }
        if (!target.isEmpty() && !parameters.isEmpty())
            throw bad(r, "readiness check " + id + " has a <parameter>: the audit takes none");
        return new RuleInfo(
                id,
                required(r, "name"),
                severity,
                required(r, "category"),
                text(r, "title"),
                text(r, "rationale"),
                fix.map(f -> text(f, "appcmd")).orElse(""),
                fix.map(f -> text(f, "powershell")).orElse(""),
                fix.map(f -> text(f, "adsutil")).orElse(""),
                tags(r, target),
                references,
                parameters,
                example(r, "bad"),
                example(r, "good"),
                target,
                fileFix(r, fix),
                offByDefault(r, target));
    }

    /**
     * {@code default="off"}: the rule runs only when asked for (by id or name, a benchmark profile, a policy's
     * {@code <rule enabled="true">} or {@code iislint benchmark}), never in a run that names no rule.
     */
    private static boolean offByDefault(XmlElement r, String target) {
        Optional<String> d = r.attribute("default");
        if (d.isEmpty()) return false;
        if (!d.get().equals("off")) throw bad(r, "default is off or left out, not " + d.get());
        if (!target.isEmpty()) throw bad(r, "a readiness check has no default: check never runs it");
        return true;
    }

    /**
     * Whether iislint fixes the rule's findings in the file: {@code fix-safety} on the rule, and the reason in the
     * fix's {@code <safety>}; the two go together.
     */
    private static RuleInfo.FileFix fileFix(XmlElement r, Optional<XmlElement> fix) {
        Optional<String> safety = r.attribute("fix-safety");
        String why = fix.map(f -> text(f, "safety")).orElse("");
        if (safety.isEmpty()) {
            if (!why.isEmpty()) throw bad(r, "<safety> without fix-safety on the rule");
            return RuleInfo.FileFix.NONE;
        }
        if (!safety.get().equals(RuleInfo.FileFix.SAFE) && !safety.get().equals(RuleInfo.FileFix.UNSAFE))
            throw bad(r, "fix-safety is safe or unsafe, not " + safety.get());
        if (why.isEmpty()) throw bad(r, "fix-safety needs a <safety> in <fix> saying why");
        return new RuleInfo.FileFix(safety.get(), why);
    }

    /** A rule's profiles; a readiness check is in none (no lint run selects it), so it may leave them out. */
    private static List<String> tags(XmlElement r, String target) {
        String tags = oneLine(
                (target.isEmpty() ? required(r, "tags") : r.attribute("tags").orElse("")).trim());
        return tags.isEmpty() ? List.of() : List.of(tags.split(" "));
    }

    /** A readiness check's target; empty for a rule. Category migration and a target go together. */
    private static String target(XmlElement r) {
        boolean check = required(r, "category").equals(MIGRATION);
        Optional<String> target = r.attribute("target");
        if (check && target.isEmpty())
            throw bad(r, "a readiness check (category migration) needs a target: " + String.join(" or ", TARGETS));
        if (!check && target.isPresent()) throw bad(r, "only a readiness check (category migration) has a target");
        if (target.isPresent() && !TARGETS.contains(target.get())) throw bad(r, "unknown target " + target.get());
        return target.orElse("");
    }

    /** An example keeps its lines; only the indentation it shares inside the catalog is removed. */
    private static String example(XmlElement rule, String kind) {
        String text = rule.children("example").stream()
                .filter(e -> e.attribute("kind").orElse("").equals(kind))
                .map(XmlElement::text)
                .findFirst()
                .orElseThrow(() -> bad(rule, "rule needs a " + kind + " <example>"));
        // The blank line before ]]> would count as the shortest indent: drop it first.
        return text.stripTrailing().stripIndent().strip();
    }

    private static String required(XmlElement e, String attribute) {
        return e.attribute(attribute).orElseThrow(() -> bad(e, "<" + e.name() + "> needs " + attribute));
    }

    private static String text(XmlElement parent, String child) {
        return text(parent.child(child).map(XmlElement::text).orElse(""));
    }

    /** Catalog text is wrapped for reading; it is shown on one line. */
    private static String text(String s) {
        return oneLine(s.strip());
    }

    /**
     * Each run of white space ({@code \s}: space, tab, line feed, vertical tab, form feed, carriage return) as one
     * space: what {@code replaceAll("\\s+", " ")} does, without compiling a pattern per call (every run reads the
     * whole catalog, before the JVM has compiled anything).
     */
    static String oneLine(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean inSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (!space) b.append(c);
            else if (!inSpace) b.append(' ');
            inSpace = space;
        }
        return b.toString();
    }

    private static IllegalStateException bad(XmlElement e, String why) {
        return new IllegalStateException("rule catalog " + e.location() + ": " + why);
    }

    /** The same catalog with some rules' severities changed (a policy file's overrides). */
    public Catalog withSeverities(Map<String, Severity> severities) {
        if (severities.isEmpty()) return this;
        Map<String, RuleInfo> changed = new LinkedHashMap<>();
        for (RuleInfo r : byId.values()) {
            Severity s = severities.getOrDefault(r.id(), r.severity());
            changed.put(r.id(), r.withSeverity(s));
        }
        changed.putAll(checksById); // a policy names rules only
        return new Catalog(changed);
    }

    public Optional<RuleInfo> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public RuleInfo require(String id) {
        return get(id).orElseThrow(() -> new IllegalStateException("rule " + id + " has no catalog entry"));
    }

    /** Every lint rule, in catalog order: what check can run, select, suppress, exempt or set a parameter of. */
    public Collection<RuleInfo> all() {
        return byId.values();
    }

    /**
     * The audit's readiness checks, in catalog order: {@code iislint audit} runs them, {@code explain} and
     * {@code rules} show them; no lint run selects, suppresses or reports them.
     */
    public Collection<RuleInfo> checks() {
        return checksById.values();
    }

    /**
     * The rule or readiness check a user names: by id or name (ignoring case), a rule first; a check also by the id
     * the audit shows ({@code Iis5IsolationMode}). A check may share its name with a rule, its name being the
     * audit's id (iis5-isolation-mode is IIS-206 and MIG-101): the name finds the rule, as it did before checks had
     * pages, and the check answers to its MIG id and its audit id.
     */
    public Optional<RuleInfo> find(String token) {
        for (RuleInfo r : byId.values())
            if (r.id().equalsIgnoreCase(token) || r.name().equalsIgnoreCase(token)) return Optional.of(r);
        for (RuleInfo r : checksById.values()) {
            if (r.id().equalsIgnoreCase(token)
                    || r.name().equalsIgnoreCase(token)
                    || r.auditName().equalsIgnoreCase(token)) return Optional.of(r);
        }
        return Optional.empty();
    }

    /** Rules, then checks: every entry of the catalog, for its snapshot. */
    List<RuleInfo> entries() {
        List<RuleInfo> out = new ArrayList<>(byId.values());
        out.addAll(checksById.values());
        return out;
    }
}
