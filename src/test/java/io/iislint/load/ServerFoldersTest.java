package io.iislint.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.iislint.engine.Engine;
import io.iislint.engine.LintRequest;
import io.iislint.finding.FileResult;
import io.iislint.finding.Finding;
import io.iislint.source.InputError;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a server folder places web.config files on sites, and what a placed web.config is judged on. */
class ServerFoldersTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "C:\\inetpub\\wwwroot\\shop           | c/inetpub/wwwroot/shop",
                "d:/Web/Shop/                         | d/web/shop",
                "%SystemDrive%\\inetpub\\wwwroot      | c/inetpub/wwwroot",
                "%SYSTEMROOT%\\Web                    | c/windows/web",
                "%windir%\\..\\inetpub                | c/inetpub",
                "\\\\?\\E:\\sites\\a                  | e/sites/a",
                "\\\\fileserver\\share\\shop          | unc/fileserver/share/shop",
                "\\\\?\\UNC\\fileserver\\share\\shop  | unc/fileserver/share/shop",
                "%IIS_SITES_HOME%\\WebSite1           | -",
                "%SystemDrive                         | -",
                "wwwroot\\shop                        | -",
                "C:\\..\\..\\x                        | -",
            })
    void aPhysicalPathMapsToFoldersBelowTheServerFolder(String physicalPath, String expected) {
        Optional<List<String>> segments = ServerFolders.physicalSegments(physicalPath);
        assertThat(segments.map(s -> String.join("/", s))).isEqualTo(Optional.ofNullable(expected));
    }

    private static List<FileResult> lint(String path) throws InputError {
        LintRequest request = LintRequest.of(List.of(path)).withJobs(1);
        return new Engine(new PrintWriter(Writer.nullWriter())).lint(request).results();
    }

    private static final String STOCK = "src/test/resources/rules/IIS-005/stock";
    private static final String WEB_CONFIG = STOCK + "/C/inetpub/wwwroot/web.config";

    /** A locked-out section is never used by IIS: the rules judge what IIS uses, not the refused value. */
    @Test
    void aSectionTheServerLocksIsReportedOnceAndNotJudged() throws InputError {
        List<Finding> placed = findings(lint(STOCK), WEB_CONFIG);
        assertThat(placed).extracting(Finding::ruleId).containsExactly("IIS-005");
        assertThat(placed.get(0).location().line()).isEqualTo(7);
    }

    @Test
    void theSameWebConfigLintedAloneIsJudgedOnItsOwnValues() throws InputError {
        List<FileResult> alone = lint(WEB_CONFIG);
        // IUSR_SHOP is also an IIS 6 account name (IIS-110)
        assertThat(findings(alone, WEB_CONFIG)).extracting(Finding::ruleId).containsExactly("IIS-105", "IIS-110");
        assertThat(alone.get(0).alone()).isTrue();
    }

    @Test
    void aPlacedWebConfigIsNotMarkedAloneAndOneOutsideEverySiteIs() throws InputError {
        List<FileResult> results = lint("src/test/resources/rules/IIS-005/unlocked");
        assertThat(results)
                .extracting(r -> r.path().replace('\\', '/'), FileResult::alone)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(
                                "src/test/resources/rules/IIS-005/unlocked/applicationHost.config", false),
                        org.assertj.core.groups.Tuple.tuple(
                                "src/test/resources/rules/IIS-005/unlocked/D/elsewhere/web.config", true),
                        org.assertj.core.groups.Tuple.tuple(
                                "src/test/resources/rules/IIS-005/unlocked/D/web/shop/web.config", false));
    }

    /** A web.config IIS never reads (its pool's enableConfigurationOverride is false) is not judged, only reported. */
    @Test
    void aWebConfigThePoolIgnoresGivesOnlyThatFinding() throws InputError {
        String dir = "src/test/resources/rules/IIS-008/bad";
        List<FileResult> results = lint(dir);
        assertThat(findings(results, dir + "/C/inetpub/shop/web.config"))
                .extracting(Finding::ruleId, Finding::configPath)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "IIS-008",
                        "system.applicationHost/applicationPools/add[@name='Shop']/@enableConfigurationOverride"));
        assertThat(lint(dir + "/C/inetpub/shop/web.config").get(0).findings())
                .extracting(Finding::ruleId)
                .containsExactly("IIS-402");
    }

    private static LintRequest withPolicy(java.nio.file.Path policy, String... paths) {
        LintRequest all = LintRequest.of(List.of(paths));
        return new LintRequest(
                all.paths(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                java.util.Map.of(),
                new LintRequest.PolicyChoice.Given(policy),
                Optional.empty(),
                all.maxFileSize(),
                1,
                false,
                java.time.LocalDate::now);
    }

    private static void write(java.nio.file.Path file, String text) throws java.io.IOException {
        java.nio.file.Files.createDirectories(file.getParent());
        java.nio.file.Files.writeString(file, text);
    }

    /** A repository that keeps a site's content away from its server: the policy's content element places it. */
    @Test
    void thePolicyPlacesContentKeptOutsideTheServerFolder(@org.junit.jupiter.api.io.TempDir java.nio.file.Path repo)
            throws Exception {
        write(
                repo.resolve("servers/web01/applicationHost.config"),
                "<configuration><system.applicationHost><sites><site name=\"Shop\" id=\"1\">"
                        + "<application path=\"/\"><virtualDirectory path=\"/\" physicalPath=\"D:\\shop\" /></application>"
                        + "<application path=\"/api\"><virtualDirectory path=\"/\" physicalPath=\"D:\\api\" /></application>"
                        + "</site></sites></system.applicationHost></configuration>\n");
        write(
                repo.resolve("src/api/web.config"),
                "<configuration>\n<system.webServer>\n<asp />\n</system.webServer>\n</configuration>\n");
        write(
                repo.resolve(".iislint.xml"),
                "<iislint>\n  <content site=\"shop\" path=\"/api\" folder=\"src/api\" />\n</iislint>\n");
        var result = new Engine(new PrintWriter(Writer.nullWriter()))
                .lint(withPolicy(repo.resolve(".iislint.xml"), repo.toString()));
        List<Finding> found =
                findings(result.results(), repo.resolve("src/api/web.config").toString());
        assertThat(found)
                .extracting(
                        Finding::ruleId,
                        f -> f.subject().name(),
                        f -> f.location().line())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("IIS-005", "system.webServer/asp", 3));
        assertThat(found.get(0).message()).contains("locked for 'Shop/api'");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "../elsewhere | the content folder ../elsewhere lies outside the policy file's folder",
                "missing      | no such folder: missing",
            })
    void aContentFolderOutsideThePolicyFilesTreeOrMissingIsAPolicyError(
            String folder, String error, @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path repo = dir.resolve("repo");
        java.nio.file.Files.createDirectories(dir.resolve("elsewhere"));
        write(
                repo.resolve(".iislint.xml"),
                "<iislint>\n  <content site=\"Shop\" folder=\"" + folder + "\" />\n</iislint>\n");
        write(repo.resolve("web.config"), "<configuration />\n");
        InputError e = org.assertj.core.api.Assertions.catchThrowableOfType(
                InputError.class,
                () -> new Engine(new PrintWriter(Writer.nullWriter()))
                        .lint(withPolicy(repo.resolve(".iislint.xml"), repo.toString())));
        assertThat(e.diagnostic()).isEqualTo(repo.resolve(".iislint.xml") + ":2:3: error: " + error);
    }

    /** A site name from the server reaches a placed web.config's fixes quoted for each shell, or not at all. */
    @Test
    void aHostileSiteNameInAPlacedWebConfigsFixIsQuotedOrWithheld(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Files.writeString(
                dir.resolve("applicationHost.config"),
                "<configuration><system.applicationHost><sites><site name=\"Sh&quot;op' &amp; calc $(x) %PATH%\" id=\"1\">"
                        + "<application path=\"/\"><virtualDirectory path=\"/\" physicalPath=\"C:\\s\" />"
                        + "</application></site></sites></system.applicationHost></configuration>\n");
        java.nio.file.Path web = dir.resolve("C/s/web.config");
        java.nio.file.Files.createDirectories(web.getParent());
        java.nio.file.Files.writeString(
                web, "<configuration><system.webServer><asp /></system.webServer></configuration>\n");
        List<Finding> found = findings(lint(dir.toString()), web.toString());
        assertThat(found).extracting(Finding::ruleId).containsExactly("IIS-005");
        assertThat(found.get(0).fix().appcmd()).startsWith("rem no appcmd command");
        assertThat(found.get(0).fix().powershell())
                .isEqualTo(
                        "Set-WebConfiguration -PSPath 'MACHINE/WEBROOT/APPHOST' -Location 'Sh\"op'' & calc $(x) %PATH%'"
                                + " -Filter 'system.webServer/asp' -Metadata overrideMode -Value Allow");
    }

    private static final String BY_PARENT = "src/test/resources/resolution/locked-by-parent";

    /**
     * A lock set by a file between applicationHost.config and the web.config (the root web.config's
     * allowOverride="false", a parent folder's overrideMode="Deny" and lockAttributes) refuses the web.config too,
     * named at that file's line, with no server-level unlock offered (it would not lift it).
     */
    @Test
    void locksOfTheFilesBetweenRefuseAWebConfigBelowThem() throws InputError {
        String root = BY_PARENT + "/C/Windows/Microsoft.NET/Framework64/v4.0.30319/Config/web.config";
        String site = BY_PARENT + "/C/inetpub/shop/web.config";
        List<Finding> found = findings(lint(BY_PARENT), BY_PARENT + "/C/inetpub/shop/app/web.config");
        assertThat(found)
                .extracting(Finding::ruleId, f -> f.location().line(), Finding::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "IIS-005",
                                8,
                                "locked for 'Shop/app' by <location allowOverride=\"false\"> at " + root + ":4:"
                                        + " ASP.NET refuses this web.config (the section cannot be used at this path),"
                                        + " and every request the application serves with ASP.NET fails with a"
                                        + " configuration error (HTTP 500); remove that lock from " + root
                                        + " (no file below it can lift it), or remove the section from this"
                                        + " web.config"),
                        org.assertj.core.groups.Tuple.tuple(
                                "IIS-005",
                                11,
                                "locked for 'Shop/app' by <location path=\"app\" overrideMode=\"Deny\"> at " + site
                                        + ":9: IIS refuses this web.config, and every request it applies to fails"
                                        + " with HTTP 500.19 (0x80070021, the section cannot be used at this path);"
                                        + " remove that lock from " + site + " (no file below it can lift it), or"
                                        + " remove the section from this web.config"),
                        org.assertj.core.groups.Tuple.tuple(
                                "IIS-007",
                                13,
                                "attribute allowDoubleEscaping of <requestFiltering> is locked for 'Shop/app' by"
                                        + " lockAttributes=\"allowDoubleEscaping\" at " + site + ":6: IIS refuses"
                                        + " this web.config with a lock violation, and every request it applies to"
                                        + " fails with HTTP 500.19; remove it from this web.config, or lift the lock"
                                        + " in " + site));
        assertThat(found.get(0).fix().appcmd()).isEmpty();
        // the files that set the locks are not refused by their own locks
        assertThat(findings(lint(BY_PARENT), site)).extracting(Finding::ruleId).doesNotContain("IIS-005", "IIS-007");
    }

    /**
     * Where an ASP.NET section may be set is what the machine.config above declares, when it is among the inputs: here
     * it narrows httpCookies to application roots (the stock .NET 4 declaration allows it everywhere).
     */
    @Test
    void theMachineConfigAboveDecidesWhereAnAspNetSectionMayBeSet(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        write(
                dir.resolve("applicationHost.config"),
                "<configuration><system.applicationHost><sites><site name=\"Shop\" id=\"1\">"
                        + "<application path=\"/\"><virtualDirectory path=\"/\" physicalPath=\"C:\\s\" />"
                        + "</application></site></sites></system.applicationHost></configuration>\n");
        java.nio.file.Path machine =
                dir.resolve("C/Windows/Microsoft.NET/Framework64/v4.0.30319/Config/machine.config");
        write(
                machine,
                "<configuration>\n<configSections>\n<sectionGroup name=\"system.web\">\n"
                        + "<section name=\"httpCookies\" allowDefinition=\"MachineToApplication\" />\n"
                        + "</sectionGroup>\n</configSections>\n</configuration>\n");
        java.nio.file.Path web = dir.resolve("C/s/sub/web.config");
        write(
                web,
                "<configuration>\n<system.web>\n<httpCookies requireSSL=\"true\" />\n</system.web>\n</configuration>\n");
        List<Finding> found = findings(lint(dir.toString()), web.toString());
        assertThat(found)
                .extracting(Finding::ruleId, f -> f.location().line(), Finding::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "IIS-006",
                        3,
                        "may be set only at an application's root, and 'Shop/sub' is not one"
                                + " (allowDefinition=\"MachineToApplication\" at " + machine + ":4): ASP.NET refuses"
                                + " this web.config, and every request the application serves with ASP.NET fails with"
                                + " a configuration error (HTTP 500); move it to the web.config of the application's"
                                + " root (or make this folder an application), or remove it here"));
    }

    private static List<Finding> findings(List<FileResult> results, String file) {
        return results.stream()
                .filter(r -> r.path().equals(file))
                .flatMap(r -> r.findings().stream())
                .toList();
    }
}
