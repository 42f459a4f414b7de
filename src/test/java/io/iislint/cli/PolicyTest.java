package io.iislint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A config repository: servers/WEB01/applicationHost.config (the risky sample) under a policy at the root. */
class PolicyTest {
    @TempDir
    Path repo;

    private Path config;

    @BeforeEach
    void repository() throws IOException {
        config = repo.resolve("servers/WEB01/applicationHost.config");
        Files.createDirectories(config.getParent());
        Files.copy(Path.of("samples/risky/applicationHost.config"), config);
    }

    private void policy(String xml) throws IOException {
        Files.writeString(repo.resolve(".iislint.xml"), "<iislint>\n" + xml + "\n</iislint>\n");
    }

    private List<String> findings(Cli r) {
        java.util.regex.Pattern id = java.util.regex.Pattern.compile(":\\d+:\\d+: \\w+ (IIS-\\d{3,4}) ");
        return r.out()
                .lines()
                .map(id::matcher)
                .filter(java.util.regex.Matcher::find)
                .map(m -> m.group(1))
                .toList();
    }

    @Test
    void thePolicyIsFoundWalkingUpAndCanBeSkippedOrNamed() throws IOException {
        policy(
                "  <rule id=\"IIS-502\" enabled=\"false\" />\n  <rule id=\"pool-memory-limit-unset\" enabled=\"false\" />");
        assertThat(Cli.run(config.toString()).out())
                .doesNotContain("IIS-502")
                .doesNotContain("IIS-503")
                .endsWith("55 findings (15 errors, 23 warnings, 17 info) in 1 file; 2 suppressed; policy "
                        + repo.resolve(".iislint.xml") + ".\n");
        assertThat(Cli.run("--no-config", config.toString()).out())
                .contains("IIS-502")
                .contains("IIS-503");
        Path elsewhere = repo.resolve("policies/strict.xml");
        Files.createDirectories(elsewhere.getParent());
        Files.writeString(elsewhere, "<iislint><rule id=\"IIS-101\" enabled=\"false\"/></iislint>");
        Cli named = Cli.run("--config", elsewhere.toString(), config.toString());
        assertThat(named.out()).doesNotContain("IIS-101").contains("IIS-502");
        assertThat(Cli.run("--config", elsewhere.toString(), "--no-config", config.toString())
                        .exit())
                .isEqualTo(2);
    }

    @Test
    void theNearestPolicyWins() throws IOException {
        policy("  <rule id=\"IIS-101\" enabled=\"false\" />");
        Files.writeString(
                repo.resolve("servers/.iislint.xml"), "<iislint><rule id=\"IIS-102\" enabled=\"false\"/></iislint>");
        Cli r = Cli.run(config.toString());
        assertThat(r.out()).contains("IIS-101").doesNotContain("IIS-102 ");
    }

    @Test
    void severitiesParametersAndFailOnComeFromThePolicyAndTheCommandLineWins() throws IOException {
        policy("""
                  <failOn>error</failOn>
                  <rule id="IIS-101" severity="warning" />
                  <rule id="IIS-605" severity="error"><param name="max" value="03:00:00" /></rule>
                """);
        Cli r = Cli.run(config.toString());
        assertThat(r.out())
                .contains(": warning IIS-101 application pool 'Shop'")
                .contains(": error IIS-605 application pool 'Shop': the idle time-out is off")
                .doesNotContain("IIS-605 application pool 'Reports'");
        assertThat(r.exit()).isEqualTo(1);
        Cli cli = Cli.run("--param", "IIS-605.max=00:20:00", config.toString());
        assertThat(cli.out()).contains("IIS-605 application pool 'Reports'");
        // failOn error from the policy: a file with only warnings passes; --fail-on on the command line wins
        Path site = repo.resolve("servers/WEB01/web.config");
        Files.copy(Path.of("samples/site/web.config"), site);
        assertThat(Cli.run(site.toString()).exit()).isZero();
        assertThat(Cli.run("--fail-on", "warning", site.toString()).exit()).isEqualTo(1);
        String sarif = Cli.run("-f", "sarif", config.toString()).out();
        assertThat(sarif).contains("\"id\": \"IIS-605\"");
        assertThat(sarif.substring(sarif.indexOf("\"id\": \"IIS-605\""))).contains("\"level\": \"error\"");
    }

