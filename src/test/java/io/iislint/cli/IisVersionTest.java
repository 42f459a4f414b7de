package io.iislint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The IIS version a file does not show can be given (--iis-version, the policy's iisVersion): the defaults that
 * changed between versions follow it, the finding says it was given, and the JSON report shows it per server.
 */
class IisVersionTest {

    private static final String RISKY = "samples/risky/applicationHost.config";

    /** A pool that writes no identity: NetworkService on IIS 7.0, ApplicationPoolIdentity from IIS 7.5 on. */
    private static final String BARE_POOL = "<configuration>\n  <system.applicationHost>\n    <applicationPools>\n"
            + "      <add name=\"Shop\" />\n    </applicationPools>\n  </system.applicationHost>\n</configuration>\n";

    @Test
    void olderDefaultsFollowTheGivenVersion() {
        // samples/risky shows no version (IIS 10's defaults: every recycle is logged); on IIS 8.5 Schedule is not
        assertThat(Cli.run("--select", "IIS-504", RISKY).out()).doesNotContain("'DefaultAppPool'");
        Cli given = Cli.run("--iis-version", "8.5", "--select", "IIS-504", RISKY);
        assertThat(given.out())
                .contains("samples/risky/applicationHost.config:12:13: info IIS-504 application pool 'DefaultAppPool':"
                        + " recycles caused by Schedule are not written to the event log (logEventOnRecycle=Time,"
                        + " Memory, PrivateMemory, IIS 7.0 to 8.5 default (given: --iis-version 8.5))");
        assertThat(given.exit()).isEqualTo(0); // info findings only
    }

    @Test
    void iis70RunsAPoolAsNetworkServiceByDefault(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("applicationHost.config");
        Files.writeString(file, BARE_POOL);
        assertThat(Cli.run("--select", "IIS-102", file.toString()).exit()).isEqualTo(0);
        Cli iis70 = Cli.run("--iis-version", "7.0", "--select", "IIS-102", file.toString());
        assertThat(iis70.out())
                .startsWith(file + ":4:7: warning IIS-102 application pool 'Shop': the worker process runs as"
                        + " NetworkService")
                .contains("(identityType=NetworkService, IIS 7.0 default (given: --iis-version 7.0))");
        assertThat(iis70.exit()).isEqualTo(1);
    }

    @Test
    void monitorChangesToIsNotAskedOfIis70(@TempDir Path dir) throws IOException {
        // IIS 7.5 added the attribute: an IIS 7.0 server has nothing to set
        String bad = "src/test/resources/rules/IIS-310/bad.config";
        Path file = dir.resolve("applicationHost.config");
        Files.writeString(file, Files.readString(Path.of(bad)));
        assertThat(Cli.run("--select", "IIS-310", file.toString()).out()).contains("info IIS-310");
        assertThat(Cli.run("--iis-version", "7.5", "--select", "IIS-310", file.toString())
                        .out())
                .contains("info IIS-310");
        Cli iis70 = Cli.run("--iis-version", "7.0", "--select", "IIS-310", file.toString());
        assertThat(iis70.out()).doesNotContain("IIS-310");
        assertThat(iis70.exit()).isEqualTo(0);
    }

    @Test
    void anUnknownVersionIsAUsageError() {
        Cli r = Cli.run("--iis-version", "9", RISKY);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err())
                .startsWith("iislint: error: --iis-version must be 7.0, 7.5, 8.0, 8.5, 10 or express, not '9'\n");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void thePolicyGivesItAndTheOptionWins(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("applicationHost.config");
        Files.writeString(file, BARE_POOL);
        Files.writeString(dir.resolve(".iislint.xml"), "<iislint>\n  <iisVersion>7.0</iisVersion>\n</iislint>\n");
        assertThat(Cli.run("--config", dir.resolve(".iislint.xml").toString(), "--select", "IIS-102", file.toString())
                        .out())
                .contains("IIS 7.0 default (given: the policy file's iisVersion at line 2: 7.0)");
        assertThat(Cli.run(
                                "--config",
                                dir.resolve(".iislint.xml").toString(),
                                "--iis-version",
                                "10",
                                "--select",
                                "IIS-102",
                                file.toString())
                        .exit())
                .isEqualTo(0);
    }

    @Test
    void aBadPolicyVersionIsAnErrorAtItsLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("applicationHost.config");
        Files.writeString(file, BARE_POOL);
        Path policy = dir.resolve(".iislint.xml");
        Files.writeString(policy, "<iislint>\n  <iisVersion>6.0</iisVersion>\n</iislint>\n");
        Cli r = Cli.run("--config", policy.toString(), file.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err())
                .isEqualTo(policy + ":2:3: error: iisVersion must be 7.0, 7.5, 8.0, 8.5, 10 or express, not '6.0'\n");
    }

    @Test
    void theJsonReportShowsEachServersVersionAndWhatDecidedIt(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("applicationHost.config");
        Files.writeString(file, BARE_POOL);
        assertThat(Cli.run("--format", "json", file.toString()).out())
                .contains("\"iisVersion\": {\n        \"release\": null,\n        \"decidedBy\": \"nothing in the file"
                        + " shows it: IIS 10's defaults apply\"\n      }");
        assertThat(Cli.run("--format", "json", "--iis-version", "express", file.toString())
                        .out())
                .contains("\"release\": \"IIS Express\",\n        \"decidedBy\": \"given: --iis-version express\"");
    }
}
