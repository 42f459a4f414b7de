package io.iislint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.iislint.catalog.Catalog;
import io.iislint.catalog.RuleInfo;
import io.iislint.catalog.RuleSelection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rules the catalog marks {@code default="off"} (IIS-1215, CIS 2.1; IIS-1131, STIG SV-218825) run as README says:
 * not in a run that names no rule, nor for an id prefix or a broad tag; when named by id or name, with the benchmark
 * profile their tags give, when the policy turns them on, and in {@code iislint benchmark}.
 */
class OffByDefaultTest {
    private static final String STOCK_URL_AUTHORIZATION = """
            <configuration>
              <system.applicationHost />
              <system.webServer>
                <security>
                  <authorization>
                    <add accessType="Allow" users="*" />
                  </authorization>
                </security>
              </system.webServer>
            </configuration>
            """;

    @TempDir
    Path dir;

    private Path config;

    @BeforeEach
    void write() throws IOException {
        config = dir.resolve("applicationHost.config");
        Files.writeString(config, STOCK_URL_AUTHORIZATION);
    }

    private boolean reports(String... options) {
        String[] args = new String[options.length + 3];
        args[0] = "check";
        System.arraycopy(options, 0, args, 1, options.length);
        args[options.length + 1] = "--exit-zero";
        args[options.length + 2] = config.toString();
        Cli run = Cli.run(args);
        assertThat(run.exit()).as(run.err()).isZero();
        return run.out().contains(" IIS-1215 ");
    }

    @Test
    void theCatalogMarksTheTwoBenchmarkRulesOnly() {
        assertThat(Catalog.load().all().stream().filter(RuleInfo::offByDefault).map(RuleInfo::id))
                .containsExactly("IIS-1131", "IIS-1215", "IIS-1216");
    }

    @Test
    void aRunThatNamesNoRuleLeavesItOut() {
        assertThat(reports("--no-config")).isFalse();
    }

    @Test
    void itsIdOrNameRunsIt() {
        assertThat(reports("--no-config", "--select", "IIS-1215")).isTrue();
        assertThat(reports("--no-config", "--select", "url-authorization-allows-all"))
                .isTrue();
    }

    @Test
    void anIdPrefixOrABroadTagDoesNot() {
        assertThat(reports("--no-config", "--select", "IIS-12")).isFalse();
        assertThat(reports("--no-config", "--profile", "security")).isFalse();
    }

    @Test
    void theBenchmarkProfileItsTagsGiveRunsIt() {
        assertThat(reports("--no-config", "--profile", "cis")).isTrue();
        assertThat(reports("--no-config", "--select", "cis")).isTrue();
        // IIS-1215 checks a CIS control, not a STIG one
        assertThat(reports("--no-config", "--profile", "stig")).isFalse();
        assertThat(reports("--no-config", "--profile", "cis", "--ignore", "IIS-1215"))
                .isFalse();
    }

    @Test
    void aPolicyTurnsItOnAndThenItRunsAsAnyRule() throws IOException {
        Path policy = dir.resolve("policy.xml");
        Files.writeString(policy, "<iislint><rule id=\"IIS-1215\" enabled=\"true\" /></iislint>\n");
        assertThat(reports("--config", policy.toString())).isTrue();
        assertThat(reports("--config", policy.toString(), "--select", "IIS-12")).isTrue();
        assertThat(reports("--config", policy.toString(), "--ignore", "IIS-1215"))
                .isFalse();
    }

    @Test
    void theSelectionLogic() {
        Catalog catalog = Catalog.load();
        Set<String> all = RuleSelection.resolve(catalog, List.of(), List.of(), List.of());
        assertThat(all).doesNotContain("IIS-1131", "IIS-1215").contains("IIS-1130", "IIS-1214");
        assertThat(RuleSelection.resolve(catalog, List.of(), List.of(), List.of(), Set.of("IIS-1131")))
                .contains("IIS-1131")
                .doesNotContain("IIS-1215");
        assertThat(RuleSelection.resolve(catalog, List.of(), List.of(), List.of("stig")))
                .contains("IIS-1131")
                .doesNotContain("IIS-1215");
        assertThat(RuleSelection.resolve(catalog, List.of("IIS-113"), List.of(), List.of()))
                .contains("IIS-1130")
                .doesNotContain("IIS-1131");
    }

    @Test
    void theBenchmarkCommandRunsItForItsControl() {
        Cli run = Cli.run("benchmark", "cis", "--no-config", "--exit-zero", config.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out())
                .containsPattern("(?m)^2\\.1 +L1 +fail +Server-wide URL authorization limited to administrators$")
                .contains("IIS-1215 info config path 'MACHINE/WEBROOT/APPHOST': URL authorization allows all users");
    }

    @Test
    void theRuleListMarksIt() {
        Cli run = Cli.run("rules");
        assertThat(run.out())
                .containsPattern("(?m)^IIS-1215 +info +webserver +url-authorization-allows-all +Server-wide URL"
                        + " authorization allows all users \\(off by default\\)$")
                .containsPattern("(?m)^IIS-1131 .*\\(off by default\\)$")
                .contains("A rule marked (off by default) checks a benchmark control")
                .doesNotContainPattern("(?m)^IIS-1130 .*off by default");
        assertThat(Cli.run("explain", "IIS-1215").out())
                .contains(
                        "\noff by default: it runs only when named (--select ID or NAME), with --profile cis or stig");
    }
}
