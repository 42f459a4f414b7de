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
        assertThat(findings(alone, WEB_CONFIG)).extracting(Finding::ruleId).containsExactly("IIS-105");
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

    private static List<Finding> findings(List<FileResult> results, String file) {
        return results.stream()
                .filter(r -> r.path().equals(file))
                .flatMap(r -> r.findings().stream())
                .toList();
    }
}
