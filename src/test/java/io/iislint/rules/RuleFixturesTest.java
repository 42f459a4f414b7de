package io.iislint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.iislint.catalog.Catalog;
import io.iislint.catalog.RuleFiles;
import io.iislint.catalog.RuleInfo;
import io.iislint.engine.Engine;
import io.iislint.engine.LintRequest;
import io.iislint.engine.LintResult;
import io.iislint.finding.FileResult;
import io.iislint.finding.Finding;
import io.iislint.source.InputError;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule's fixtures, {@code src/test/resources/rules/<RULE-ID>/}: each file there is linted with that rule alone,
 * and its findings must be exactly the ones its comments expect, in the manner of Checkstyle's {@code // violation}
 * inputs. A comment {@code <!-- expect: IIS-603 application pool 'Shop' -->} (in an fcgiext.ini,
 * {@code ; expect: …}) expects one finding of that rule, about that subject, on the next line that is not itself an
 * expectation; {@code … | text} also expects {@code text} in its message. {@code <!-- params: IIS-603.max=2000 -->}
 * sets a parameter for the file. A {@code .iislint.xml} in the folder is the policy of each file there (its own
 * expectations count too: IIS-004's findings are in the policy itself). A file with no expectation is a good case: the
 * rule must find nothing in it beyond what the policy expects.
 */
class RuleFixturesTest {
    static final Path ROOT = Path.of("src/test/resources/rules");
    private static final Pattern EXPECT =
            Pattern.compile("(?:<!--|;)\\s*expect:\\s*(\\S+)\\s+(.+?)(?:\\s+\\|\\s+(.+?)\\s*)?\\s*(?:-->\\s*)?$");
    private static final Pattern PARAMS = Pattern.compile("(?:<!--|;)\\s*params:\\s*(.+?)\\s*(?:-->\\s*)?");
    private static final String POLICY = ".iislint.xml";
    /** Exemptions expire against this day, so that a fixture's dates keep their meaning. */
    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    /** One expected finding: where, which rule, about what, and a piece of its message if given. */
    record Expected(String file, int line, String rule, String subject, Optional<String> says)
            implements Comparable<Expected> {
        @Override
        public int compareTo(Expected o) {
            return toString().compareTo(o.toString());
        }

        @Override
        public String toString() {
            return file + ":" + line + " " + rule + " " + subject
                    + says.map(s -> " | " + s).orElse("");
        }
    }

    /**
     * The cases: each file of a rule's folder, and each folder in it, which is a server folder (an
     * applicationHost.config and the web.config files its sites' physical paths place below it, in the layout README
     * documents) linted as one run; its files' expectations together are the case's.
     */
    static Stream<Path> fixtures() throws IOException {
        List<Path> cases = new ArrayList<>();
        try (Stream<Path> rules = Files.list(ROOT)) {
            for (Path rule : rules.sorted().toList()) {
                try (Stream<Path> entries = Files.list(rule)) {
                    entries.filter(f -> !f.getFileName().toString().equals(POLICY))
                            .sorted()
                            .forEach(cases::add);
                }
            }
        }
        return cases.stream();
    }

    /** The files of a case: the file itself, or every file of a server folder. */
    static List<Path> files(Path fixture) throws IOException {
        if (!Files.isDirectory(fixture)) return List.of(fixture);
        try (Stream<Path> files = Files.walk(fixture)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void findsExactlyWhatTheFixtureExpects(Path file) throws IOException, InputError {
        String rule = file.getParent().getFileName().toString();
        Path policy = file.resolveSibling(POLICY);
        Map<String, String> params = new LinkedHashMap<>();
        TreeSet<Expected> expected = new TreeSet<>();
        for (Path f : files(file)) expected.addAll(expectations(f, params));
        if (Files.exists(policy)) expected.addAll(expectations(policy, params));
        assertThat(expected)
                .as("expectations of another rule than the folder's")
                .allMatch(e -> e.rule().equals(rule));

        LintRequest all = LintRequest.of(List.of(file.toString()));
        LintRequest request = new LintRequest(
                all.paths(),
                List.of(),
                List.of(),
                List.of(rule),
                List.of(),
                List.of(),
                params,
                Files.exists(policy) ? new LintRequest.PolicyChoice.Given(policy) : new LintRequest.PolicyChoice.None(),
                Optional.empty(),
                all.maxFileSize(),
                1,
                false,
                () -> TODAY);
        StringWriter warnings = new StringWriter();
        LintResult result = new Engine(new PrintWriter(warnings)).lint(request);
        List<Finding> found = new ArrayList<>();
        for (FileResult r : result.results()) {
            assertThat(r.error()).as("the fixture is linted").isEmpty();
            found.addAll(r.findings());
            // rules/files.properties says which kinds of file a rule judges: a finding outside them says it is wrong
            for (Finding f : r.findings()) {
                assertThat(RuleFiles.of(f.ruleId()))
                        .as("kinds of file %s judges (rules/files.properties), for %s", f.ruleId(), r.path())
                        .contains(r.kind().orElseThrow());
            }
        }
        assertThat(warnings.toString()).isEmpty();

        TreeSet<Expected> actual = new TreeSet<>();
        for (Finding f : found) {
            Optional<Expected> match = expected.stream()
                    .filter(e -> e.file().equals(f.location().file())
                            && e.line() == f.location().line()
                            && e.rule().equals(f.ruleId())
                            && e.subject().equals(f.subject().display())
                            && e.says().map(s -> f.message().contains(s)).orElse(true))
                    .findFirst();
            actual.add(match.orElse(new Expected(
                    f.location().file(),
                    f.location().line(),
                    f.ruleId(),
                    f.subject().display(),
                    Optional.of(f.message()))));
        }
        assertThat(actual).as("findings of %s in %s", rule, file).containsExactlyElementsOf(expected);
    }

    /** The file's expectations, and its parameters into {@code params}. */
    static List<Expected> expectations(Path file, Map<String, String> params) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Expected> out = new ArrayList<>();
        List<Matcher> pending = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            Matcher p = PARAMS.matcher(line);
            if (p.matches()) {
                for (String kv : p.group(1).split("\\s*,\\s*")) {
                    String[] parts = kv.split("=", 2);
                    params.put(parts[0], parts[1]);
                }
                continue;
            }
            Matcher m = EXPECT.matcher(line);
            if (m.matches()) {
                pending.add(m);
                continue;
            }
            for (Matcher e : pending) {
                out.add(new Expected(file.toString(), i + 1, e.group(1), e.group(2), Optional.ofNullable(e.group(3))));
            }
            pending.clear();
        }
        assertThat(pending)
                .as("an expectation with no line after it in " + file)
                .isEmpty();
        return out;
    }

    /** The rules whose findings are about iislint's own inputs (suppressions, policy exemptions) have no rule class. */
    static final List<String> WITHOUT_CLASS = List.of("IIS-002", "IIS-003", "IIS-004");

    @Test
    void everyRuleHasABadAndAGoodFixture() throws IOException {
        List<String> missing = new ArrayList<>();
        for (RuleInfo r : Catalog.load().all()) {
            Path folder = ROOT.resolve(r.id());
            boolean bad = false, good = false;
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.list(folder)) {
                    for (Path f : files.toList()) {
                        boolean expects = false;
                        for (Path in : files(f))
                            expects |= !expectations(in, new LinkedHashMap<>()).isEmpty();
                        // a policy is no case of its own, but the findings about it (IIS-004) can only be expected in
                        // it
                        if (f.getFileName().toString().equals(POLICY)) bad |= expects;
                        else if (expects) bad = true;
                        else good = true;
                    }
                }
            }
            if (!bad || !good) missing.add(r.id() + (bad ? "" : " (no bad case)") + (good ? "" : " (no good case)"));
        }
        assertThat(missing)
                .as("rules without a bad and a good fixture in " + ROOT)
                .isEmpty();
    }
}
