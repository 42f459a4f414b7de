package io.iislint.rules.fastcgi;

import static org.assertj.core.api.Assertions.assertThat;

import io.iislint.Fixtures;
import io.iislint.finding.Finding;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * IIS-304's parameter changes only what its fix sets, which the fixtures (they expect findings, not fixes) cannot
 * see: the bad fixture is linted here with the default and with {@code IIS-304.seconds} set.
 */
class FastcgiNoTerminateSignalTest {
    private static final Path BAD = Path.of("src/test/resources/rules/IIS-304/bad.config");

    private static String appcmd(Map<String, String> params) throws Exception {
        return Fixtures.lint(Files.readString(BAD, StandardCharsets.UTF_8), params).stream()
                .filter(f -> f.ruleId().equals("IIS-304"))
                .map(Finding::fix)
                .map(Finding.Fix::appcmd)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theSecondsParameterIsTheValueTheFixSets() throws Exception {
        String fix =
                "appcmd set config /section:system.webServer/fastCgi \"/[fullPath='C:\\PHP\\php-cgi.exe',arguments=''].signalBeforeTerminateSeconds:%s\" /commit:apphost";
        assertThat(appcmd(Map.of())).isEqualTo(fix.formatted("5"));
        assertThat(appcmd(Map.of("IIS-304.seconds", "30"))).isEqualTo(fix.formatted("30"));
    }
}
