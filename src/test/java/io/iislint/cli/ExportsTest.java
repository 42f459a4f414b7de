package io.iislint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exports admins make of a server's configuration, in src/test/resources/exports: what iislint does with each. */
class ExportsTest {
    private static final Path EXPORTS = Path.of("src/test/resources/exports");
    private static final String RISKY = "samples/risky/applicationHost.config";

    private static final String CLIXML_REFUSAL = ":1:1: error: PowerShell Export-Clixml output (serialized objects, cut"
            + " at the cmdlet's depth), not IIS configuration: lint applicationHost.config itself (copy it from"
            + " %windir%\\system32\\inetsrv\\config), or the XML of appcmd list apppool /config /xml, appcmd list"
            + " site /config /xml or appcmd list config [PATH] [/section:NAME] /xml";

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

    private static final String APPPOOLS = EXPORTS.resolve("apppools.xml").toString();
    private static final String SITES = EXPORTS.resolve("sites.xml").toString();

    /** Each finding as "line:column rule subject". */
    private static List<String> findings(String file) throws IOException {
        JsonNode report =
                new ObjectMapper().readTree(Cli.run("-f", "json", file).out());
        List<String> out = new ArrayList<>();
        for (JsonNode f : report.get("findings")) {
            out.add(f.get("line").asInt() + ":" + f.get("column").asInt() + " "
                    + f.get("ruleId").asText() + " " + f.at("/subject/kind").asText() + " '"
                    + f.at("/subject/name").asText() + "'");
        }
        return out;
    }

