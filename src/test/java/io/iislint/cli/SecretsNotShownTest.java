package io.iislint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A secret the secret rules find (a connection string's password, a forms user's, a machineKey, also where the weak
 * machineKey rules judge the same element) never reaches a report of any format, the baseline
 * or the fingerprints: a recognisable password is looked for in each, while the finding itself is there.
 */
class SecretsNotShownTest {
    private static final String PASSWORD = "Tr0ub4dor-IISLINT-secret";

    @Test
    void aSecretIsInNoFormatNorTheBaseline(@TempDir Path dir) throws IOException {
        Path web = dir.resolve("web.config");
        Files.writeString(
                web,
                "<configuration>\n  <connectionStrings>\n    <add name=\"Shop\" connectionString=\"Server=db1;User ID=shop;"
                        + "Password=" + PASSWORD + "\" />\n  </connectionStrings>\n"
                        + "  <appSettings>\n    <add key=\"PaymentApiKey\" value=\"" + PASSWORD + "\" />\n"
                        + "    <add key=\"ReportsDb\" value=\"Server=db2;Database=Reports;User ID=reports;Password="
                        + PASSWORD + "\" />\n  </appSettings>\n  <system.web>\n"
                        + "    <authentication mode=\"Forms\"><forms requireSSL=\"true\"><credentials passwordFormat=\"Clear\">"
                        + "<user name=\"admin\" password=\"" + PASSWORD
                        + "\" /></credentials></forms></authentication>\n"
                        + "    <machineKey validation=\"SHA1\" decryption=\"3DES\" validationKey=\"" + PASSWORD
                        + "\" decryptionKey=\"" + PASSWORD + "\" />\n  </system.web>\n</configuration>\n",
                StandardCharsets.UTF_8);
        for (String format : new String[] {
            "text", "json", "sarif", "junit", "checkstyle", "github", "gitlab", "azure", "html", "powershell", "appcmd"
        }) {
            Cli r = Cli.run(
                    "check",
                    "--no-config",
                    "--select",
                    "IIS-1112,IIS-1113,IIS-1114,IIS-1124,IIS-1125,IIS-1132,IIS-1133",
                    "--format",
                    format,
                    web.toString());
            assertThat(r.out())
                    .as(format)
                    .contains("IIS-1112", "IIS-1132", "IIS-1133")
                    .doesNotContain(PASSWORD)
                    .doesNotContain("Tr0ub4dor");
            assertThat(r.err()).as(format).doesNotContain("Tr0ub4dor");
        }
        Path baseline = dir.resolve("baseline.json");
        Cli created = Cli.run("baseline", "create", "--no-config", "-o", baseline.toString(), web.toString());
        assertThat(created.out()).contains("Wrote ");
        assertThat(Files.readString(baseline, StandardCharsets.UTF_8))
                .contains("IIS-1112", "IIS-1113", "IIS-1114", "IIS-1124", "IIS-1125", "IIS-1132", "IIS-1133")
                .doesNotContain("Tr0ub4dor");
    }
}
