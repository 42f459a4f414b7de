package io.iislint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.iislint.Golden;
import io.iislint.catalog.Catalog;
import io.iislint.catalog.RuleInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --fix}, {@code --unsafe-fixes}, {@code --diff} and {@code --exit-non-zero-on-fix}, end to end. */
class FixTest {
    private static final Path RISKY = Path.of("samples/risky/applicationHost.config");
    private static final Pattern RULE = Pattern.compile(": (?:error|warning|info) (IIS-\\d{3,4}) ");

    @TempDir
    Path tmp;

    private static Set<String> rules(String report) {
        Matcher m = RULE.matcher(report);
        Set<String> ids = new java.util.TreeSet<>();
        while (m.find()) ids.add(m.group(1));
        return ids;
    }

    private static Set<String> fileFixRules(boolean safeOnly) {
        return Catalog.load().all().stream()
                .filter(r -> r.fileFix().exists() && (!safeOnly || r.fileFix().isSafe()))
                .map(RuleInfo::id)
                .collect(Collectors.toSet());
    }

    @Test
    void theDiffOfTheRiskySampleIsTheGoldenAndTheSampleIsNotTouched() throws IOException {
        byte[] before = Files.readAllBytes(RISKY);
        Cli r = Cli.run("check", "--no-config", "--diff", RISKY.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err())
                .isEqualTo(
                        "iislint: would fix 4 findings in 1 file; 33 more findings can be fixed with --unsafe-fixes\n");
        Golden.assertMatches(Path.of("src/test/resources/golden/risky.fix.diff"), r.out());
        assertThat(Files.readAllBytes(RISKY)).isEqualTo(before);
    }

    @Test
    void fixingTheRiskySampleLeavesNoFindingOfASafeFixAndGivesWhatTheDiffSaid() throws IOException {
        Path file = tmp.resolve("applicationHost.config");
        Files.copy(RISKY, file);
        Cli diff = Cli.run("check", "--no-config", "--diff", file.toString());
        Set<String> before =
                rules(Cli.run("check", "--no-config", file.toString()).out());
        assertThat(before).containsAll(fileFixRules(true));

        Cli fix = Cli.run("check", "--no-config", "--fix", file.toString());
        assertThat(fix.err()).startsWith("iislint: fixed 4 findings in 1 file;");
        assertThat(fix.exit()).isEqualTo(1); // findings are left: they decide, as ruff's do
        Set<String> after = rules(fix.out());
        assertThat(after).doesNotContainAnyElementsOf(fileFixRules(true));
        assertThat(after).isEqualTo(minus(before, fileFixRules(true)));
        assertThat(Cli.run("check", "--no-config", file.toString()).out()).isEqualTo(fix.out());

        // the lines the diff removes and adds are exactly the ones that changed
        List<String> old = Files.readAllLines(RISKY), now = Files.readAllLines(file);
        List<String> removed = old.stream().filter(l -> !now.contains(l)).toList();
        List<String> added = now.stream().filter(l -> !old.contains(l)).toList();
        assertThat(diff.out()
                        .lines()
                        .filter(l -> l.startsWith("-") && !l.startsWith("---"))
                        .map(l -> l.substring(1)))
                .containsExactlyElementsOf(removed);
        assertThat(diff.out()
                        .lines()
                        .filter(l -> l.startsWith("+") && !l.startsWith("+++"))
                        .map(l -> l.substring(1)))
                .containsExactlyElementsOf(added);

        Cli again = Cli.run("check", "--no-config", "--diff", file.toString());
        assertThat(again.exit()).isZero();
        assertThat(again.out()).isEmpty();
    }

    @Test
    void unsafeFixesFixEveryFindingThatHasAnEditAndARunAfterFindsNothingToFix() throws Exception {
        Path file = tmp.resolve("applicationHost.config");
        Files.copy(RISKY, file);
        Cli fix = Cli.run("check", "--no-config", "--fix", "--unsafe-fixes", file.toString());
        assertThat(fix.err()).isEqualTo("iislint: fixed 37 findings in 1 file\n");
        Cli again = Cli.run("check", "--no-config", "--diff", "--unsafe-fixes", file.toString());
        assertThat(again.out()).isEmpty();
        assertThat(again.err()).isEqualTo("iislint: would fix 0 findings in 0 files\n");
        assertThat(again.exit()).isZero();
        assertThat(new io.iislint.xml.XmlReader()
                        .read(file, file.toString())
                        .root()
                        .name())
                .isEqualTo("configuration");
    }

