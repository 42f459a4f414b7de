package io.iislint.catalog;

import io.iislint.source.InputError;
import io.iislint.text.Markdown;
import io.iislint.xml.XmlDocument;
import io.iislint.xml.XmlElement;
import io.iislint.xml.XmlReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark controls ({@code rules/benchmarks.xml}, packaged beside the catalog): the CIS IIS 10 Benchmark and
 * the DISA IIS 10.0 Server and Site STIGs, each control with its id, level or severity, a short title, and either a
 * reason it cannot be checked from files or nothing. Which rules check a control is not written there: it is read
 * from the rules' references ({@link #coverage}), so a rule added to the catalog counts without touching this file.
 */
public final class Benchmarks {

    static final String RESOURCE = "/io/iislint/catalog/benchmarks.xml";

    /** What a control that cannot be judged from configuration files depends on instead. */
    public static final List<String> REASONS = List.of("registry", "acl", "disk", "feature", "account", "manual");

    /**
     * The features a control may apply to only (applies-to), and what the view says when the inputs do not use it: a
     * site with an ftp binding, forms authentication, classic ASP, ASP.NET session state.
     */
    public static final Map<String, String> FEATURES = Map.of(
            "ftp", "no FTP site",
            "forms", "no forms authentication among the inputs",
            "asp", "no classic ASP among the inputs (no asp.dll handler or script map, no asp section)",
            "session-state", "ASP.NET session state is off (mode Off) wherever the inputs set it");

    /** A reference that only relates a rule to a control, without the rule checking it. */
    public static final String RELATED = "Related to ";

    private static final Pattern CIS = Pattern.compile("CIS IIS 10 (\\d+(?:\\.\\d+)+): \\S.*");
    private static final Pattern STIG =
            Pattern.compile("DISA IIS 10 (Server|Site) STIG (SV-\\d{6}) \\((IIST-S[IV]-\\d{6})\\): \\S.*");

    private final List<Benchmark> benchmarks;

    Benchmarks(List<Benchmark> benchmarks) {
        this.benchmarks = List.copyOf(benchmarks);
    }

    /** One benchmark: its id for the command line, the prefix its references start with, its title and release. */
    public record Benchmark(String id, String reference, String title, String version, List<Control> controls) {
        public Benchmark {
            controls = List.copyOf(controls);
        }

        public Optional<Control> control(String controlId) {
            return controls.stream().filter(c -> c.id().equals(controlId)).findFirst();
        }
    }

    /**
     * One control. {@code level} is CIS's (L1, L2), {@code severity} DISA's (high, medium, low); {@code stigId} the
     * STIG's own id (IIST-SV-…), empty where the sources do not give it. {@code appliesTo}: a feature without which the
     * control does not apply. {@code notCheckable}: why files cannot tell. {@code params}: rule parameters
     * ({@code IIS-1108.maxMinutes} → 15) the view sets, where the benchmark's limit is not the rule's default.
     * {@code note}: what a pass leaves to check by hand.
     */
    public record Control(
            String id,
            String stigId,
            String level,
            String severity,
            String title,
            Optional<String> appliesTo,
            Optional<NotCheckable> notCheckable,
            Map<String, String> params,
            String note) {
        public Control {
            params = Map.copyOf(params);
        }

        /** CIS's level or DISA's severity. */
        public String rank() {
            return level.isEmpty() ? severity : level;
        }
    }

    /** Why a control cannot be judged from configuration files: one of {@link #REASONS}, and a sentence. */
    public record NotCheckable(String reason, String why) {}

    /** A reference in a benchmark's form: the benchmark's id, the control's id, and the STIG id it gives (or ""). */
    public record Reference(String benchmark, String control, String stigId) {}

    /** How a control stands in this catalog: the lint rules that check it, or why none can, or neither. */
    public enum Status {
        CHECKED("checked by a rule"),
        NOT_CHECKABLE("not checkable from files"),
        NOT_YET_CHECKED("not yet checked");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A control with its status and the rules (catalog order) that check it. */
    public record Coverage(Benchmark benchmark, Control control, Status status, List<String> rules) {
        public Coverage {
            rules = List.copyOf(rules);
        }
    }

