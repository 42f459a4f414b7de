package io.iislint.rules.fastcgi;

import static io.iislint.Fixtures.lint;
import static org.assertj.core.api.Assertions.assertThat;

import io.iislint.finding.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * IIS-307's fix sets what the dropped setting asked for where IIS 7+ has it (ResponseBufferLimit: the handler's
 * responseBufferLimit, with the value the site relied on), and gives no command where IIS 7+ has no such setting.
 * Fixtures cannot see fixes: this holds them.
 */
class FcgiextSettingDroppedTest {

    @Test
    void theFixCarriesTheValueOverOrIsNotGiven() {
        List<Finding> f =
                lint("""
                [Types]
                php=PHP

                [PHP]
                ExePath=C:\\PHP\\php-cgi.exe
                ResponseBufferLimit=65536
                IgnoreExistingFiles=0
                UnhealthyOnQueueFull=1
                """).stream().filter(x -> x.ruleId().equals("IIS-307")).toList();
        assertThat(f)
                .extracting(x -> x.subject().name() + " -> " + x.fix().appcmd() + " / "
                        + x.fix().powershell())
                .containsExactly(
                        "[PHP]/ResponseBufferLimit -> appcmd set config /section:handlers \"/[name='PHP'].responseBufferLimit:65536\""
                                + " / Set-WebConfigurationProperty -PSPath 'MACHINE/WEBROOT/APPHOST' -Filter \"system.webServer/handlers/add[@name='PHP']\""
                                + " -Name responseBufferLimit -Value 65536",
                        "[PHP]/IgnoreExistingFiles ->  / ",
                        "[PHP]/UnhealthyOnQueueFull ->  / ");
    }
}