    @Test
    void exemptionsCoverTheirScopeOnlyAndExpiredOnesAreReported() throws IOException {
        policy("""
                  <exempt rule="IIS-101" pool="Sh*" reason="vendor app needs LocalSystem until v5 (CHG-88)" expires="2999-12-31" />
                  <exempt rule="IIS-201" site="Legacy" reason="Legacy and Intranet are retired together in Q3" />
                  <exempt rule="IIS-804" server="web01" reason="WEB01 is the public mirror" />
                  <exempt rule="IIS-102,IIS-505" pool="Reports" reason="reporting vendor requirement" expires="2001-01-31" />
                  <exempt rule="IIS-103" pool="Partners" server="WEB02" reason="only on WEB02" />
                """);
        Cli r = Cli.run(config.toString());
        List<String> rules = findings(r);
        assertThat(rules)
                .doesNotContain("IIS-101", "IIS-804")
                .contains("IIS-102", "IIS-505", "IIS-103") // expired, and scoped to another server
                .filteredOn("IIS-201"::equals)
                .hasSize(1); // Intranet's side of the shared pool remains
        assertThat(r.out())
                .contains(
                        repo.resolve(".iislint.xml")
                                + ":5:3: warning IIS-004 exemption 'exemption for IIS-102,IIS-505 on pool Reports':"
                                + " expired on 2001-01-31 and no longer applies (reason given: reporting vendor requirement): fix the findings, or renew the exemption with a new date");
        assertThat(r.out())
                .endsWith("65 findings (14 errors, 22 warnings, 29 info) in 2 files; 5 suppressed; policy "
                        + repo.resolve(".iislint.xml") + ".\n");
    }

    @Test
    void aPolicyMistakeIsAnErrorWithItsLineNeverASilentPass() throws IOException {
        String file = repo.resolve(".iislint.xml").toString();
        policy("  <exempt rule=\"IIS-101\" pool=\"Shop\" />");
        Cli noReason = Cli.run(config.toString());
        assertThat(noReason.exit()).isEqualTo(2);
        assertThat(noReason.err())
                .isEqualTo(file + ":2:3: error: an exemption needs a reason: say why the finding is accepted\n");
        assertThat(noReason.out()).isEmpty();
        policy("  <exempt rule=\"IIS-101\" reason=\"everywhere\" />");
        assertThat(Cli.run(config.toString()).err())
                .startsWith(file + ":2:3: error: an exemption needs a scope: server, site or pool");
        policy("  <rule id=\"IIS-1O1\" enabled=\"false\" />");
        assertThat(Cli.run(config.toString()).err())
                .isEqualTo(file + ":2:3: error: unknown rule 'IIS-1O1' (see 'iislint rules')\n");
        policy("  <rule id=\"IIS-101\" enable=\"false\" />");
        assertThat(Cli.run(config.toString()).err())
                .startsWith(file + ":2:3: error: unknown attribute enable on <rule>");
        policy("  <exempt rule=\"IIS-101\" pool=\"Shop\" reason=\"r\" expires=\"31/12/2027\" />");
        assertThat(Cli.run(config.toString()).err())
                .isEqualTo(file + ":2:3: error: expires is a date written YYYY-MM-DD, not '31/12/2027'\n");
        policy("  <rule id=\"IIS-605\">\n    <param name=\"max\" value=\"soon\" />\n  </rule>");
        Cli badParam = Cli.run(config.toString());
        assertThat(badParam.exit()).isEqualTo(2);
        assertThat(badParam.err())
                .isEqualTo(
                        file
                                + ":3:5: error: 'soon' is not a valid max for IIS-605: expected a time span such as 00:20:00\n");
        policy("  <rule id=\"IIS-605\"><param name=\"maximum\" value=\"00:30:00\" /></rule>");
        assertThat(Cli.run(config.toString()).err())
                .isEqualTo(file + ":2:22: error: rule IIS-605 has no parameter 'maximum' (it has: max)\n");
        Files.writeString(repo.resolve(".iislint.xml"), "<iislint>");
        assertThat(Cli.run(config.toString()).exit()).isEqualTo(2);
    }
}