    public List<Benchmark> all() {
        return benchmarks;
    }

    public Optional<Benchmark> get(String id) {
        return benchmarks.stream().filter(b -> b.id().equals(id)).findFirst();
    }

    /**
     * A reference that names a benchmark control, parsed; empty for any other reference (a document, a related
     * control). {@link #problems} tells a benchmark reference that is misspelt from one that is another's.
     */
    public static Optional<Reference> parse(String reference) {
        Matcher m = CIS.matcher(reference);
        if (m.matches()) return Optional.of(new Reference("cis", m.group(1), ""));
        m = STIG.matcher(reference);
        if (m.matches()) {
            String id = m.group(1).equals("Server") ? "stig-server" : "stig-site";
            return Optional.of(new Reference(id, m.group(2), m.group(3)));
        }
        return Optional.empty();
    }

    /** Whether a reference speaks of an IIS 10 benchmark control at all (then it must parse, or be "Related to …"). */
    static boolean mentionsBenchmark(String reference) {
        return reference.contains("CIS IIS 10")
                || (reference.contains("IIS 10") && reference.contains("CIS"))
                || (reference.contains("IIS 10") && reference.contains("STIG"));
    }

    /** Every control of every benchmark with its status, in file order. */
    public List<Coverage> coverage(Catalog catalog) {
        Map<String, List<String>> rulesOf = new LinkedHashMap<>();
        for (RuleInfo r : catalog.all()) {
            for (String ref : r.references()) {
                parse(ref).ifPresent(p -> {
                    List<String> rules =
                            rulesOf.computeIfAbsent(p.benchmark() + "|" + p.control(), k -> new ArrayList<>());
                    if (!rules.contains(r.id())) rules.add(r.id());
                });
            }
        }
        List<Coverage> out = new ArrayList<>();
        for (Benchmark b : benchmarks) {
            for (Control c : b.controls()) {
                List<String> rules = rulesOf.getOrDefault(b.id() + "|" + c.id(), List.of());
                Status s = !rules.isEmpty()
                        ? Status.CHECKED
                        : c.notCheckable().isPresent() ? Status.NOT_CHECKABLE : Status.NOT_YET_CHECKED;
                out.add(new Coverage(b, c, s, rules));
            }
        }
        return out;
    }

    /**
     * What keeps the catalog and the controls from agreeing, one line each: a reference that speaks of a benchmark
     * but is not in its form, one naming a control the list lacks or with another STIG id, a control that is both
     * checked by a rule and marked not checkable. Empty when they agree (BenchmarksTest holds it so).
     */
    public List<String> problems(Catalog catalog) {
        List<String> problems = new ArrayList<>();
        List<RuleInfo> entries = catalog.entries();
        for (RuleInfo r : entries) {
            for (String ref : r.references()) {
                Optional<Reference> p = parse(ref);
                if (p.isEmpty()) {
                    if (mentionsBenchmark(ref) && !ref.startsWith(RELATED))
                        problems.add(r.id() + ": reference not in a benchmark's form: " + ref);
                    continue;
                }
                Optional<Control> c =
                        get(p.get().benchmark()).flatMap(b -> b.control(p.get().control()));
                if (c.isEmpty())
                    problems.add(r.id() + ": names no control of " + p.get().benchmark() + ": " + ref);
                else if (!c.get().stigId().equals(p.get().stigId()))
                    problems.add(r.id() + ": " + p.get().control() + " is "
                            + describe(c.get().stigId()) + ": " + ref);
            }
        }
        for (Coverage c : coverage(catalog)) {
            if (c.status() == Status.CHECKED && c.control().notCheckable().isPresent())
                problems.add(c.benchmark().id() + " " + c.control().id() + ": marked not checkable, but "
                        + String.join(", ", c.rules()) + " check it");
        }
        return problems;
    }