    @Test
    void everyRuleWithAFileFixFixesItsOwnFixturesAndRuleRunsAfterFindNothingToFix() throws IOException {
        for (String id : new java.util.TreeSet<>(fileFixRules(false))) {
            Path dir = tmp.resolve(id);
            Files.createDirectories(dir);
            List<String> args = new java.util.ArrayList<>(List.of("check", "--no-config", "--select", id));
            try (Stream<Path> files = Files.list(Path.of("src/test/resources/rules", id))) {
                for (Path f : files.sorted().toList()) {
                    Files.copy(f, dir.resolve(f.getFileName()));
                    args.add(dir.resolve(f.getFileName()).toString());
                }
            }
            List<String> fix = new java.util.ArrayList<>(args);
            fix.addAll(2, List.of("--fix", "--unsafe-fixes"));
            Cli fixed = Cli.run(fix.toArray(String[]::new));
            assertThat(fixed.err()).as(id).startsWith("iislint: fixed ").doesNotContain(" fixed 0 findings");
            List<String> diff = new java.util.ArrayList<>(args);
            diff.addAll(2, List.of("--diff", "--unsafe-fixes"));
            Cli again = Cli.run(diff.toArray(String[]::new));
            assertThat(again.out()).as(id).isEmpty();
            assertThat(again.exit()).as(id).isZero();
        }
    }

    @Test
    void whenNothingIsLeftTheExitIsZeroUnlessExitNonZeroOnFixAndAFileChanged() throws IOException {
        Path file = tmp.resolve("web.config");
        String text =
                "<configuration>\n  <system.webServer>\n    <directoryBrowse enabled=\"true\" />\n  </system.webServer>\n</configuration>\n";
        Files.writeString(file, text);
        Cli fixed = Cli.run(
                "check", "--no-config", "--select", "IIS-804", "--fix", "--exit-non-zero-on-fix", file.toString());
        assertThat(fixed.exit()).isEqualTo(1);
        assertThat(Files.readString(file)).isEqualTo(text.replace("\"true\"", "\"false\""));
        Cli nothing = Cli.run(
                "check", "--no-config", "--select", "IIS-804", "--fix", "--exit-non-zero-on-fix", file.toString());
        assertThat(nothing.exit()).isZero();
        assertThat(nothing.err()).isEqualTo("iislint: fixed 0 findings in 0 files\n");

        Files.writeString(file, text);
        Cli plain = Cli.run("check", "--no-config", "--select", "IIS-804", "--fix", file.toString());
        assertThat(plain.exit()).isZero();
        assertThat(plain.out()).doesNotContain("IIS-804");
    }

