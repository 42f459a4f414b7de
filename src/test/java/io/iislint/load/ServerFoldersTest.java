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
                .extracting(Finding::ruleId)
                .containsExactly("IIS-008");
        assertThat(lint(dir + "/C/inetpub/shop/web.config").get(0).findings())
                .extracting(Finding::ruleId)
                .containsExactly("IIS-402");
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