    private static String describe(String stigId) {
        return stigId.isEmpty() ? "given without a STIG id in the list" : stigId + " in the list";
    }

    // ---- README's coverage table

    /** The start of the line before README's generated coverage tables, and the line after them. */
    public static final String README_BEGIN =
            "<!-- benchmarks: generated from rules/benchmarks.xml and rules/catalog.xml";

    public static final String README_END = "<!-- end of benchmarks -->";

    /** README with the text between its markers made anew from the packaged controls and {@code catalog}. */
    public static String readme(String readme, Catalog catalog) {
        int begin = readme.indexOf("\n" + README_BEGIN);
        int end = readme.indexOf("\n" + README_END + "\n");
        if (begin < 0 || end < begin || readme.indexOf("\n" + README_BEGIN, begin + 1) >= 0) {
            throw new IllegalArgumentException(
                    "README needs one line starting " + README_BEGIN + " and, after it, one line " + README_END);
        }
        int from = readme.indexOf('\n', begin + 1) + 1;
        return readme.substring(0, from) + load().readmeTables(catalog) + readme.substring(end + 1);
    }

    /** A row per benchmark with its counts, then per benchmark each control, its status and its rules. */
    String readmeTables(Catalog catalog) {
        List<Coverage> coverage = coverage(catalog);
        StringBuilder md = new StringBuilder(
                "| Benchmark | Controls | Checked by a rule | Not checkable from files | Not yet checked |\n"
                        + "|---|---|---|---|---|\n");
        for (Benchmark b : benchmarks) {
            int[] n = new int[3];
            int total = 0;
            for (Coverage c : coverage) {
                if (!c.benchmark().id().equals(b.id())) continue;
                total++;
                switch (c.status()) {
                    case CHECKED -> n[0]++;
                    case NOT_CHECKABLE -> n[1]++;
                    case NOT_YET_CHECKED -> n[2]++;
                }
            }
            md.append("| ")
                    .append(b.title())
                    .append(' ')
                    .append(b.version())
                    .append(" (`")
                    .append(b.id());
            md.append("`) | ")
                    .append(total)
                    .append(" | ")
                    .append(n[0])
                    .append(" | ")
                    .append(n[1]);
            md.append(" | ").append(n[2]).append(" |\n");
        }
        for (Benchmark b : benchmarks) {
            md.append("\n<details><summary>").append(b.title()).append(' ').append(b.version());
            md.append(": each control</summary>\n\n| Control | ")
                    .append(b.id().equals("cis") ? "Level" : "Severity")
                    .append(" | Title | Status | Rules |\n|---|---|---|---|---|\n");
            for (Coverage c : coverage) {
                if (!c.benchmark().id().equals(b.id())) continue;
                Control k = c.control();
                String status = c.status() == Status.NOT_CHECKABLE
                        ? c.status().label() + " ("
                                + k.notCheckable().map(NotCheckable::reason).orElse("") + ")"
                        : c.status().label();
                md.append("| ").append(k.stigId().isEmpty() ? k.id() : k.id() + " (" + k.stigId() + ")");
                md.append(" | ").append(k.rank()).append(" | ").append(Markdown.text(k.title()));
                md.append(" | ")
                        .append(status)
                        .append(" | ")
                        .append(String.join(", ", c.rules()))
                        .append(" |\n");
            }
            md.append("\n</details>\n");
        }
        return md.toString();
    }

    // ---- reading

    /** The packaged list, read once per process. */
    public static Benchmarks load() {
        return Packaged.LIST;
    }

    private static final class Packaged {
        static final Benchmarks LIST = read();

