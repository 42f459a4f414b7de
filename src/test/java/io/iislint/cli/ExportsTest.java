package io.iislint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exports admins make of a server's configuration, in src/test/resources/exports: what iislint does with each. */
class ExportsTest {
    private static final Path EXPORTS = Path.of("src/test/resources/exports");
    private static final String RISKY = "samples/risky/applicationHost.config";

    private static final String CLIXML_REFUSAL = ":1:1: error: PowerShell Export-Clixml output (serialized objects, cut"
            + " at the cmdlet's depth), not IIS configuration: lint applicationHost.config itself (copy it from"
            + " %windir%\\system32\\inetsrv\\config)";

    @Test
    void exportClixmlInUtf16IsRefusedInOneLineSayingWhatToExportInstead() throws IOException {
        Path clixml = EXPORTS.resolve("shop-pool.clixml.xml");
        // Windows PowerShell writes it as UTF-16 with a byte-order mark: the refusal must not be an encoding error
        assertThat(Files.readAllBytes(clixml)).startsWith((byte) 0xFF, (byte) 0xFE);
        Cli r = Cli.run("check", clixml.toString(), RISKY);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo(clixml + CLIXML_REFUSAL + "\n");
        assertThat(r.out()).endsWith("in 1 file; 2 suppressed; 1 file could not be linted; no policy file.\n");
    }

    @Test
    void exportClixmlInUtf8AsPowerShell7WritesItIsRefusedTheSameWay(@TempDir Path dir) throws IOException {
        Path clixml = dir.resolve("pools.xml");
        Files.writeString(
                clixml,
                "\uFEFF<Objs Version=\"1.1.0.1\" xmlns=\"http://schemas.microsoft.com/powershell/2004/04\">\n"
                        + "  <Obj RefId=\"0\"><TN RefId=\"0\"><T>System.String</T></TN><ToString>x</ToString></Obj>\n"
                        + "</Objs>\n",
                StandardCharsets.UTF_8);
        Cli r = Cli.run("check", clixml.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo(clixml + CLIXML_REFUSAL + "\n");
    }

    @Test
    void anObjsRootOutsidePowerShellsNamespaceIsJustOtherXml(@TempDir Path dir) throws IOException {
        Path other = dir.resolve("objs.xml");
        Files.writeString(other, "<Objs><Obj/></Objs>\n", StandardCharsets.UTF_8);
        Cli r = Cli.run("check", other.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err())
                .isEqualTo(other + ":1:1: error: not IIS configuration: the root element is <Objs>, expected"
                        + " <configuration> (or an IIS section such as <system.webServer>)\n");
    }
}
