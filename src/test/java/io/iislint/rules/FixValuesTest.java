package io.iislint.rules;

import static io.iislint.Fixtures.lint;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The values a rule works out for its fix command (a metabase property's name, a time in IIS 6's minutes), which
 * the fixtures cannot see: they hold findings, not fixes.
 */
class FixValuesTest {

    private static Stream<String> adsutilFixes(String rule, String metabase) {
        return lint("""
                <?xml version="1.0"?>
                <configuration xmlns="urn:microsoft-catalog:XML_Metabase_V64_0">
                  <MBProperty>
                """ + metabase + """
                  </MBProperty>
                </configuration>
                """).stream()
                .filter(f -> f.ruleId().equals(rule))
                .map(f -> f.fix().adsutil());
    }

    @Test
    void aspLimitsAreSetBackThroughTheirOwnProperty() {
        assertThat(adsutilFixes("IIS-403", """
                        <IIsWebService Location="/LM/W3SVC" AspBufferingLimit="8388608" AspMaxRequestEntityAllowed="409600" />
                        """))
                .containsExactlyInAnyOrder(
                        "cscript adsutil.vbs SET W3SVC/AspBufferingLimit 4194304",
                        "cscript adsutil.vbs SET W3SVC/AspMaxRequestEntityAllowed 204800");
    }

    @Test
    void theIdleTimeOutIsSetInMinutes() {
        assertThat(adsutilFixes("IIS-605", """
                        <IIsApplicationPools Location="/LM/W3SVC/AppPools" />
                        <IIsApplicationPool Location="/LM/W3SVC/AppPools/Shop" IdleTimeout="0" />
                        """))
                .containsExactly("cscript adsutil.vbs SET W3SVC/AppPools/Shop/IdleTimeout 20");
    }

    @Test
    void theRapidFailIntervalIsSetInMinutes() {
        assertThat(adsutilFixes("IIS-602", """
                        <IIsApplicationPools Location="/LM/W3SVC/AppPools" />
                        <IIsApplicationPool Location="/LM/W3SVC/AppPools/Shop" RapidFailProtection="TRUE" RapidFailProtectionInterval="60" />
                        """))
                .containsExactly("cscript adsutil.vbs SET W3SVC/AppPools/Shop/RapidFailProtectionInterval 5");
    }
}