        private static Benchmarks read() {
            try (InputStream in = Benchmarks.class.getResourceAsStream(RESOURCE)) {
                if (in == null) throw new IllegalStateException("benchmark list missing from the jar: " + RESOURCE);
                return parse(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Parses the list; one that does not parse is a defect in the build. */
    static Benchmarks parse(byte[] xml) {
        try {
            return parse(new XmlReader(XmlReader.DEFAULT_MAX_FILE_BYTES, true).parse("benchmarks.xml", xml));
        } catch (InputError e) {
            throw new IllegalStateException("benchmark list is broken: " + e.diagnostic(), e);
        }
    }

    /** Strict, as the catalog is: an unknown element, attribute or reason, or a control listed twice, is a defect. */
    static Benchmarks parse(XmlDocument doc) {
        List<Benchmark> out = new ArrayList<>();
        for (XmlElement b : doc.root().children()) {
            if (!b.name().equals("benchmark")) throw bad(b, "unexpected <" + b.name() + ">");
            only(b, Set.of("id", "reference", "title", "version"));
            List<Control> controls = new ArrayList<>();
            for (XmlElement c : b.children()) {
                if (!c.name().equals("control")) throw bad(c, "unexpected <" + c.name() + ">");
                Control control = control(c);
                if (controls.stream().anyMatch(x -> x.id().equals(control.id())))
                    throw bad(c, "control " + control.id() + " listed twice");
                controls.add(control);
            }
            Benchmark benchmark = new Benchmark(
                    required(b, "id"),
                    required(b, "reference"),
                    required(b, "title"),
                    required(b, "version"),
                    controls);
            if (out.stream().anyMatch(x -> x.id().equals(benchmark.id())))
                throw bad(b, "benchmark " + benchmark.id() + " listed twice");
            out.add(benchmark);
        }
        return new Benchmarks(out);
    }

    private static Control control(XmlElement c) {
        only(c, Set.of("id", "stig-id", "level", "severity", "title", "applies-to", "params", "note"));
        Optional<NotCheckable> notCheckable = Optional.empty();
        for (XmlElement n : c.children()) {
            if (!n.name().equals("not-checkable") || notCheckable.isPresent())
                throw bad(n, "unexpected <" + n.name() + ">");
            only(n, Set.of("reason"));
            String reason = required(n, "reason");
            if (!REASONS.contains(reason)) throw bad(n, "reason is one of " + REASONS + ", not " + reason);
            notCheckable = Optional.of(
                    new NotCheckable(reason, Catalog.oneLine(n.text().strip())));
        }
        Optional<String> appliesTo = c.attribute("applies-to");
        if (appliesTo.isPresent() && !FEATURES.containsKey(appliesTo.get()))
            throw bad(
                    c,
                    "applies-to names one of " + new java.util.TreeSet<>(FEATURES.keySet()) + ", not "
                            + appliesTo.get());
        if (c.has("level") == c.has("severity")) throw bad(c, "a control has a level (CIS) or a severity (DISA)");
        return new Control(
                required(c, "id"),
                c.attribute("stig-id").orElse(""),
                c.attribute("level").orElse(""),
                c.attribute("severity").orElse(""),
                required(c, "title"),
                appliesTo,
                notCheckable,
                params(c),
                c.attribute("note").orElse(""));
    }

    /** {@code params="RULE.NAME=VALUE …"}, space-separated. */
    private static Map<String, String> params(XmlElement c) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String p : c.attribute("params").orElse("").trim().split(" ")) {
            if (p.isEmpty()) continue;
            int eq = p.indexOf('=');
            if (eq < 1 || p.indexOf('.') < 1) throw bad(c, "params are RULE.NAME=VALUE, not " + p);
            out.put(p.substring(0, eq), p.substring(eq + 1));
        }
        return out;
    }

    private static void only(XmlElement e, Set<String> allowed) {
        for (String a : e.attributes().keySet()) if (!allowed.contains(a)) throw bad(e, "unexpected attribute " + a);
    }

    private static String required(XmlElement e, String attribute) {
        return e.attribute(attribute).orElseThrow(() -> bad(e, "<" + e.name() + "> needs " + attribute));
    }

    private static IllegalStateException bad(XmlElement e, String why) {
        return new IllegalStateException("benchmark list " + e.location() + ": " + why);
    }
}
