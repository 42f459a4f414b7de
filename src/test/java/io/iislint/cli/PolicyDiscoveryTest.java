package io.iislint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Policy discovery walks up from the first path to the repository root (a folder holding {@code .git}, a folder or
 * a file) and no further; it never takes a policy that anyone may write (in a world-writable folder such as the
 * temp directory, or a world-writable file), and says so; and every report names the policy it used, or none.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class PolicyDiscoveryTest {
    private static final String OFF = "<iislint><rule id=\"IIS-101\" enabled=\"false\"/></iislint>\n";

    @TempDir
    Path top;

    private Path repo;
    private Path config;

    @BeforeEach
    void repository() throws IOException {
        repo = top.resolve("repo");
        config = repo.resolve("servers/web01/applicationHost.config");
        Files.createDirectories(config.getParent());
        Files.writeString(
                config,
                "<configuration><system.applicationHost><applicationPools><add name=\"Shop\">"
                        + "<processModel identityType=\"LocalSystem\"/></add></applicationPools></system.applicationHost></configuration>\n");
    }

    private Cli check(String... options) {
        String[] args = new String[options.length + 4];
        args[0] = "check";
        args[1] = "--select";
        args[2] = "IIS-101";
        System.arraycopy(options, 0, args, 3, options.length);
        args[args.length - 1] = config.toString();
        return Cli.run(args);
    }

    private static String last(Cli r) {
        return r.out().lines().reduce((a, b) -> b).orElse("");
    }

    @Test
    void discoveryStopsAtTheRepositoryRoot() throws IOException {
        Files.writeString(top.resolve(".iislint.xml"), OFF); // above the repository: not its policy
        Files.createDirectory(repo.resolve(".git"));
        Cli r = check();
        assertThat(r.out()).contains("IIS-101");
        assertThat(last(r)).isEqualTo("1 finding (1 error, 0 warnings, 0 info) in 1 file; no policy file.");
        assertThat(r.err()).isEmpty();

        Files.delete(repo.resolve(".git"));
        Files.writeString(
                repo.resolve(".git"), "gitdir: ../elsewhere/.git/worktrees/repo\n"); // a worktree or submodule
        assertThat(check().out()).contains("IIS-101");

        Path policy = Files.writeString(repo.resolve(".iislint.xml"), OFF); // the repository's own policy is read
        assertThat(last(check())).isEqualTo("No findings in 1 file; policy " + policy + ".");
    }

    @Test
    void aPolicyAnyoneMayWriteIsNotUsedAndTheWalkStopsThere() throws IOException {
        Files.writeString(top.resolve(".iislint.xml"), OFF); // above the shared folder: never reached
        Path planted = Files.writeString(repo.resolve(".iislint.xml"), OFF);
        for (String mode : new String[] {"rwxrwxrwx", "rwxrwxrwt"}) { // with or without the sticky bit, as /tmp has it
            setMode(repo, mode);
            Cli r = check();
            assertThat(r.exit()).as(mode).isEqualTo(1);
            assertThat(r.out()).as(mode).contains("IIS-101");
            assertThat(last(r)).as(mode).endsWith("in 1 file; no policy file.");
            assertThat(r.err())
                    .as(mode)
                    .isEqualTo("iislint: warning: " + planted + " is not used as the policy: anyone can write to "
                            + repo + " (name it with --config to use it)\n");
        }
        setMode(repo, "rwxr-xr-x");
        Files.setPosixFilePermissions(planted, PosixFilePermissions.fromString("rw-rw-rw-"));
        Cli r = check();
        assertThat(r.out()).contains("IIS-101");
        assertThat(r.err())
                .isEqualTo("iislint: warning: " + planted + " is not used as the policy: anyone can write to it"
                        + " (name it with --config to use it)\n");

        // named on the command line, it is the user's choice
        Cli named = check("--config", planted.toString());
        assertThat(named.out()).doesNotContain("IIS-101");
        assertThat(named.err()).isEmpty();
    }

    /** Tests run under the temp directory: a policy dropped there by anyone must not reach them either. */
    @Test
    void aFolderNoOneElseMayWriteInsideATempDirectoryStillHasItsPolicy() throws IOException {
        Path policy = Files.writeString(repo.resolve("servers/.iislint.xml"), OFF);
        setMode(top, "rwxrwxrwt");
        assertThat(last(check())).isEqualTo("No findings in 1 file; policy " + policy + ".");
    }

    @Test
    void everyReportNamesThePolicyOrNone() throws IOException {
        Files.createDirectory(repo.resolve(".git"));
        Path policy = Files.writeString(repo.resolve(".iislint.xml"), "<iislint><failOn>error</failOn></iislint>\n");
        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(check("-f", "json").out())
                        .at("/summary/policy")
                        .asText())
                .isEqualTo(policy.toString());
        JsonNode none = json.readTree(check("--no-config", "-f", "json").out()).at("/summary/policy");
        assertThat(none.isNull()).isTrue();
        JsonNode run = json.readTree(check("-f", "sarif").out()).at("/runs/0");
        assertThat(run.at("/properties/policyFile").asText()).isEqualTo(policy.toString());
        assertThat(json.readTree(check("--no-config", "-f", "sarif").out())
                        .at("/runs/0/properties/policyFile")
                        .isNull())
                .isTrue();
        assertThat(last(check("--no-config")))
                .isEqualTo("1 finding (1 error, 0 warnings, 0 info) in 1 file; no policy file.");
    }

    private static void setMode(Path p, String mode) throws IOException {
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(mode.replace('t', 'x')));
        if (mode.endsWith("t")) {
            try {
                Process chmod = new ProcessBuilder("chmod", "+t", p.toString()).start();
                assertThat(chmod.waitFor()).isZero();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        }
    }
}
