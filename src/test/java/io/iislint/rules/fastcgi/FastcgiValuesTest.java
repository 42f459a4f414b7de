package io.iislint.rules.fastcgi;

import static org.assertj.core.api.Assertions.assertThat;

import io.iislint.Fixtures;
import io.iislint.model.FastCgiApplication;
import io.iislint.source.Location;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What the fixtures cannot see: the php.ini IIS-310's fix names (the fixtures expect findings, not fixes), and the
 * values IIS-311 leaves alone as placeholders, case by case.
 */
class FastcgiValuesTest {
    private static FastCgiApplication app(String attributes, String env) {
        return Fixtures.model("<configuration><system.applicationHost /><system.webServer><fastCgi><application "
                        + attributes + "><environmentVariables>" + env
                        + "</environmentVariables></application></fastCgi></system.webServer></configuration>")
                .fastCgiApplications()
                .get(0);
    }

    private static String phpIni(String fullPath, String phprc) {
        return FastcgiPhpIniNotMonitored.phpIni(app(
                "fullPath=\"" + fullPath + "\"",
                phprc == null ? "" : "<environmentVariable name=\"PHPRC\" value=\"" + phprc + "\" />"));
    }

    @Test
    void theFixNamesThePhpIniPhpReads() {
        assertThat(phpIni("C:\\PHP\\php-cgi.exe", null)).isEqualTo("C:\\PHP\\php.ini");
        assertThat(phpIni("&quot;C:\\Program Files\\PHP\\php-cgi.exe&quot;", null))
                .isEqualTo("C:\\Program Files\\PHP\\php.ini");
        assertThat(phpIni("C:/PHP/php-cgi.exe", null)).isEqualTo("C:/PHP\\php.ini");
        assertThat(phpIni("php-cgi.exe", null)).isEqualTo("php.ini");
        // PHPRC: a folder (with or without a trailing separator) or the file itself; blank counts as unset
        assertThat(phpIni("C:\\PHP\\php-cgi.exe", "D:\\config\\php\\")).isEqualTo("D:\\config\\php\\php.ini");
        assertThat(phpIni("C:\\PHP\\php-cgi.exe", "D:\\config\\php//")).isEqualTo("D:\\config\\php\\php.ini");
        assertThat(phpIni("C:\\PHP\\php-cgi.exe", " D:\\config ")).isEqualTo("D:\\config\\php.ini");
        assertThat(phpIni("C:\\PHP\\php-cgi.exe", "D:\\config\\PHP-prod.INI")).isEqualTo("D:\\config\\PHP-prod.INI");
        assertThat(phpIni("C:\\PHP\\php-cgi.exe", "  ")).isEqualTo("C:\\PHP\\php.ini");
    }

    private static Optional<Integer> secret(String name, String value) {
        return FastcgiEnvironmentSecret.secretLength(
                new FastCgiApplication.EnvironmentVariable(name, value, new Location("t", 1, 1)),
                Set.of("PASSWORD", "KEY"));
    }

    @Test
    void placeholdersAreLeftAloneAndLookalikesAreNot() {
        for (String placeholder : new String[] {"$(Db)", "#{Db}", "{{db}}", "__Db__", "%DB%", "%A%", "_____"})
            assertThat(secret("DB_PASSWORD", placeholder)).as(placeholder).isEmpty();
        for (String value : new String[] {
            "$(Db", "Db)", "#{Db", "Db}", "{{db}", "{db}}", "__Db", "Db__", "____", "%DB", "DB%", "%%", "%"
        }) assertThat(secret("DB_PASSWORD", value)).as(value).contains(value.length());
        assertThat(secret("DB_PASSWORD", "  ")).isEmpty();
        assertThat(secret("MONKEY", "banana")).isEmpty();
        assertThat(secret("ApiKey", "abc")).contains(3);
    }
}
