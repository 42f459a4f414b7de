package io.iislint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.iislint.Golden;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code iislint audit} as a user runs it: outputs byte for byte, exit codes, errors, -o. */
class AuditCliTest {
    private static final String IIS6 = "samples/iis6";

    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @ParameterizedTest(name = "audit -f {0}")
    @CsvSource({"text, iis6.audit.txt", "markdown, iis6.audit.md", "json, iis6.audit.json", "html, iis6.audit.html"})
    void theIis6SampleAuditMatchesItsGoldenFileInEveryFormat(String format, String golden) throws IOException {
        Cli r = Cli.run("audit", "-f", format, IIS6);
        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).as("a NotReady site fails the run").isEqualTo(1);
        Golden.assertMatches(GOLDEN.resolve(golden), r.out());
    }

    @ParameterizedTest(name = "audit -f {0} samples/server")
    @CsvSource({
        "text, server.audit.txt",
        "markdown, server.audit.md",
        "json, server.audit.json",
        "html, server.audit.html"
    })
    void theServerSampleAuditShowsItsVersionAndFilesInEveryFormat(String format, String golden) throws IOException {
        Cli r = Cli.run("audit", "-f", format, "samples/server");
        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isEqualTo(1);
        Golden.assertMatches(GOLDEN.resolve(golden), r.out());
    }

    @Test
    void eachServerListsTheFilesOfItsHierarchyAndWhereEachWebConfigCounts() {
        String text = Cli.run("audit", "samples/server").out();
        String c = "samples/server/C/";
        String fx = c + "Windows/Microsoft.NET/Framework64/v4.0.30319/Config/";
        assertThat(text)
                .contains("Audit of samples/server/applicationHost.config (applicationHost)\n\n"
                        + "IIS version: unknown (nothing in the file shows it: IIS 10's defaults apply)\n"
                        + "Server files (8 read)\n"
                        + "  applicationHost: samples/server/applicationHost.config\n"
                        + "  machine.config: " + fx + "machine.config\n"
                        + "  root web.config: " + fx + "web.config\n"
                        + "  web.config: " + c + "inetpub/intranet/reports/web.config -> site Intranet, config path"
                        + " Intranet/reports\n"
                        + "  web.config: " + c + "inetpub/intranet/web.config -> site Intranet, config path Intranet\n"
                        + "  web.config: " + c + "inetpub/shop-api/web.config -> site Shop, config path Shop/api\n"
                        + "  web.config: " + c + "inetpub/shop/web.config -> site Shop, config path Shop\n"
                        + "  redirection.config: samples/server/redirection.config\n"
                        + "Sites\n");
        // the version given, and the version a file shows, each with what decided it
        assertThat(Cli.run("audit", "--iis-version", "8.5", "samples/server/applicationHost.config")
                        .out())
                .contains("IIS version: IIS 7.0 to 8.5 (given: --iis-version 8.5)\nServer files (1 read)\n");
        Cli bad = Cli.run("audit", "--iis-version", "9", "samples/server/applicationHost.config");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err())
                .startsWith("iislint: error: --iis-version must be 7.0, 7.5, 8.0, 8.5, 10 or express, not '9'\n");
        assertThat(Cli.run("audit", "samples/iis6/MetaBase.xml").out())
                .contains("IIS version: IIS 6 (an IIS 6 metabase)\nServer files (1 read)\n"
                        + "  MetaBase.xml: samples/iis6/MetaBase.xml\n");
    }

    @Test
    void aServerFileNoSiteHoldsIsListedAsNotPlacedAndNestedServersKeepTheirOwnFiles(@TempDir Path dir)
            throws IOException {
        Path outer = dir.resolve("fleet");
        Path inner = Files.createDirectories(outer.resolve("web02"));
        Files.copy(Path.of("samples/server/applicationHost.config"), outer.resolve("applicationHost.config"));
        Files.copy(Path.of("samples/hardened/applicationHost.config"), inner.resolve("applicationHost.config"));
        Files.createDirectories(inner.resolve("stray"));
        Files.copy(Path.of("samples/site/web.config"), inner.resolve("stray/web.config"));
        String json = Cli.run("audit", "-f", "json", outer.toString()).out();
        // the stray web.config is web02's (the deepest folder holding it), not the outer server's
        assertThat(json)
                .contains("\"file\" : \"" + inner.resolve("stray/web.config") + "\",\n"
                        + "        \"kind\" : \"web.config\",\n"
                        + "        \"site\" : null,\n"
                        + "        \"configPath\" : null\n");
        String text = Cli.run("audit", outer.toString()).out();
        assertThat(text)
                .contains("Server files (1 read)\n  applicationHost: " + outer.resolve("applicationHost.config") + "\n")
                .contains("Server files (2 read)\n  applicationHost: " + inner.resolve("applicationHost.config") + "\n"
                        + "  web.config: " + inner.resolve("stray/web.config")
                        + " -> not placed on a site (linted alone)\n");
    }

    @Test
    void eachHttpsBindingSaysWhereItsCertificateIsKept(@TempDir Path dir) throws IOException {
        Path iis10 = dir.resolve("applicationHost.config");
        Files.writeString(iis10, """
                <configuration><system.applicationHost><sites>
                  <site name="Shop" id="1">
                    <application path="/"><virtualDirectory path="/" physicalPath="D:\\shop" /></application>
                    <bindings>
                      <binding protocol="http" bindingInformation="*:80:shop.contoso.com" />
                      <binding protocol="https" bindingInformation="*:443:" />
                      <binding protocol="https" bindingInformation="10.0.0.5:8443:" sslFlags="0" />
                      <binding protocol="https" bindingInformation="[::1]:443:" />
                      <binding protocol="https" bindingInformation="*:443:shop.contoso.com" sslFlags="1" />
                      <binding protocol="https" bindingInformation="*:443:www.contoso.com" sslFlags="3" />
                      <binding protocol="https" bindingInformation="*:444:" sslFlags="2" />
                      <binding protocol="https" bindingInformation="*:445:" sslFlags="1" />
                    </bindings>
                  </site>
                  <site name="Files" id="2">
                    <application path="/"><virtualDirectory path="/" physicalPath="D:\\files" /></application>
                    <bindings><binding protocol="ftp" bindingInformation="*:21:" /></bindings>
                    <ftpServer><security>
                      <ssl serverCertHash="57686f6c6520636572742068617368206865726521" serverCertStoreName="WebHosting" />
                    </security></ftpServer>
                  </site>
                  <site name="Drop" id="3">
                    <application path="/"><virtualDirectory path="/" physicalPath="D:\\drop" /></application>
                    <bindings><binding protocol="ftp" bindingInformation="*:2121:" /></bindings>
                  </site>
                </sites></system.applicationHost></configuration>
                """);
        assertThat(Cli.run("audit", iis10.toString()).out())
                .contains("  Files (id 2): ftp/*:21: "
                        + "(certificate: 57686F6C6520636572742068617368206865726521 in store WebHosting)\n")
                .contains("  Drop (id 3): ftp/*:2121: (certificate: no serverCertHash in the file)\n")
                .contains("  Shop (id 1): http/*:80:shop.contoso.com, "
                        + "https/*:443: (certificate: HTTP.sys entry ipport=0.0.0.0:443), "
                        + "https/10.0.0.5:8443: (certificate: HTTP.sys entry ipport=10.0.0.5:8443), "
                        + "https/[::1]:443: (certificate: HTTP.sys entry ipport=[::1]:443), "
                        + "https/*:443:shop.contoso.com (certificate: HTTP.sys SNI entry hostnameport=shop.contoso.com:443), "
                        + "https/*:443:www.contoso.com (certificate: central certificate store entry ccs=443, file www.contoso.com.pfx), "
                        + "https/*:444: (certificate: central certificate store entry ccs=444, no host name to name its .pfx file), "
                        + "https/*:445: (certificate: SNI without a host name, which IIS cannot bind)\n");
        assertThat(Cli.run("audit", "-f", "json", iis10.toString()).out())
                .contains("\"protocol\" : \"http\",\n        \"bindingInformation\" : \"*:80:shop.contoso.com\",\n"
                        + "        \"at\"")
                .contains("\"bindingInformation\" : \"*:443:shop.contoso.com\",\n"
                        + "        \"certificate\" : \"HTTP.sys SNI entry hostnameport=shop.contoso.com:443\",\n")
                .contains(
                        "\"bindingInformation\" : \"*:21:\",\n"
                                + "        \"certificate\" : \"57686F6C6520636572742068617368206865726521 in store WebHosting\",\n");

        Path iis6 = dir.resolve("MetaBase.xml");
        Files.writeString(iis6, """
                <?xml version ="1.0"?>
                <configuration xmlns="urn:microsoft-catalog:XML_Metabase_V64_0">
                <MBProperty>
                <IIsWebService Location ="/LM/W3SVC" AppPoolId="DefaultAppPool" />
                <IIsWebServer Location ="/LM/W3SVC/1" ServerComment="Shop" ServerBindings=":80:"
                    SecureBindings=":443:" SSLCertHash="0a1b2c3d4e5f60718293a4b5c6d7e8f901234567" />
                <IIsWebVirtualDir Location ="/LM/W3SVC/1/ROOT" AppRoot="/LM/W3SVC/1/ROOT" Path="D:\\shop" />
                <IIsWebServer Location ="/LM/W3SVC/2" ServerComment="Billing" SecureBindings=":443:billing"
                    SSLCertHash="ffeeddccbbaa99887766554433221100ffeeddcc" SSLStoreName="WebHosting" />
                <IIsWebVirtualDir Location ="/LM/W3SVC/2/ROOT" AppRoot="/LM/W3SVC/2/ROOT" Path="D:\\billing" />
                <IIsWebServer Location ="/LM/W3SVC/3" ServerComment="Old" SecureBindings=":443:old" />
                <IIsWebVirtualDir Location ="/LM/W3SVC/3/ROOT" AppRoot="/LM/W3SVC/3/ROOT" Path="D:\\old" />
                </MBProperty>
                </configuration>
                """);
        assertThat(Cli.run("audit", iis6.toString()).out())
                .contains("  Shop (id 1): http/:80:, https/:443: "
                        + "(certificate: 0A1B2C3D4E5F60718293A4B5C6D7E8F901234567 in store MY)\n")
                .contains("  Billing (id 2): https/:443:billing "
                        + "(certificate: FFEEDDCCBBAA99887766554433221100FFEEDDCC in store WebHosting)\n")
                .contains("  Old (id 3): https/:443:old (certificate: none, the site sets no SSLCertHash)\n");
    }

    @Test
    void exitZeroAndNoConfigTakeTheOptionsCheckTakesAndLeaveTheReportAlone() {
        Cli plain = Cli.run("audit", IIS6);
        Cli zero = Cli.run("audit", "--exit-zero", IIS6);
        assertThat(plain.exit()).isEqualTo(1);
        assertThat(zero.exit()).isZero();
        assertThat(zero.out()).isEqualTo(plain.out());
        Cli noConfig = Cli.run("audit", "--no-config", IIS6);
        assertThat(noConfig.exit()).isEqualTo(1);
        assertThat(noConfig.out()).isEqualTo(plain.out());
        // --exit-zero does not hide an input that could not be read
        Cli missing = Cli.run("audit", "--exit-zero", "missing/MetaBase.xml");
        assertThat(missing.exit()).isEqualTo(2);
    }

    @Test
    void includeAndExcludeChooseTheFilesAuditedInADirectory(@TempDir Path dir) throws IOException {
        byte[] metabase = Files.readAllBytes(Path.of(IIS6, "MetaBase.xml"));
        Files.createDirectories(dir.resolve("web01"));
        Files.createDirectories(dir.resolve("archive"));
        Files.write(dir.resolve("web01/export-2026.xml"), metabase);
        Files.write(dir.resolve("archive/export-2019.xml"), metabase);
        Files.write(dir.resolve("archive/MetaBase.xml"), metabase);
        Cli standard = Cli.run("audit", "-f", "json", dir.toString());
        assertThat(standard.exit()).isEqualTo(1);
        assertThat(auditedFiles(standard, dir)).containsExactly("archive/MetaBase.xml");
        Cli chosen = Cli.run("audit", "-f", "json", "--include", "*.xml", "--exclude", "archive/**", dir.toString());
        assertThat(chosen.err()).isEmpty();
        assertThat(auditedFiles(chosen, dir)).containsExactly("web01/export-2026.xml");
    }

    private static List<String> auditedFiles(Cli r, Path dir) {
        List<String> files = new ArrayList<>();
        try {
            for (JsonNode f : new ObjectMapper().readTree(r.out()).get("files")) {
                files.add(dir.relativize(Path.of(f.get("file").asText()))
                        .toString()
                        .replace('\\', '/'));
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return files;
    }

    @Test
    void jsonVerdictsFollowFromTheirChecksAndEveryEvidenceIsAFileAndLine() throws IOException {
        JsonNode root =
                new ObjectMapper().readTree(Cli.run("audit", "-f", "json", IIS6).out());
        assertThat(root.get("errors")).isEmpty();
        JsonNode files = root.get("files");
        assertThat(files).extracting(f -> f.get("kind").asText()).containsExactly("MetaBase.xml", "fcgiext.ini");
        assertThat(files.get(1).get("frameworks")).extracting(JsonNode::asText).containsExactly("PHP", "Python");
        int checks = 0;
        for (JsonNode site : files.get(0).get("sites")) {
            assertThat(site.get("readiness"))
                    .extracting(x -> x.get("target").asText())
                    .containsExactly("IIS 10", "Azure App Service");
            for (JsonNode readiness : site.get("readiness")) {
                Set<String> results = new java.util.HashSet<>();
                for (JsonNode check : readiness.get("checks")) {
                    checks++;
                    results.add(check.get("result").asText());
                    assertThat(check.get("result").asText()).isIn("pass", "warn", "fail", "unknown", "info");
                    for (JsonNode e : check.get("evidence"))
                        assertThat(e.asText()).matches("samples/iis6/(MetaBase\\.xml|fcgiext\\.ini):[1-9]\\d*");
                    // a check that fails, warns or advises rests on lines; unknown rests on what the files do not hold
                    if (!List.of("pass", "unknown").contains(check.get("result").asText())
                            && !check.get("id").asText().equals("FcgiextSettings")) {
                        assertThat(check.get("evidence"))
                                .as(check.get("id").asText())
                                .isNotEmpty();
                    }
                }
                String expected = results.contains("fail")
                        ? "NotReady"
                        : results.contains("unknown")
                                ? "Unknown"
                                : results.contains("warn") ? "ConditionallyReady" : "Ready";
                assertThat(readiness.get("verdict").asText()).isEqualTo(expected);
            }
        }
        assertThat(checks).isEqualTo(4 * (9 + 11));
    }

    @Test
    void aFileWithoutSitesStillListsWhatItRevealsAndPasses() {
        Cli r = Cli.run("audit", "samples/site/web.config");
        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out())
                .isEqualTo(
                        "Audit of samples/site/web.config (web.config)\n\nSites: none in this file\nFrameworks: PHP\n\n");
    }

    @Test
    void aReadyServerExitsZeroAndSaysSo(@TempDir Path dir) throws IOException {
        Path mb = dir.resolve("MetaBase.xml");
        Files.writeString(mb, """
                <?xml version="1.0"?>
                <configuration xmlns="urn:microsoft-catalog:XML_Metabase_V64_0"><MBProperty>
                <IIsWebService Location="/LM/W3SVC" IIs5IsolationModeEnabled="FALSE" />
                <IIsApplicationPool Location="/LM/W3SVC/AppPools/Web" AppPoolIdentityType="2" />
                <IIsWebServer Location="/LM/W3SVC/1" ServerComment="Web" ServerBindings=":80:www.example.org" />
                <IIsWebVirtualDir Location="/LM/W3SVC/1/ROOT" AppRoot="/LM/W3SVC/1/ROOT" AppPoolId="Web" Path="D:\\Web" />
                </MBProperty></configuration>
                """);
        Cli r = Cli.run("audit", mb.toString());
        assertThat(r.exit()).isZero();
        // the NetworkService pool gets advice for after the move, which leaves the verdict Ready
        assertThat(r.out())
                .contains("    IIS 10: Ready\n      info BuiltInPoolIdentity: ", "    Azure App Service: Ready\n")
                .endsWith("\n1 site audited. IIS 10: 1 Ready; Azure App Service: 1 Ready.\n");
    }

    @Test
    void unreadableFilesAreOneLineEachExitTwoAndTheOthersAreStillAudited(@TempDir Path dir) throws IOException {
        Path broken = dir.resolve("applicationHost.config");
        Files.writeString(broken, "<configuration>\n<system.applicationHost>\n</configuration>\n");
        Path ini = dir.resolve("fcgiext.ini");
        Files.writeString(
                ini,
                "[Types]\nphp=PHP\n[PHP]\nExePath=C:\\php\\php-cgi.exe\nResponseBufferLimit=0\nthis is not a setting\n");
        Cli r = Cli.run(
                "audit",
                broken.toString(),
                ini.toString(),
                "samples/site/web.config",
                dir.resolve("missing.xml").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().lines())
                .containsExactly(
                        dir.resolve("missing.xml") + ":1:1: error: no such file or directory",
                        broken
                                + ":3:15: error: not well-formed XML: Unexpected close tag </configuration>; expected </system.applicationHost>.",
                        ini + ":6:1: error: malformed line 'this is not a setting': expected Key=Value or [Section]");
        assertThat(r.out())
                .isEqualTo(
                        "Audit of samples/site/web.config (web.config)\n\nSites: none in this file\nFrameworks: PHP\n\n");

        JsonNode json = new ObjectMapper()
                .readTree(Cli.run("audit", "-f", "json", broken.toString(), "samples/site/web.config")
                        .out());
        assertThat(json.get("files")).hasSize(1);
        assertThat(json.get("errors")).hasSize(1);
        assertThat(json.get("errors").get(0).asText()).startsWith(broken + ":3:15: error: not well-formed XML");
        assertThat(Cli.run("audit", "-f", "markdown", broken.toString()).out())
                .contains("## Files that could not be audited\n\n- ");
    }

    @Test
    void usageErrorsExitTwo() {
        Cli format = Cli.run("audit", "-f", "sarif", IIS6);
        assertThat(format.exit()).isEqualTo(2);
        assertThat(format.err()).startsWith("iislint: error: unknown format 'sarif': use text, json, markdown or html");
        assertThat(format.out()).isEmpty();
        assertThat(Cli.run("audit").exit()).isEqualTo(2);
    }

    @Test
    void outputGoesToTheNamedFileNeverOverAnInputAndInputsAreLeftUntouched(@TempDir Path dir) throws Exception {
        List<Path> inputs = List.of(Path.of(IIS6, "MetaBase.xml"), Path.of(IIS6, "fcgiext.ini"));
        List<String> before = digests(inputs);
        Path report = dir.resolve("audit.md");
        Cli r = Cli.run("audit", "-f", "markdown", "-o", report.toString(), IIS6);
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        Golden.assertMatches(GOLDEN.resolve("iis6.audit.md"), Files.readString(report, StandardCharsets.UTF_8));

        Path copy = dir.resolve("MetaBase.xml");
        Files.copy(inputs.get(0), copy);
        byte[] original = Files.readAllBytes(copy);
        Cli over = Cli.run("audit", "-o", copy.toString(), copy.toString());
        assertThat(over.exit()).isEqualTo(2);
        assertThat(over.err()).startsWith("iislint: error: refusing to write the report over an input: " + copy);
        assertThat(Files.readAllBytes(copy)).isEqualTo(original);
        assertThat(digests(inputs)).isEqualTo(before);

        Path nowhere = dir.resolve("no-such-dir/audit.md");
        Cli lost = Cli.run("audit", "-o", nowhere.toString(), IIS6);
        assertThat(lost.exit()).isEqualTo(2);
        assertThat(lost.out()).isEmpty();
        assertThat(lost.err())
                .isEqualTo(
                        nowhere + ": error: cannot write the report: no such directory: " + nowhere.getParent() + "\n");
    }

    @Test
    void everyCheckHasAPageThatExplainAndRulesShowByItsIdOrTheIdTheAuditShows() {
        Cli byId = Cli.run("explain", "MIG-104");
        assertThat(byId.exit()).isZero();
        assertThat(byId.err()).isEmpty();
        assertThat(byId.out())
                .startsWith(
                        "MIG-104 clr11: ASP.NET 1.x application\n"
                                + "audit check: Clr11   target: IIS 10   result: fail (the site is NotReady)\n\nWhy\n  IIS 6 runs an application")
                .contains("\nBad\n  <configuration>\n")
                .contains("\nGood\n  <configuration>\n")
                .contains("\nReferences\n  - Configuring IIS to Use the Correct Version of the .NET Framework")
                .doesNotContain("\nFix\n")
                .doesNotContain("severity:");
        assertThat(Cli.run("explain", "Clr11").out()).isEqualTo(byId.out());
        assertThat(Cli.run("explain", "clr11").out()).isEqualTo(byId.out());
        assertThat(Cli.run("rules", "mig-104").out()).isEqualTo(byId.out());
        assertThat(Cli.run("explain", "MIG-108").out())
                .contains(
                        "\naudit check: BuiltInPoolIdentity   target: IIS 10   result: info (advice: the verdict stays)\n");
        assertThat(Cli.run("explain", "TcpPort").out())
                .startsWith("MIG-203 tcp-port: ")
                .contains(
                        "\naudit check: TcpPort   target: Azure App Service   result: warn (the site is ConditionallyReady)\n");
        // the name a check shares with a rule shows the rule, as it did before checks had pages
        assertThat(Cli.run("explain", "iis5-isolation-mode").out()).startsWith("IIS-206 iis5-isolation-mode: ");
        assertThat(Cli.run("explain", "Iis5IsolationMode").out()).startsWith("MIG-101 iis5-isolation-mode: ");
        // not lint rules: check cannot select them
        Cli select = Cli.run("check", "--no-config", "--select", "MIG-101", IIS6);
        assertThat(select.exit()).isEqualTo(2);
        assertThat(select.err())
                .startsWith("iislint: error: --select MIG-101: no rule has this id, id prefix, name or tag");
    }

    private static List<String> digests(List<Path> files) throws IOException, NoSuchAlgorithmException {
        List<String> out = new ArrayList<>();
        for (Path f : files)
            out.add(HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))));
        return out;
    }
}