    @Test
    void appcmdPoolsAreJudgedOnWhatTheExportKnowsAtTheirLinesInIt() throws IOException {
        // DefaultAppPool sets nothing: its queue, recycling and identity come from applicationPoolDefaults, which
        // appcmd does not export, so none of IIS-502/503/505 (judged on IIS defaults elsewhere) is reported
        assertThat(findings(APPPOOLS))
                .containsExactly(
                        "16:34 IIS-701 application pool 'Shop'",
                        "17:26 IIS-702 application pool 'Shop'",
                        "17:55 IIS-604 application pool 'Shop'",
                        "18:83 IIS-103 application pool 'Shop'",
                        "25:22 IIS-601 application pool 'Shop'",
                        "26:32 IIS-703 application pool 'Shop'",
                        "31:27 IIS-101 application pool 'Reports'",
                        "31:54 IIS-605 application pool 'Reports'",
                        "32:24 IIS-504 application pool 'Reports'");
        Cli r = Cli.run(APPPOOLS);
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).isEmpty();
        assertThat(r.out())
                // the wrapper's PipelineMode is the pool's effective value, applicationPoolDefaults included
                .contains("uses the Classic pipeline: ASP.NET runs as an ISAPI extension, apart from IIS's own"
                        + " authentication, authorization and request filtering (managedPipelineMode=Classic,"
                        + " inherited from the effective value appcmd lists on <APPPOOL> at line 16)")
                // resetInterval may be set in applicationPoolDefaults: the kill is probable, not certain
                .contains("a worker process using more than 50.0% CPU is probably killed: resetInterval is not set on"
                        + " the pool, and this export does not hold applicationPoolDefaults (IIS's default is"
                        + " 00:05:00; 0 turns CPU monitoring off)")
                .contains("the password of account 'CONTOSO\\svc-shop' is stored in clear text in this file (appcmd"
                        + " exports passwords decrypted, even where applicationHost.config encrypts them: treat this"
                        + " file as a secret) (password=(clear text, 11 characters), set at line 18)")
                .endsWith("9 findings (2 errors, 4 warnings, 3 info) in 1 file; no policy file.\n");
    }

    @Test
    void appcmdSitesAreJudgedOnWhatTheExportKnows() throws IOException {
        // Default Web Site's root application names no pool: it comes from sites/applicationDefaults, not exported
        // the empty host names of Default Web Site and of Shop's second http binding (IIS-1307), the default site's
        // %SystemDrive% content (IIS-1316)
        assertThat(findings(SITES))
                .containsExactly(
                        "4:9 IIS-1308 site 'Default Web Site'", // http only
                        "6:42 IIS-1307 site 'Default Web Site'",
                        "18:17 IIS-1316 site 'Default Web Site'",
                        "27:42 IIS-1307 site 'Shop'",
                        "27:42 IIS-904 site 'Shop'",
                        "40:17 IIS-107 virtual directory 'Shop/images'");
        assertThat(Cli.run(SITES).exit()).isEqualTo(1);
        assertThat(Cli.run("audit", SITES).out())
                .contains("  Default Web Site (id 1): http/*:80:\n    pools: unknown; frameworks: none\n"
                        + "    app / -> pool (not set)\n")
                .contains("      unknown AppPool: an application's pool comes from sites/applicationDefaults, which"
                        + " this export does not hold [" + SITES + ":16]\n");
    }

    @Test
    void theClearTextPasswordsOfAnAppcmdExportAreNeverPrintedInAnyFormat() {
        for (String format : List.of("text", "json", "sarif", "junit", "checkstyle", "github")) {
            for (String file : List.of(APPPOOLS, SITES)) {
                Cli r = Cli.run("-f", format, file);
                assertThat(r.out() + r.err())
                        .as(format)
                        .doesNotContain("Winter2019")
                        .doesNotContain("Spring2020");
            }
        }
        Cli audit = Cli.run("audit", "-f", "json", APPPOOLS, SITES);
        assertThat(audit.out() + audit.err()).doesNotContain("Winter2019").doesNotContain("Spring2020");
    }

    @Test
    void anInvalidValueInAnAppcmdExportIsIis001AtItsLine(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("pools.xml");
        Files.writeString(bad, """
                <appcmd>
                    <APPPOOL APPPOOL.NAME="Shop" PipelineMode="Integrated" RuntimeVersion="v4.0" state="Started">
                        <add name="Shop" queueLength="lots" />
                    </APPPOOL>
                    <APPPOOL APPPOOL.NAME="shop" PipelineMode="Integrated" RuntimeVersion="v4.0" state="Started">
                        <add name="shop" />
                    </APPPOOL>
                </appcmd>
                """);
        Cli r = Cli.run(bad.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out())
                .isEqualTo(bad + ":3:26: error IIS-001 application pool 'Shop': 'lots' is not valid: expected a whole"
                        + " number from 10 to 65535\n"
                        + bad + ":6:9: error IIS-001 application pool 'shop': application pool 'shop' is defined"
                        + " twice: IIS refuses to load this configuration\n"
                        + "2 findings (2 errors, 0 warnings, 0 info) in 1 file; no policy file.\n");
    }

    @Test
    void appcmdListingsIislintDoesNotReadAreRefusedInOneLineNamingTheOnesItReads(@TempDir Path dir) throws IOException {
        String reads = "iislint reads the XML of appcmd list apppool /config /xml, appcmd list site /config /xml or"
                + " appcmd list config [PATH] [/section:NAME] /xml";
        Path names = EXPORTS.resolve("apppool-names.xml");
        Cli withoutConfig = Cli.run(names.toString());
        assertThat(withoutConfig.exit()).isEqualTo(2);
        assertThat(withoutConfig.err())
                .isEqualTo(names + ":3:5: error: appcmd output without /config: <APPPOOL> holds names and state, no"
                        + " settings to lint; export the XML of appcmd list apppool /config /xml, appcmd list site"
                        + " /config /xml or appcmd list config [PATH] [/section:NAME] /xml\n");
        Path apps = dir.resolve("apps.xml");
        Files.writeString(
                apps, "<appcmd>\n    <APP APP.NAME=\"Shop/\" APPPOOL.NAME=\"Shop\" SITE.NAME=\"Shop\" />\n</appcmd>\n");
        Cli app = Cli.run(apps.toString());
        assertThat(app.exit()).isEqualTo(2);
        assertThat(app.err()).isEqualTo(apps + ":2:5: error: appcmd output listing <APP> is not read: " + reads + "\n");
    }

    private static final String CONFIG_SITE = EXPORTS.resolve("config-site.xml").toString();
    private static final String CONFIG_SERVER =
            EXPORTS.resolve("config-server.xml").toString();

    @Test
    void appcmdListConfigAtASiteIsJudgedAtTheExportsLinesForThePathItWasReadAt() throws IOException {
        // each <CONFIG path="MACHINE/WEBROOT/APPHOST/Shop"> holds the effective section there: subjects are that path
        assertThat(findings(CONFIG_SITE))
                .containsExactly(
                        "4:43 IIS-804 config path 'MACHINE/WEBROOT/APPHOST/Shop'",
                        "15:38 IIS-1201 config path 'MACHINE/WEBROOT/APPHOST/Shop'",
                        "20:90 IIS-105 config path 'MACHINE/WEBROOT/APPHOST/Shop'",
                        "20:118 IIS-106 config path 'MACHINE/WEBROOT/APPHOST/Shop'",
                        "23:53 IIS-1204 config path 'MACHINE/WEBROOT/APPHOST/Shop'",
                        "24:29 IIS-1206 config path 'MACHINE/WEBROOT/APPHOST/Shop'",
                        "31:33 IIS-1101 config path 'MACHINE/WEBROOT/APPHOST/Shop'",
                        "34:34 IIS-1103 config path 'MACHINE/WEBROOT/APPHOST/Shop/api'");
        Cli r = Cli.run(CONFIG_SITE);
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).isEmpty();
        assertThat(r.out())
                .startsWith(CONFIG_SITE + ":4:43: warning IIS-804 config path 'MACHINE/WEBROOT/APPHOST/Shop': directory"
                        + " browsing is on: folders without a default document list their files (enabled=true, set at"
                        + " line 4)\n"
                        + "    fix: appcmd set config \"Shop\" /section:system.webServer/directoryBrowse /enabled:false"
                        + " /commit:apphost\n")
                .contains("    fix: appcmd set config \"Shop/api\" /section:system.web/customErrors /mode:RemoteOnly"
                        + " /commit:apphost\n")
                .endsWith("8 findings (1 error, 6 warnings, 1 info) in 1 file; no policy file.\n");
        for (String format : List.of("text", "json", "sarif", "junit", "checkstyle", "github", "html")) {
            Cli f = Cli.run("-f", format, CONFIG_SITE);
            assertThat(f.out() + f.err()).as(format).doesNotContain("Autumn2021");
        }
    }

    @Test
    void appcmdListConfigAtTheServerLevelJudgesWhatItListsAndNoDefault() throws IOException {
        // requestFiltering is listed without removeServerHeader: on an applicationHost.config that writes the section
        // IIS-1203 judges IIS 10's default; here the value is not listed, so it is unknown and not judged. The pools of
        // a listed applicationPools section are read, the defaults it lists included (DefaultAppPool's identity).
        assertThat(findings(CONFIG_SERVER))
                .containsExactly(
                        "7:31 IIS-101 application pool 'Shop'",
                        "16:29 IIS-1206 config path 'MACHINE/WEBROOT/APPHOST'",
                        "19:20 IIS-1208 config path 'MACHINE/WEBROOT/APPHOST'",
                        "30:17 IIS-1202 config path 'MACHINE/WEBROOT/APPHOST'");
        assertThat(Cli.run("audit", CONFIG_SERVER).out())
                .contains("  DefaultAppPool: identity ApplicationPoolIdentity, unknown, pipeline unknown, CLR v4.0;"
                        + " sites: none\n");
        // the modules listing of a public script: a section without findings is linted, not refused
        Path modules = EXPORTS.resolve("config-modules.xml");
        Cli r = Cli.run(modules.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo("No findings in 1 file; no policy file.\n");
    }

    @Test
    void anAppcmdConfigThatCannotBePlacedIsRefusedInOneLine(@TempDir Path dir) throws IOException {
        String[][] cases = {
            {
                "<CONFIG path=\"MACHINE/WEBROOT/APPHOST\"><x/></CONFIG>",
                ":2:5: error: appcmd <CONFIG> without CONFIG.SECTION: the section it holds is not named"
            },
            {
                "<CONFIG CONFIG.SECTION=\"system.webServer/asp\"><system.webServer-asp/></CONFIG>",
                ":2:5: error: appcmd <CONFIG> without path: the configuration path its values are effective at is"
                        + " not named"
            },
            {
                "<CONFIG CONFIG.SECTION=\"system.web/compilation\" path=\"MACHINE/WEBROOT\"><system.web-compilation"
                        + " debug=\"true\"/></CONFIG>",
                ":2:53: error: appcmd <CONFIG> read at path \"MACHINE/WEBROOT\" is not read: iislint reads sections at"
                        + " MACHINE/WEBROOT/APPHOST and below; lint machine.config or the root web.config itself"
            },
            {
                "<CONFIG CONFIG.SECTION=\"system.webServer/asp\" path=\"MACHINE/WEBROOT/APPHOSTX\"/>",
                ":2:51: error: appcmd <CONFIG> read at path \"MACHINE/WEBROOT/APPHOSTX\" is not read: iislint reads"
                        + " sections at MACHINE/WEBROOT/APPHOST and below; lint machine.config or the root web.config"
                        + " itself"
            },
            {
                "<CONFIG CONFIG.SECTION=\"system.webServer/asp\" path=\"MACHINE/WEBROOT/APPHOST\"/>\n    <APPPOOL"
                        + " APPPOOL.NAME=\"Shop\"><add name=\"Shop\"/></APPPOOL>",
                ":3:5: error: appcmd output mixing <CONFIG> with <APPPOOL>: no appcmd command writes both; lint each"
                        + " command's output as its own file"
            },
        };
        for (String[] c : cases) {
            Path f = dir.resolve("config.xml");
            Files.writeString(f, "<appcmd>\n    " + c[0] + "\n</appcmd>\n");
            Cli r = Cli.run(f.toString());
            assertThat(r.exit()).as(c[0]).isEqualTo(2);
            assertThat(r.err()).as(c[0]).isEqualTo(f + c[1] + "\n");
        }
    }

    @Test
    void anAppcmdConfigWithoutItsSectionElementOrWithAnotherPathCaseIsReadAsWritten(@TempDir Path dir)
            throws IOException {
        // a path in another letter case is the same path (IIS compares them so); a missing body sets nothing
        Path f = dir.resolve("config.xml");
        Files.writeString(f, """
                <appcmd>
                    <CONFIG CONFIG.SECTION="system.webServer/directoryBrowse" path="machine/webroot/apphost/Shop/">
                        <system.webServer-directoryBrowse enabled="true" />
                    </CONFIG>
                    <CONFIG CONFIG.SECTION="system.webServer/httpErrors" path="MACHINE/WEBROOT/APPHOST/Shop" />
                </appcmd>
                """);
        assertThat(findings(f.toString())).containsExactly("3:43 IIS-804 config path 'MACHINE/WEBROOT/APPHOST/Shop'");
    }

    @Test
    void anIis6SiteExportJudgesWhatItInheritsFromTheKeysItLeavesOut() {
        // iiscnfg /export /sp /LM/W3SVC/1 /inherited /children: the service's ASP settings and ASP.NET 1.1 script maps
        // are in IIsInheritedProperties; no pools key, so the pools the site names are unknown, not missing (IIS-203)
        String site = EXPORTS.resolve("iiscnfg-site.xml").toString();
        Cli r = Cli.run(site);
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out())
                .isEqualTo(site + ":8:3: warning IIS-401 metabase key '/LM/W3SVC/1': ASP pages may use \"..\" in"
                        + " #include and Server.MapPath to reach files outside the application"
                        + " (AspEnableParentPaths=TRUE, inherited from /LM/W3SVC (IIsInheritedProperties of the export)"
                        + " at line 8)\n"
                        + "    fix (IIS 6): cscript adsutil.vbs SET W3SVC/1/AspEnableParentPaths FALSE\n"
                        + site + ":9:3: warning IIS-402 metabase key '/LM/W3SVC/1': ASP script errors, with file paths"
                        + " and line numbers, are sent to the browser (AspScriptErrorSentToBrowser=TRUE, inherited from"
                        + " /LM/W3SVC (IIsInheritedProperties of the export) at line 9)\n"
                        + "    fix (IIS 6): cscript adsutil.vbs SET W3SVC/1/AspScriptErrorSentToBrowser FALSE\n"
                        + site + ":17:1: info IIS-1308 site 'Shop': has http bindings and no https binding: pages,"
                        + " cookies and passwords cross the network in clear text\n"
                        + "3 findings (0 errors, 2 warnings, 1 info) in 1 file; no policy file.\n");
        Cli audit = Cli.run("audit", site);
        assertThat(audit.out())
                .contains("pools: ShopPool, LegacyPool; frameworks: ASP, ASP.NET\n")
                .contains("fail Clr11: ASP.NET 1.1 does not run on IIS 10 (32-bit only, unsupported): move the"
                        + " application to .NET 4.x [" + site + ":13, " + site + ":14]");
    }

    @Test
    void inheritedPropertiesWithoutTheirLocationPrefixAreStillNotAKeyOfTheirOwn(@TempDir Path dir) throws IOException {
        // IIS 6's importer strips the "inherited:" prefix when present: without it, the Location is the exported key
        Path export = dir.resolve("site.xml");
        Files.writeString(export, """
                <configuration xmlns="urn:microsoft-catalog:XML_Metabase_V64_0"><MBProperty>
                <IIsInheritedProperties Location="/LM/W3SVC/1" AspScriptErrorSentToBrowser="TRUE" />
                <IIsWebServer Location="/LM/W3SVC/1" ServerComment="Shop" ServerBindings=":80:shop" />
                </MBProperty></configuration>
                """);
        assertThat(Cli.run("--select", "IIS-001,IIS-402", export.toString()).out())
                .startsWith(export + ":2:48: warning IIS-402 metabase key '/LM/W3SVC/1'")
                .doesNotContain("IIS-001")
                .endsWith("1 finding (0 errors, 1 warning, 0 info) in 1 file; no policy file.\n");
    }

    @Test
    void anExportedSiteWithoutBindingsOfItsOwnHasTheEffectiveOnesItsWrapperLists(@TempDir Path dir) throws IOException {
        // bindings a site does not write come from siteDefaults, which appcmd does not export: the wrapper lists them
        Path export = dir.resolve("sites.xml");
        Files.writeString(export, """
                <appcmd>
                    <SITE SITE.NAME="Shop" SITE.ID="2" bindings="http/*:80:shop.contoso.com,https/*:443:shop.contoso.com" state="Started">
                        <site name="Shop" id="2">
                            <application path="/" applicationPool="Shop" />
                        </site>
                    </SITE>
                    <SITE SITE.NAME="Empty" SITE.ID="3" bindings="" state="Stopped">
                        <site name="Empty" id="3">
                            <application path="/" applicationPool="Empty" />
                        </site>
                    </SITE>
                </appcmd>
                """);
        assertThat(findings(export.toString())).containsExactly("8:9 IIS-902 site 'Empty'");
        Cli audit = Cli.run("audit", export.toString());
        assertThat(audit.out())
                .contains("  Shop (id 2): http/*:80:shop.contoso.com, https/*:443:shop.contoso.com "
                        + "(certificate: HTTP.sys entry unknown, the file does not give the binding's sslFlags)\n")
                .contains("warn HttpsBinding: https bindings: upload the certificate to App Service after migration ["
                        + export + ":2]");
    }
}
