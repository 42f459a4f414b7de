package io.iislint.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.iislint.engine.Engine;
import io.iislint.engine.LintRequest;
import io.iislint.model.IisConfig;
import io.iislint.source.Location;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every readiness check's fixtures, {@code src/test/resources/audit/<MIG-ID>/}: each .xml or .config file there is
 * audited with that check alone, site by site, as {@code iislint audit} reads it (with {@code NAME.ini} beside it,
 * if there is one, as the fcgiext.ini of the same server), and every site's result must be what the file's
 * comments expect, in the manner of the rule fixtures:
 *
 * <ul>
 *   <li>{@code <!-- expect: warn Shop | part of the detail -->} (in an .ini, {@code ; expect: …}): the check gives
 *       site Shop the result warn, and the next line that is not itself an expectation is one of the lines it rests
 *       on. A site's evidence is exactly the lines its expectations point at.
 *   <li>{@code <!-- expect: unknown Shop (no evidence) | … -->}: the result, resting on no line (where the comment
 *       stands does not matter).
 *   <li>A site no expectation names must pass. {@code absent} expects the check not to judge the site at all.
 * </ul>
 * Results are pass, warn, fail, info, unknown and absent; a check gives no result but pass, unknown and the one its
 * catalog severity names (error fail, warning warn, info info).
 */
class AuditFixturesTest {
    static final Path ROOT = Path.of("src/test/resources/audit");
    private static final Pattern EXPECT = Pattern.compile(
            "(?:<!--|;)\\s*expect:\\s*(pass|warn|fail|info|unknown|absent)\\s+(.+?)\\s*(?:\\|\\s*(.+?)\\s*)?(?:-->\\s*)?$");
    private static final String NO_EVIDENCE = "(no evidence)";

    /** One expectation: a site's result, one line it rests on ({@code file:line}, or empty), a piece of its detail. */
    record Expected(String site, String result, Optional<String> evidence, Optional<String> says) {}

    static Stream<Path> fixtures() throws IOException {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files
                    .filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().endsWith(".ini"))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    private static ReadinessCheck check(String id) {
        return ReadinessChecks.all().stream()
                .filter(c -> c.id().equals(id))
                .findFirst()
                .orElseThrow(() ->
                        new AssertionError("no readiness check " + id + " for the fixtures in " + ROOT.resolve(id)));
    }

    /** The fcgiext.ini of the fixture's server, if it has one: {@code NAME.ini} beside {@code NAME.xml}. */
    private static Optional<Path> companion(Path file) {
        String name = file.getFileName().toString();
        Path ini = file.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".ini");
        return Files.exists(ini) ? Optional.of(ini) : Optional.empty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void eachSiteGetsWhatTheFixtureExpects(Path file) throws IOException {
        ReadinessCheck check = check(file.getParent().getFileName().toString());
        List<String> paths = new ArrayList<>(List.of(file.toString()));
        companion(file).ifPresent(ini -> paths.add(ini.toString()));
        List<Expected> expected = new ArrayList<>();
        for (String p : paths) expected.addAll(expectations(Path.of(p)));

        StringWriter errors = new StringWriter();
        List<IisConfig> configs = new ArrayList<>();
        for (Engine.Read r : new Engine(new PrintWriter(errors)).read(LintRequest.of(paths))) {
            assertThat(r.error()).as("%s is read", r.path()).isEmpty();
            configs.add(r.loaded().orElseThrow().config());
        }
        assertThat(errors.toString()).isEmpty();
        IisConfig config = configs.stream()
                .filter(c -> c.file().equals(file.toString()))
                .findFirst()
                .orElseThrow();
        assertThat(check.target().appliesTo(config))
                .as("a %s fixture is a file that target judges", check.target().label())
                .isTrue();
        List<SiteFacts> sites = new Audit(config, Audit.fcgiextSettings(configs)).siteFacts();
        assertThat(sites).as("sites in " + file).isNotEmpty();

        Set<String> allowed = Set.of("pass", "unknown", "absent", name(ReadinessChecksTest.notPassed(check.id())));
        Map<String, String> want = new TreeMap<>();
        Map<String, String> got = new TreeMap<>();
        for (SiteFacts site : sites) {
            String name = site.site().name();
            Optional<Audit.Check> c = check.appliesTo(site) ? Optional.of(check.evaluate(site)) : Optional.empty();
            String result = c.map(x -> name(x.result())).orElse("absent");
            assertThat(allowed)
                    .as("%s gives only pass, unknown and the result its catalog entry names", check.id())
                    .contains(result);
            List<Expected> mine =
                    expected.stream().filter(e -> e.site().equals(name)).toList();
            if (mine.isEmpty()) {
                want.put(name, "pass");
                got.put(name, result);
                continue;
            }
            TreeSet<String> lines = new TreeSet<>();
            for (Expected e : mine) e.evidence().ifPresent(lines::add);
            assertThat(mine)
                    .as("expectations of %s agree on its result", name)
                    .extracting(Expected::result)
                    .containsOnly(mine.get(0).result());
            want.put(name, mine.get(0).result() + " " + lines);
            TreeSet<String> evidence = new TreeSet<>();
            c.ifPresent(x -> x.evidence().forEach(l -> evidence.add(shown(l))));
            got.put(name, result + " " + evidence);
            for (Expected e : mine) {
                e.says()
                        .ifPresent(s -> assertThat(c.map(Audit.Check::detail).orElse(""))
                                .as("detail of %s for %s", check.id(), name)
                                .contains(s));
            }
        }
        Set<String> named = new TreeSet<>(expected.stream().map(Expected::site).toList());
        named.removeAll(got.keySet());
        assertThat(named).as("expectations of sites that are not in " + file).isEmpty();
        assertThat(got).as("%s, site by site, in %s", check.id(), file).isEqualTo(want);
    }