    @Test
    void aFileThatCouldNotBeLintedIsNeverTouchedAndTheRunExitsTwo() throws IOException {
        Path good = tmp.resolve("a").resolve("web.config");
        Path bad = tmp.resolve("b").resolve("web.config");
        Files.createDirectories(good.getParent());
        Files.createDirectories(bad.getParent());
        String text =
                "<configuration><system.webServer><directoryBrowse enabled=\"true\" /></system.webServer></configuration>";
        Files.writeString(good, text);
        byte[] broken = (text + "<directoryBrowse enabled=\"true\" />").getBytes(StandardCharsets.UTF_8);
        Files.write(bad, broken);
        Cli r = Cli.run("check", "--no-config", "--fix", tmp.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(Files.readAllBytes(bad)).isEqualTo(broken);
        assertThat(Files.readString(good)).contains("enabled=\"false\"");
    }

    @Test
    void aValueFromAConfigSourceFileIsFixedInThatFileAndTheDefaultsAreNeverEdited() throws IOException {
        Path host = tmp.resolve("applicationHost.config");
        Path pools = tmp.resolve("pools.config");
        String hostText =
                "<configuration>\r\n  <system.applicationHost>\r\n    <applicationPools configSource=\"pools.config\" />\r\n"
                        + "  </system.applicationHost>\r\n</configuration>\r\n";
        Files.writeString(host, hostText);
        Files.writeString(
                pools,
                "<applicationPools>\r\n  <add name=\"A\" />\r\n  <add name=\"B\"><recycling logEventOnRecycle=\"Memory\" /></add>\r\n"
                        + "  <applicationPoolDefaults>\r\n    <recycling logEventOnRecycle=\"Memory\" />\r\n  </applicationPoolDefaults>\r\n"
                        + "</applicationPools>\r\n");
        Cli r = Cli.run("check", "--no-config", "--select", "IIS-504", "--fix", host.toString());
        assertThat(r.err()).isEqualTo("iislint: fixed 2 findings in 1 file\n");
        assertThat(r.exit()).isZero();
        assertThat(Files.readString(host)).isEqualTo(hostText);
        assertThat(Files.readString(pools))
                .isEqualTo(
                        "<applicationPools>\r\n  <add name=\"A\">\r\n    <recycling logEventOnRecycle=\"Time, Schedule, Memory\" />\r\n  </add>\r\n"
                                + "  <add name=\"B\"><recycling logEventOnRecycle=\"Time, Schedule, Memory\" /></add>\r\n"
                                + "  <applicationPoolDefaults>\r\n    <recycling logEventOnRecycle=\"Memory\" />\r\n  </applicationPoolDefaults>\r\n"
                                + "</applicationPools>\r\n");
    }

    @Test
    void twoInputsThatShareAConfigSourceFileFixItOnceWithoutAWarning() throws IOException {
        String host =
                "<configuration>\n  <system.applicationHost>\n    <applicationPools configSource=\"pools.config\" />\n"
                        + "  </system.applicationHost>\n</configuration>\n";
        Files.writeString(tmp.resolve("applicationHost.config"), host);
        Files.writeString(tmp.resolve("web01.applicationHost.config"), host);
        Files.writeString(
                tmp.resolve("pools.config"),
                "<applicationPools>\n  <add name=\"A\" queueLength=\"50\" />\n</applicationPools>\n");
        Cli r = Cli.run("check", "--no-config", "--select", "IIS-604", "--fix", "--unsafe-fixes", tmp.toString());
        assertThat(r.err()).isEqualTo("iislint: fixed 1 finding in 1 file\n");
        assertThat(Files.readString(tmp.resolve("pools.config")))
                .isEqualTo("<applicationPools>\n  <add name=\"A\" queueLength=\"1000\" />\n</applicationPools>\n");
    }

    @Test
    void diffTakesNoReportFormat() {
        Cli r = Cli.run("check", "--no-config", "--diff", "--format", "json", RISKY.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--diff prints only the diff: it takes no --format or --output");
    }

    @Test
    void aFileChangedSinceItWasReadIsNotOverwritten() throws IOException {
        Path file = tmp.resolve("web.config");
        Files.writeString(file, "read");
        byte[] read = Files.readAllBytes(file);
        Files.writeString(file, "changed meanwhile");
        assertThat(OutputFile.replaceIfUnchanged(file, read, "fixed".getBytes(StandardCharsets.UTF_8)))
                .contains("it changed since iislint read it; run again");
        assertThat(Files.readString(file)).isEqualTo("changed meanwhile");
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left).containsExactly(file); // no temporary file left behind
        }
        assertThat(OutputFile.replaceIfUnchanged(
                        file, Files.readAllBytes(file), "fixed".getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
        assertThat(Files.readString(file)).isEqualTo("fixed");
    }

    @Test
    void aReplacedFileKeepsItsPermissions() throws IOException {
        Path file = tmp.resolve("web.config");
        Files.writeString(file, "read");
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r-----"));
        assertThat(OutputFile.replaceIfUnchanged(file, Files.readAllBytes(file), "x".getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-r-----");
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> out = new java.util.TreeSet<>(a);
        out.removeAll(b);
        return out;
    }
}
