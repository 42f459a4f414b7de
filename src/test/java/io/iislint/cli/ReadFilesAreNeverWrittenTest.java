package io.iislint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report ({@code -o}, {@code -f FORMAT:FILE}) or a baseline ({@code baseline create -o}) never goes over the
 * baseline or policy file the same run reads, however the path is spelt: a usage error, and both files as they were.
 */
class ReadFilesAreNeverWrittenTest {
    @TempDir
    Path dir;

    private Path config;
    private Path baseline;
    private Path policy;

    @BeforeEach
    void files() throws IOException {
        Files.createDirectory(dir.resolve(".git")); // the repository root: policy discovery stops here
        config = dir.resolve("servers/web01/applicationHost.config");
        Files.createDirectories(config.getParent());
        Files.copy(Path.of("samples/risky/applicationHost.config"), config);
        baseline = dir.resolve(".iislint-baseline.json");
        assertThat(Cli.run("baseline", "create", "--no-config", "-o", baseline.toString(), config.toString())
                        .exit())
                .isZero();
        policy = dir.resolve(".iislint.xml");
        Files.writeString(policy, "<iislint><failOn>error</failOn></iislint>\n");
    }

    private void refused(String option, Path target, String what, String... args) throws IOException {
        String baselineBefore = Files.readString(baseline);
        String policyBefore = Files.readString(policy);
        Cli r = Cli.run(args);
        assertThat(r.exit()).as(String.join(" ", args)).isEqualTo(2);
        assertThat(r.err().lines().findFirst())
                .as(String.join(" ", args))
                .contains("iislint: error: " + option + " " + target + " would overwrite the " + what
                        + " this run reads");
        assertThat(r.out()).isEmpty();
        assertThat(Files.readString(baseline)).isEqualTo(baselineBefore);
        assertThat(Files.readString(policy)).isEqualTo(policyBefore);
    }

    @Test
    void aReportNeverGoesOverTheBaselineItReads() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), baseline.getFileName());
        Path hard = Files.createLink(dir.resolve("hard.json"), baseline);
        Path dotted = dir.resolve("servers/../.iislint-baseline.json");
        for (Path spelling : List.of(baseline, link, hard, dotted, dir.resolve("./.iislint-baseline.json"))) {
            refused(
                    "--output",
                    spelling,
                    "baseline file",
                    "check",
                    "--no-config",
                    "--baseline",
                    baseline.toString(),
                    "-o",
                    spelling.toString(),
                    config.toString());
            refused(
                    "--format",
                    spelling,
                    "baseline file",
                    "check",
                    "--no-config",
                    "--baseline",
                    baseline.toString(),
                    "-f",
                    "json:" + spelling,
                    config.toString());
        }
        // the other way round: the baseline named through a link, the report at the file itself
        refused(
                "--output",
                baseline,
                "baseline file",
                "check",
                "--no-config",
                "--baseline",
                link.toString(),
                "-o",
                baseline.toString(),
                config.toString());
    }

    @Test
    void aReportOrABaselineNeverGoesOverThePolicyItReads() throws IOException {
        // found by walking up from the first path
        refused("--format", policy, "policy file", "check", "-f", "sarif:" + policy, config.toString());
        refused("--output", policy, "policy file", "check", "-o", policy.toString(), config.toString());
        refused("--output", policy, "policy file", "baseline", "create", "-o", policy.toString(), config.toString());
        // named with --config, and reached through a relative spelling
        Path named = dir.resolve("servers/strict.xml");
        Files.copy(policy, named);
        Path dotted = dir.resolve("servers/web01/../strict.xml");
        refused(
                "--output",
                dotted,
                "policy file",
                "check",
                "--config",
                named.toString(),
                "-o",
                dotted.toString(),
                config.toString());
        refused(
                "--output",
                named,
                "policy file",
                "baseline",
                "create",
                "--config",
                dotted.toString(),
                "-o",
                named.toString(),
                config.toString());
        assertThat(Files.readString(named)).isEqualTo(Files.readString(policy));
    }

    @Test
    void baselinePruneNeverWritesItsBaselineOverThePolicy() throws IOException {
        refused(
                "--baseline",
                policy,
                "policy file",
                "baseline",
                "prune",
                "--baseline",
                policy.toString(),
                config.toString());
    }

    @Test
    void aFileTheRunDoesNotReadCanBeWritten() throws IOException {
        // with --no-config the policy is not read, so a report may replace it (as any other file)
        Path report = dir.resolve("report.json");
        Cli r = Cli.run(
                "check",
                "--no-config",
                "--baseline",
                baseline.toString(),
                "-f",
                "json",
                "-o",
                report.toString(),
                config.toString());
        assertThat(r.exit()).isZero();
        assertThat(Files.readString(report)).contains("\"baselined\": 67");
    }
}