    private static String name(Audit.Result r) {
        return r.name().toLowerCase(Locale.ROOT);
    }

    /** Evidence as the expectations write it: the file's name and the line. */
    private static String shown(Location l) {
        return Path.of(l.file()).getFileName() + ":" + l.line();
    }

    static List<Expected> expectations(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Expected> out = new ArrayList<>();
        List<Matcher> pending = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = EXPECT.matcher(lines.get(i).strip());
            if (m.matches()) {
                if (m.group(2).endsWith(NO_EVIDENCE)) {
                    String site = m.group(2)
                            .substring(0, m.group(2).length() - NO_EVIDENCE.length())
                            .strip();
                    out.add(new Expected(site, m.group(1), Optional.empty(), Optional.ofNullable(m.group(3))));
                } else {
                    pending.add(m);
                }
                continue;
            }
            for (Matcher e : pending) {
                out.add(new Expected(
                        e.group(2),
                        e.group(1),
                        Optional.of(file.getFileName() + ":" + (i + 1)),
                        Optional.ofNullable(e.group(3))));
            }
            pending.clear();
        }
        assertThat(pending)
                .as("an expectation with no line after it in " + file)
                .isEmpty();
        return out;
    }

    /**
     * Each check has a fixture where it gives its result (its catalog severity's) and one where every site passes.
     * The fixtures' own test holds them to their expectations, so reading the expectations is enough here.
     */
    @Test
    void everyCheckHasAFailingAndAPassingFixture() throws IOException {
        List<String> missing = new ArrayList<>();
        for (ReadinessCheck c : ReadinessChecks.all()) {
            String bad = name(ReadinessChecksTest.notPassed(c.id()));
            boolean failing = false, passing = false;
            Path folder = ROOT.resolve(c.id());
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.list(folder)) {
                    for (Path f : files.filter(f -> !f.getFileName().toString().endsWith(".ini"))
                            .toList()) {
                        List<Expected> e = new ArrayList<>(expectations(f));
                        Optional<Path> ini = companion(f);
                        if (ini.isPresent()) e.addAll(expectations(ini.get()));
                        if (e.stream().anyMatch(x -> x.result().equals(bad))) failing = true;
                        if (e.stream().allMatch(x -> x.result().equals("pass"))) passing = true;
                    }
                }
            }
            if (!failing || !passing)
                missing.add(c.id() + (failing ? "" : " (no " + bad + " case)") + (passing ? "" : " (no passing case)"));
        }
        assertThat(missing)
                .as("checks without a failing and a passing fixture in " + ROOT)
                .isEmpty();
    }

    @Test
    void expectationsReadAsDocumented() throws IOException {
        Path dir = Files.createTempDirectory("expect");
        try {
            Path f = dir.resolve("a.xml");
            Files.writeString(
                    f,
                    "<x>\n<!-- expect: warn Shop | two words -->\n<!-- expect: warn Shop -->\n<y/>\n"
                            + "<!-- expect: unknown My Site (no evidence) -->\n; expect: fail Blog\n<z/>\n</x>\n");
            assertThat(expectations(f))
                    .containsExactly(
                            new Expected("Shop", "warn", Optional.of("a.xml:4"), Optional.of("two words")),
                            new Expected("Shop", "warn", Optional.of("a.xml:4"), Optional.empty()),
                            new Expected("My Site", "unknown", Optional.empty(), Optional.empty()),
                            new Expected("Blog", "fail", Optional.of("a.xml:7"), Optional.empty()));
        } finally {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path p : files.toList()) Files.delete(p);
            }
            Files.delete(dir);
        }
    }
}
