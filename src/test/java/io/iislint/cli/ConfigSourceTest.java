package io.iislint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.iislint.Fixtures;
import io.iislint.load.Loader;
import io.iislint.source.InputError;
import io.iislint.xml.XmlReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code configSource}: a section's content in another file, followed only inside the configuration file's folder,
 * with findings pointing into that file; every other path refused in one line, without opening anything outside.
 */
class ConfigSourceTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    /** A server whose pools, sites and anonymous authentication live in other files. */
    private Path server(String poolsSource) throws IOException {
        return write("web01/applicationHost.config", """
                <configuration>
                  <system.applicationHost>
                    <applicationPools configSource="%s" />
                    <sites configSource="sites.config" />
                  </system.applicationHost>
                  <system.webServer>
                    <security><authentication><anonymousAuthentication configSource="anonymous.config" /></authentication></security>
                  </system.webServer>
                </configuration>
                """.formatted(poolsSource));
    }

    private void sources(String poolsFile) throws IOException {
        write("web01/" + poolsFile, """
                <applicationPools>
                  <!-- iislint-disable-next-line IIS-502,IIS-503 the hosting team recycles on a schedule (OPS-1) -->
                  <add name="Shop">
                    <processModel identityType="LocalSystem" />
                  </add>
                </applicationPools>
                """);
        write("web01/sites.config", """
                <sites>
                  <site name="Shop" id="1">
                    <application path="/" applicationPool="Shop" />
                    <bindings><binding protocol="http" bindingInformation="*:80:shop" /></bindings>
                  </site>
                </sites>
                """);
        write("web01/anonymous.config", "<anonymousAuthentication userName=\"\" />\n");
    }

    @Test
    void aReportNeverGoesOverAConfigSourceFileTheRunRead() throws IOException {
        sources("pools.config");
        Path config = server("pools.config");
        Path pools = dir.resolve("web01/pools.config");
        byte[] before = Files.readAllBytes(pools);
        String refused = " " + pools + " would overwrite " + pools + ", a configSource file of " + config
                + " that this run reads\n";
        Cli o = Cli.run("check", "--no-config", "-o", pools.toString(), config.toString());
        assertThat(o.err()).isEqualTo("iislint: error: --output" + refused);
        assertThat(o.exit()).isEqualTo(2);
        Cli f = Cli.run("check", "--no-config", "-f", "json:" + pools, config.toString());
        assertThat(f.err()).isEqualTo("iislint: error: --format" + refused);
        assertThat(f.exit()).isEqualTo(2);
        Cli b = Cli.run("baseline", "create", "--no-config", "-o", pools.toString(), config.toString());
        assertThat(b.err()).isEqualTo("iislint: error: --output" + refused);
        assertThat(b.exit()).isEqualTo(2);
        assertThat(Files.readAllBytes(pools)).isEqualTo(before);
    }

    @Test
    void baselineEntriesInAConfigSourceFileAreCheckedAndPrunedLikeAnyOther() throws IOException {
        sources("pools.config");
        Path config = server("pools.config");
        Path baseline = dir.resolve("baseline.json");
        assertThat(Cli.run("baseline", "create", "--no-config", "-o", baseline.toString(), config.toString())
                        .exit())
                .isZero();
        // the LocalSystem identity is fixed in pools.config: its entry is stale, and this run checked it
        Path pools = dir.resolve("web01/pools.config");
        Files.writeString(pools, Files.readString(pools).replace("LocalSystem", "ApplicationPoolIdentity"));
        Cli check = Cli.run("check", "--no-config", "--baseline", baseline.toString(), config.toString());
        assertThat(check.out())
                .endsWith(
                        "No findings in 1 file; 2 suppressed; 2 in the baseline; 1 baseline entry no longer found (fixed? run 'iislint baseline prune'); no policy file.\n");
        Cli prune = Cli.run("baseline", "prune", "--no-config", "--baseline", baseline.toString(), config.toString());
        // sites.config's two (logs on the system drive, no https binding) stay
        assertThat(prune.out()).isEqualTo("Removed 1 stale entry from " + baseline + "; 2 remain.\n");
    }

    @Test
    void aSectionInAFileBesideTheConfigIsLintedWithFindingsPointingIntoThatFile() throws IOException {
        sources("pools.config");
        Path config = server("pools.config");
        Cli r = Cli.run("check", "--no-config", config.toString());
        assertThat(r.err()).isEmpty();
        Path pools = dir.resolve("web01/pools.config");
        Path sites = dir.resolve("web01/sites.config");
        // the pool, its LocalSystem identity and the inline suppression all come from pools.config; the anonymous user
        // is the one anonymous.config sets (no IIS-105 for the IUSR default)
        assertThat(r.out().lines().filter(l -> !l.startsWith("    fix")).toList())
                .containsExactly(
                        pools
                                + ":4:19: error IIS-101 application pool 'Shop': the worker process runs as LocalSystem: code in this pool has full"
                                + " control of the server (identityType=LocalSystem, set at line 4)",
                        sites + ":1:1: info IIS-1306 site defaults 'siteDefaults': the logs are on the system drive"
                                + " (%SystemDrive%\\inetpub\\logs\\LogFiles): logs that fill it can stop Windows; keep them on"
                                + " a drive of their own; site 'Shop' gets it"
                                + " (directory=%SystemDrive%\\inetpub\\logs\\LogFiles, IIS default)",
                        sites + ":2:3: info IIS-1308 site 'Shop': has http bindings and no https binding: pages,"
                                + " cookies and passwords cross the network in clear text",
                        "3 findings (1 error, 0 warnings, 2 info) in 1 file; 2 suppressed; no policy file.");
        assertThat(r.exit()).isEqualTo(1);
    }

    @Test
    void checkstyleListsAFindingUnderTheFileItIsIn() throws IOException {
        sources("pools.config");
        Path config = server("pools.config");
        Cli r = Cli.run("check", "--no-config", "-f", "checkstyle", config.toString());
        assertThat(r.out())
                .isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n"
                        + "  <file name=\"" + config + "\">\n  </file>\n"
                        + "  <file name=\"" + dir.resolve("web01/pools.config") + "\">\n"
                        + "    <error line=\"4\" column=\"19\" severity=\"error\" message=\"application pool &apos;Shop&apos;: the worker process"
                        + " runs as LocalSystem: code in this pool has full control of the server (identityType=LocalSystem, set at line 4)\""
                        + " source=\"iislint.IIS-101\"/>\n  </file>\n"
                        + "  <file name=\"" + dir.resolve("web01/sites.config") + "\">\n"
                        + "    <error line=\"1\" column=\"1\" severity=\"info\" message=\"site defaults &apos;siteDefaults&apos;:"
                        + " the logs are on the system drive (%SystemDrive%\\inetpub\\logs\\LogFiles): logs that fill it can"
                        + " stop Windows; keep them on a drive of their own; site &apos;Shop&apos; gets it"
                        + " (directory=%SystemDrive%\\inetpub\\logs\\LogFiles, IIS default)\" source=\"iislint.IIS-1306\"/>\n"
                        + "    <error line=\"2\" column=\"3\" severity=\"info\" message=\"site &apos;Shop&apos;: has http bindings"
                        + " and no https binding: pages, cookies and passwords cross the network in clear text\""
                        + " source=\"iislint.IIS-1308\"/>\n  </file>\n</checkstyle>\n");
    }

    @Test
    void aFileInAFolderBelowIsFollowedAndNamesAreMatchedInAnyLetterCase() throws IOException {
        sources("conf/Pools.config");
        Cli r = Cli.run(
                "check",
                "--no-config",
                "-f",
                "json",
                server("CONF\\pools.CONFIG").toString());
        assertThat(r.err()).isEmpty();
        // the file is named as it is on disk
        assertThat(r.out())
                .contains("\"file\": \""
                        + dir.resolve("web01/conf/Pools.config").toString().replace("\\", "\\\\") + "\"");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/etc/passwd",
                "..\\secret.config",
                "sub\\..\\..\\secret.config",
                "C:\\Windows\\secret.config",
                "C:secret.config",
                "\\\\files01\\share\\secret.config",
                "\\secret.config",
                "sub/secret.config",
                "pools.config:stream",
                " pools.config",
                "",
                "NUL",
                "con.config",
                "."
            })
    void anyOtherPathIsRefusedInOneLineWithoutOpeningIt(String source) throws IOException {
        sources("pools.config");
        // a file outside the folder that would be followed if read, and could not be read anyway
        Path secret = write(
                "secret.config",
                "<applicationPools><add name=\"Leak\"><processModel identityType=\"LocalSystem\" />"
                        + "</add></applicationPools>\n");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        Path config = server(source.replace("\"", "&quot;"));
        Cli r = Cli.run("check", "--no-config", config.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().lines().toList())
                .singleElement()
                .asString()
                .startsWith(config + ":3:23: error: configSource '" + source + "' ")
                .endsWith(
                        ": IIS reads a section's configSource only from the configuration file's folder or a folder below it, so"
                                + " iislint does not open it");
        assertThat(r.out()).doesNotContain("Leak").doesNotContain("permission denied");
    }

    @Test
    void aLinkLeadingOutOfTheFolderIsRefused() throws IOException {
        sources("pools.config");
        Path secret = write("secret.config", "<applicationPools><add name=\"Leak\" /></applicationPools>\n");
        Files.delete(dir.resolve("web01/pools.config"));
        Files.createSymbolicLink(dir.resolve("web01/pools.config"), secret);
        Path config = server("pools.config");
        Cli r = Cli.run("check", "--no-config", config.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err())
                .isEqualTo(
                        config + ":3:23: error: configSource 'pools.config' is a link leading out of the configuration"
                                + " file's folder: iislint does not open it\n");
        assertThat(r.out()).doesNotContain("Leak");
        // a link that stays inside the folder is followed
        Files.delete(dir.resolve("web01/pools.config"));
        write("web01/real/pools.config", "<applicationPools><add name=\"Inside\" /></applicationPools>\n");
        Files.createSymbolicLink(dir.resolve("web01/pools.config"), dir.resolve("web01/real/pools.config"));
        assertThat(Cli.run("check", "--no-config", config.toString()).err()).isEmpty();
    }

    @Test
    void aMissingBrokenOrWrongFileIsOneLine() throws IOException {
        sources("pools.config");
        Path config = server("missing.config");
        Cli missing = Cli.run("check", "--no-config", config.toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err())
                .isEqualTo(config + ":3:23: error: configSource 'missing.config': no such file in the configuration"
                        + " file's folder (IIS cannot load the section)\n");

        write("web01/broken.config", "<applicationPools>\n<add name=\"x\">\n</applicationPools>\n");
        Cli broken = Cli.run("check", "--no-config", server("broken.config").toString());
        assertThat(broken.exit()).isEqualTo(2);
        assertThat(broken.err()).startsWith(dir.resolve("web01/broken.config") + ":3:18: error: not well-formed XML: ");
        assertThat(broken.err().lines()).hasSize(1);

        write("web01/other.config", "<sites />\n");
        Cli other = Cli.run("check", "--no-config", server("other.config").toString());
        assertThat(other.err())
                .isEqualTo(
                        dir.resolve("web01/other.config") + ":1:1: error: the root element is <sites>, but this file is"
                                + " the configSource of <applicationPools> at " + config
                                + ":3: IIS expects <applicationPools> here\n");

        // the same size limit as any input
        write("web01/big.config", "<applicationPools>\n<!-- " + "x".repeat(1000) + " -->\n</applicationPools>\n");
        Cli big = Cli.run(
                "check",
                "--no-config",
                "--max-file-size",
                "500",
                server("big.config").toString());
        assertThat(big.err())
                .isEqualTo(dir.resolve("web01/big.config") + ":1:1: error: file is 1049 bytes, larger than the"
                        + " limit of 500 bytes (raise it with --max-file-size)\n");
    }

    @Test
    void aSectionWithBothConfigSourceAndContentIsRefused() throws IOException {
        sources("pools.config");
        Path config = write("web01/applicationHost.config", """
                <configuration>
                  <system.applicationHost>
                    <applicationPools configSource="pools.config"><add name="Here" /></applicationPools>
                  </system.applicationHost>
                </configuration>
                """);
        Cli r = Cli.run("check", "--no-config", config.toString());
        assertThat(r.err())
                .isEqualTo(config
                        + ":3:5: error: <applicationPools> has a configSource and other attributes or elements: a"
                        + " section whose content is in another file may hold nothing else, or IIS refuses it\n");
    }

    @Test
    void oneFileForTwoSectionsAndAConfigSourceInsideOneAreRefused() throws IOException {
        sources("pools.config");
        write("web01/nested.config", "<applicationPools configSource=\"pools.config\" />\n");
        Cli nested = Cli.run("check", "--no-config", server("nested.config").toString());
        assertThat(nested.err())
                .isEqualTo(
                        dir.resolve("web01/nested.config") + ":1:19: error: configSource inside a file that is itself a"
                                + " configSource: iislint does not follow it (write the section's content here)\n");
        String location = "  <location path=\"%s\"><system.webServer><security><authentication><anonymousAuthentication"
                + " configSource=\"anonymous.config\" /></authentication></security></system.webServer></location>\n";
        Path config = write(
                "web01/applicationHost.config",
                "<configuration>\n" + location.formatted("A") + location.formatted("B") + "</configuration>\n");
        Cli shared = Cli.run("check", "--no-config", config.toString());
        assertThat(shared.err())
                .isEqualTo(config
                        + ":3:%d: error: configSource 'anonymous.config' is also the configSource of the section at "
                                .formatted(91)
                        + config + ":2: one file can hold one section only\n");
    }

    @Test
    void inputReadFromMemoryCannotFollowIt() {
        try {
            new Loader(new XmlReader())
                    .parse(
                            "t.config",
                            "<configuration><system.applicationHost><sites configSource=\"s.config\" />"
                                    .concat("</system.applicationHost></configuration>")
                                    .getBytes(StandardCharsets.UTF_8));
            throw new AssertionError("not refused");
        } catch (InputError e) {
            assertThat(e.diagnostic())
                    .isEqualTo(
                            "t.config:1:47: error: configSource 's.config': the section's content is in another file,"
                                    + " which is followed only when this configuration is read from a file");
        }
        // without one, the same input is read as ever
        assertThat(Fixtures.model("<configuration><system.applicationHost /></configuration>")
                        .applicationPools())
                .isEmpty();
    }
}
