package io.iislint.rules;

import static io.iislint.Fixtures.lint;
import static org.assertj.core.api.Assertions.assertThat;

import io.iislint.finding.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Findings that name the other members of a group (sites sharing a pool, pools sharing an account) list the first
 * five and count the rest, so the report grows with the group, not with its square.
 */
class ManyNamesTest {

    private static String sites(int n) {
        StringBuilder xml = new StringBuilder(
                "<configuration>\n<system.applicationHost>\n<applicationPools><add name=\"P\" /></applicationPools>\n<sites>\n");
        for (int i = 0; i < n; i++) {
            xml.append("<site name=\"S")
                    .append(i)
                    .append("\" id=\"")
                    .append(i + 1)
                    .append("\"><application path=\"/\" applicationPool=\"P\" />")
                    .append("<bindings><binding protocol=\"http\" bindingInformation=\"*:80:s")
                    .append(i)
                    .append(".example\" /></bindings></site>\n");
        }
        return xml.append("</sites>\n</system.applicationHost>\n</configuration>\n")
                .toString();
    }

    private static List<Finding> of(String rule, List<Finding> findings) {
        return findings.stream().filter(f -> f.ruleId().equals(rule)).toList();
    }

    @Test
    void sitesSharingAPoolNameFiveOthersThenCountTheRest() {
        List<Finding> shared = of("IIS-201", lint(sites(7)));

        assertThat(shared).hasSize(7);
        assertThat(shared.get(3).subject().name()).isEqualTo("S3");
        assertThat(shared.get(3).message())
                .isEqualTo(
                        "shares application pool 'P' with sites 'S0', 'S1', 'S2', 'S4', 'S5', … (1 more):"
                                + " a crash, hang or compromise in one takes down the other (applicationPool=P, set at line 8)");
        assertThat(of("IIS-201", lint(sites(6))).get(0).message())
                .isEqualTo(
                        "shares application pool 'P' with sites 'S1', 'S2', 'S3', 'S4', 'S5':"
                                + " a crash, hang or compromise in one takes down the other (applicationPool=P, set at line 5)");
        assertThat(of("IIS-201", lint(sites(2))).get(1).message())
                .isEqualTo(
                        "shares application pool 'P' with site 'S0': a crash, hang or compromise in one takes down the other (applicationPool=P, set at line 6)");
    }

    @Test
    void twoThousandSitesInOnePoolGiveTwoThousandShortMessages() {
        List<Finding> shared = of("IIS-201", lint(sites(2000)));

        assertThat(shared)
                .hasSize(2000)
                .allSatisfy(f -> assertThat(f.message()).contains(", … (1994 more): a crash, hang or compromise"));
        assertThat(shared.stream().mapToInt(f -> f.message().length()).max().orElseThrow())
                .isLessThan(200);
    }

    @Test
    void poolsSharingAnAccountNameFiveOthersThenCountTheRest() {
        StringBuilder pools = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            pools.append("<add name=\"P")
                    .append(i)
                    .append("\"><processModel identityType=\"SpecificUser\" userName=\"CONTOSO\\svc\" /></add>\n");
        }
        String xml = "<configuration>\n<system.applicationHost>\n<applicationPools>\n" + pools + "</applicationPools>\n"
                + "</system.applicationHost>\n</configuration>\n";

        List<Finding> shared = of("IIS-104", lint(xml));

        assertThat(shared).hasSize(8);
        assertThat(shared.get(0).message())
                .isEqualTo(
                        "runs as account 'CONTOSO\\svc', also used by pools 'P1', 'P2', 'P3', 'P4', 'P5', … (2 more):"
                                + " a compromise of one pool reaches the others' files (userName=CONTOSO\\svc, set at line 4)");
    }
}
