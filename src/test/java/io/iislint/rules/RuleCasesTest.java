package io.iislint.rules;

import io.iislint.finding.Severity;
import io.iislint.finding.Finding;
import static io.iislint.Fixtures.lint;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule on a small bad configuration (exactly one finding: rule id, subject, line) and on the same
 * configuration fixed (no finding from that rule). Line 1 is {@code <configuration>}.
 */
class RuleCasesTest {

    /** A full configuration: pools and sites on lines 3+, then system.webServer. */
    private static String server(String pools, String sites, String webServer) {
        return "<configuration>\n<system.applicationHost>\n"
                + "<applicationPools>\n" + pools + "\n</applicationPools>\n"
                + "<sites>\n" + sites + "\n</sites>\n"
                + "</system.applicationHost>\n"
                + "<system.webServer>\n" + webServer + "\n</system.webServer>\n"
                + "</configuration>\n";
    }

    /** A well-behaved pool (line 4 when it is the first pool). */
    private static String pool(String name, String attrs, String children) {
        return "<add name=\"" + name + "\" " + attrs + ">" + children
                + "<recycling><periodicRestart requests=\"35000\" privateMemory=\"1048576\" /></recycling></add>";
    }

    private static String site(String name, int id, String pool, String binding) {
        return "<site name=\"" + name + "\" id=\"" + id + "\"><application path=\"/\" applicationPool=\"" + pool + "\" />"
                + "<bindings><binding protocol=\"http\" bindingInformation=\"" + binding + "\" /></bindings></site>";
    }

    private static final String SITE = site("S", 1, "P", "*:80:s.example");
    private static final String ANON_OFF = "<security><authentication><anonymousAuthentication userName=\"\" /></authentication></security>";

    /** One pool "P" with the given settings, used by site S; the pool's line is 4. */
    private static String onePool(String attrs, String children) {
        return server(pool("P", attrs, children), SITE, ANON_OFF);
    }

    private static String webServer(String inner) {
        return server(pool("P", "", ""), SITE, ANON_OFF + "\n" + inner);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                c("IIS-001", onePool("startMode=\"Later\"", ""), "application pool 'P'", 4, onePool("startMode=\"AlwaysRunning\"", "")),
                c("IIS-101", onePool("", "<processModel identityType=\"LocalSystem\" />"), "application pool 'P'", 4,
                        onePool("", "<processModel identityType=\"ApplicationPoolIdentity\" />")),
                c("IIS-102", onePool("", "<processModel identityType=\"NetworkService\" />"), "application pool 'P'", 4,
                        onePool("", "")),
                c("IIS-103", onePool("", "<processModel identityType=\"SpecificUser\" userName=\"u\" password=\"pw\" />"), "application pool 'P'", 4,
                        onePool("", "<processModel identityType=\"SpecificUser\" userName=\"u\" password=\"[enc:AesProvider:x:enc]\" />")),
                c("IIS-104", server(pool("P", "", "<processModel identityType=\"SpecificUser\" userName=\"svc\" />") + "\n"
                                + pool("Q", "", "<processModel identityType=\"SpecificUser\" userName=\"SVC\" />"),
                                SITE + site("T", 2, "Q", "*:80:t.example"), ANON_OFF), "application pool 'Q'", 5,
                        server(pool("P", "", "<processModel identityType=\"SpecificUser\" userName=\"svc\" />") + "\n"
                                + pool("Q", "", "<processModel identityType=\"SpecificUser\" userName=\"svc2\" />"),
                                SITE + site("T", 2, "Q", "*:80:t.example"), ANON_OFF)),
                c("IIS-105", server(pool("P", "", ""), SITE, "<security>\n<authentication>\n<anonymousAuthentication userName=\"IUSR\" />"
                                + "</authentication></security>"), "config path 'MACHINE/WEBROOT/APPHOST'", 13,
                        webServer("")),
                c("IIS-106", webServer("<location-marker/>").replace("<anonymousAuthentication userName=\"\" />",
                                "<anonymousAuthentication userName=\"\" password=\"x\" />"), "config path 'MACHINE/WEBROOT/APPHOST'", 11,
                        webServer("")),
                c("IIS-201", server(pool("P", "", ""), SITE + "\n" + site("T", 2, "P", "*:80:t.example"), ANON_OFF), "site 'T'", 8,
                        server(pool("P", "", "") + pool("Q", "", ""), SITE + "\n" + site("T", 2, "Q", "*:80:t.example"), ANON_OFF)),
                c("IIS-202", server(pool("P", "", "") + "\n" + pool("Idle", "", ""), SITE, ANON_OFF), "application pool 'Idle'", 5,
                        onePool("", "")),
                c("IIS-203", server(pool("P", "", ""), SITE + "\n" + site("T", 2, "Gone", "*:80:t.example"), ANON_OFF), "application 'T'", 8,
                        server(pool("P", "", "") + pool("Gone", "", ""), SITE + "\n" + site("T", 2, "Gone", "*:80:t.example"), ANON_OFF)),
                c("IIS-204", onePool("enable32BitAppOnWin64=\"true\"", ""), "application pool 'P'", 4, onePool("enable32BitAppOnWin64=\"false\"", "")),
                c("IIS-205", server(pool("P", "enable32BitAppOnWin64=\"true\"", ""), SITE, ANON_OFF
                                + "\n<handlers>\n<add name=\"R64\" path=\"*.r\" verb=\"*\" modules=\"IsapiModule\" scriptProcessor=\"C:\\r.dll\" preCondition=\"bitness64\" /></handlers>"),
                        "handler 'R64'", 13,
                        server(pool("P", "enable32BitAppOnWin64=\"true\"", ""), SITE, ANON_OFF
                                + "\n<handlers>\n<add name=\"R64\" path=\"*.r\" verb=\"*\" modules=\"IsapiModule\" scriptProcessor=\"C:\\r.dll\" preCondition=\"bitness64\" />"
                                + "<add name=\"R32\" path=\"*.R\" verb=\"*\" modules=\"IsapiModule\" scriptProcessor=\"C:\\r32.dll\" preCondition=\"bitness32\" /></handlers>")),
                c("IIS-301", webServer(FCGI + "\n<handlers>\n<add name=\"PHP\" path=\"*.php\" verb=\"*\" modules=\"FastCgiModule\" scriptProcessor=\"C:\\php\\php-cgi.exe\" /></handlers>"),
                        "handler 'PHP'", 15,
                        webServer(FCGI + "\n<handlers>\n<add name=\"PHP\" path=\"*.php\" verb=\"*\" modules=\"FastCgiModule\" scriptProcessor=\"C:\\php\\php-cgi.exe\" responseBufferLimit=\"0\" /></handlers>")),
                c("IIS-302", webServer(FCGI + "\n<handlers>\n<add name=\"PHP\" path=\"*.php\" verb=\"*\" modules=\"FastCgiModule\" scriptProcessor=\"C:\\php7\\php-cgi.exe\" responseBufferLimit=\"0\" /></handlers>"),
                        "handler 'PHP'", 15,
                        webServer(FCGI + "\n<handlers>\n<add name=\"PHP\" path=\"*.php\" verb=\"*\" modules=\"FastCgiModule\" scriptProcessor=\"&quot;c:\\PHP\\php-cgi.exe&quot;\" responseBufferLimit=\"0\" /></handlers>")),
                c("IIS-303", webServer(FCGI), "fastCgi application 'C:\\php\\php-cgi.exe'", 13,
                        webServer(FCGI + "\n<handlers>\n<add name=\"PHP\" path=\"*.php\" verb=\"*\" modules=\"FastCgiModule\" scriptProcessor=\"C:\\php\\php-cgi.exe\" responseBufferLimit=\"0\" /></handlers>")),
                c("IIS-304", webServer(FCGI.replace("signalBeforeTerminateSeconds=\"5\"", "")), "fastCgi application 'C:\\php\\php-cgi.exe'", 13,
                        webServer(FCGI)),
                c("IIS-305", webServer(FCGI.replace("<environmentVariables>", "<environmentVariables><environmentVariable name=\"PHP_FCGI_MAX_REQUESTS\" value=\"100\" />")),
                        "fastCgi application 'C:\\php\\php-cgi.exe'", 13,
                        webServer(FCGI.replace("<environmentVariables>", "<environmentVariables><environmentVariable name=\"PHP_FCGI_MAX_REQUESTS\" value=\"200\" />"))),
                c("IIS-306", webServer(FCGI.replace("stderrMode=\"ReturnGeneric500\"", "")), "fastCgi application 'C:\\php\\php-cgi.exe'", 13,
                        webServer(FCGI)),
                c("IIS-401", webServer("<asp enableParentPaths=\"true\" />"), "config path 'MACHINE/WEBROOT/APPHOST'", 12,
                        webServer("<asp enableParentPaths=\"false\" />")),
                c("IIS-402", webServer("<asp scriptErrorSentToBrowser=\"true\" />"), "config path 'MACHINE/WEBROOT/APPHOST'", 12,
                        webServer("<asp scriptErrorSentToBrowser=\"false\" />")),
                c("IIS-501", onePool("", "<recycling><periodicRestart time=\"0\" requests=\"0\" privateMemory=\"0\" /></recycling>")
                                .replace("<recycling><periodicRestart requests=\"35000\" privateMemory=\"1048576\" /></recycling>", ""),
                        "application pool 'P'", 4,
                        onePool("", "")),
                c("IIS-502", onePool("", "").replace("requests=\"35000\" ", ""), "application pool 'P'", 4, onePool("", "")),
                c("IIS-503", onePool("", "").replace(" privateMemory=\"1048576\"", ""), "application pool 'P'", 4,
                        onePool("", "").replace(" privateMemory=\"1048576\"", " memory=\"2000000\"")),
                c("IIS-504", onePool("", "").replace("<recycling>", "<recycling logEventOnRecycle=\"Time\">"), "application pool 'P'", 4,
                        onePool("", "").replace("<recycling>", "<recycling logEventOnRecycle=\"Time, Schedule\">")),
                c("IIS-505", onePool("", "<processModel maxProcesses=\"2\" />"), "application pool 'P'", 4, onePool("", "<processModel maxProcesses=\"1\" />")),
                c("IIS-601", onePool("", "<failure rapidFailProtection=\"false\" />"), "application pool 'P'", 4, onePool("", "<failure rapidFailProtection=\"true\" />")),
                c("IIS-602", onePool("", "<failure rapidFailProtectionInterval=\"00:10:00\" />"), "application pool 'P'", 4,
                        onePool("", "<failure rapidFailProtectionInterval=\"00:05:00\" />")),
                c("IIS-603", onePool("queueLength=\"1001\"", ""), "application pool 'P'", 4, onePool("queueLength=\"1000\"", "")),
                c("IIS-604", onePool("queueLength=\"99\"", ""), "application pool 'P'", 4, onePool("queueLength=\"100\"", "")),
                c("IIS-605", onePool("", "<processModel idleTimeout=\"00:20:01\" />"), "application pool 'P'", 4,
                        onePool("", "<processModel idleTimeout=\"00:20:00\" />")),
                c("IIS-606", onePool("", "<processModel pingingEnabled=\"false\" />"), "application pool 'P'", 4, onePool("", "")),
                c("IIS-701", onePool("managedPipelineMode=\"Classic\"", ""), "application pool 'P'", 4, onePool("managedPipelineMode=\"Integrated\"", "")),
                c("IIS-702", onePool("managedRuntimeVersion=\"v1.1\"", ""), "application pool 'P'", 4, onePool("managedRuntimeVersion=\"v4.0\"", "")),
                c("IIS-703", onePool("", "<cpu limit=\"80000\" action=\"KillW3wp\" />"), "application pool 'P'", 4,
                        onePool("", "<cpu limit=\"80000\" action=\"Throttle\" />")),
                c("IIS-704", onePool("enableConfigurationOverride=\"false\"", ""), "application pool 'P'", 4, onePool("enableConfigurationOverride=\"true\"", "")),
                c("IIS-801", webServer("<security><isapiCgiRestriction notListedIsapisAllowed=\"true\" /></security>"), "config path 'MACHINE/WEBROOT/APPHOST'", 12,
                        webServer("<security><isapiCgiRestriction notListedIsapisAllowed=\"false\" /></security>")),
                c("IIS-802", webServer("<security><isapiCgiRestriction notListedCgisAllowed=\"true\" /></security>"), "config path 'MACHINE/WEBROOT/APPHOST'", 12,
                        webServer("<security><isapiCgiRestriction notListedCgisAllowed=\"false\" /></security>")),
                c("IIS-803", webServer("<handlers accessPolicy=\"Read, Write, Execute\" />"), "config path 'MACHINE/WEBROOT/APPHOST'", 12,
                        webServer("<handlers accessPolicy=\"Read, Write\" />")),
                c("IIS-804", webServer("<directoryBrowse enabled=\"true\" />"), "config path 'MACHINE/WEBROOT/APPHOST'", 12,
                        webServer("<directoryBrowse enabled=\"false\" />")),
                c("IIS-805", webServer("<staticContent>\n<mimeMap fileExtension=\"*\" mimeType=\"application/octet-stream\" /></staticContent>"), "mimeMap '*'", 13,
                        webServer("<staticContent>\n<mimeMap fileExtension=\".txt\" mimeType=\"text/plain\" /></staticContent>")),
                c("IIS-901", server(pool("P", "", ""), "<site name=\"S\" id=\"1\"><application path=\"/x\" applicationPool=\"P\" />"
                                + "<bindings><binding protocol=\"http\" bindingInformation=\"*:80:\" /></bindings></site>", ANON_OFF), "site 'S'", 7,
                        onePool("", "")),
                c("IIS-902", server(pool("P", "", ""), "<site name=\"S\" id=\"1\"><application path=\"/\" applicationPool=\"P\" /></site>", ANON_OFF),
                        "site 'S'", 7, onePool("", "")),
                c("IIS-903", server(pool("P", "", ""), SITE.replace("</bindings>", "\n<binding protocol=\"https\" bindingInformation=\"*:443\" /></bindings>"), ANON_OFF),
                        "site 'S'", 8, onePool("", "")),
                c("IIS-904", server(pool("P", "", "") + pool("Q", "", ""), SITE + "\n" + site("T", 2, "Q", "*:80:S.example"), ANON_OFF), "site 'T'", 8,
                        server(pool("P", "", "") + pool("Q", "", ""), SITE + "\n" + site("T", 2, "Q", "*:8080:s.example"), ANON_OFF)),
                c("IIS-107", MB_VDIR.replace("PW", "Winter1"), "virtual directory 'S/'", 3, MB_VDIR.replace("PW", "4963446270000000aabbccddeeff00112233445566778899")),
                c("IIS-108", "<configuration><MBProperty>\n<IIsWebService Location=\"/LM/W3SVC\" AnonymousPasswordSync=\"TRUE\" />\n</MBProperty></configuration>", "metabase key '/LM/W3SVC'", 2, "<configuration><MBProperty>\n<IIsWebService Location=\"/LM/W3SVC\" AnonymousPasswordSync=\"FALSE\" />\n</MBProperty></configuration>"),
                c("IIS-206", "<configuration><MBProperty>\n<IIsWebService Location=\"/LM/W3SVC\" IIs5IsolationModeEnabled=\"TRUE\" />\n</MBProperty></configuration>", "metabase key '/LM/W3SVC'", 2, "<configuration><MBProperty>\n<IIsWebService Location=\"/LM/W3SVC\" IIs5IsolationModeEnabled=\"FALSE\" />\n</MBProperty></configuration>"),
                c("IIS-307", "[Types]\nphp=PHP\n[PHP]\nExePath=C:\\php.exe\nIgnoreDirectories=1\n", "fcgiext.ini setting '[PHP]/IgnoreDirectories'", 5,
                        "[Types]\nphp=PHP\n[PHP]\nExePath=C:\\php.exe\n"),
                c("IIS-308", "[Types]\nphp=PHP\n[PHP]\nExePath=C:\\php.exe\nMonitorChangesTo=C:\\php.ini\n", "fcgiext.ini setting '[PHP]/MonitorChangesTo'", 5,
                        "[Types]\nphp=PHP\n[PHP]\nExePath=C:\\php.exe\n"),
                c("IIS-403", "<configuration><MBProperty>\n<IIsWebService Location=\"/LM/W3SVC\" AspBufferingLimit=\"8388608\" />\n</MBProperty></configuration>", "metabase key '/LM/W3SVC'", 2, "<configuration><MBProperty>\n<IIsWebService Location=\"/LM/W3SVC\" AspBufferingLimit=\"4194304\" />\n</MBProperty></configuration>"));
    }

    /** An IIS 6 site whose root content is on a share, with the share password PW (line 3). */
    private static final String MB_VDIR = "<configuration><MBProperty>\n<IIsWebServer Location=\"/LM/W3SVC/1\" ServerComment=\"S\" ServerBindings=\":80:\" />\n"
            + "<IIsWebVirtualDir Location=\"/LM/W3SVC/1/ROOT\" AppRoot=\"/LM/W3SVC/1/ROOT\" Path=\"\\\\f\\s\" UNCUserName=\"u\" UNCPassword=\"PW\" />\n"
            + "</MBProperty></configuration>";


    /** A healthy FastCGI application (line 12 when first in system.webServer). */
    private static final String FCGI = "<fastCgi>\n<application fullPath=\"C:\\php\\php-cgi.exe\" signalBeforeTerminateSeconds=\"5\""
            + " stderrMode=\"ReturnGeneric500\" instanceMaxRequests=\"200\"><environmentVariables></environmentVariables></application></fastCgi>";

    private static Arguments c(String rule, String bad, String subject, int line, String good) {
        return Arguments.of(rule, bad, subject, line, good);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void firesOnTheBadConfigAndNotOnTheGoodOne(String rule, String bad, String subject, int line, String good) {
        List<Finding> found = lint(bad).stream().filter(f -> f.ruleId().equals(rule)).toList();
        // Sharing rules report every member of the group (both pools, both sites); the case names the last.
        int expected = rule.equals("IIS-104") || rule.equals("IIS-201") ? 2 : 1;
        assertThat(found).as("findings of %s on the bad config", rule).hasSize(expected);
        assertThat(found.get(expected - 1)).satisfies(f -> {
            assertThat(f.subject().display()).isEqualTo(subject);
            assertThat(f.location().line()).isEqualTo(line);
            assertThat(f.severity()).isEqualTo(Fixtures2.catalogSeverity(rule));
        });
        assertThat(lint(good)).as("findings on the good config").extracting(Finding::ruleId).doesNotContain(rule);
    }

    @org.junit.jupiter.api.Test
    void everyRuleHasACase() {
        assertThat(cases().map(a -> (String) a.get()[0]).toList())
                .containsExactlyInAnyOrderElementsOf(RuleSet.all().stream().map(Rule::id).toList());
    }

    /** Severity as the catalog states it. */
    static final class Fixtures2 {
        static Severity catalogSeverity(String rule) {
            return io.iislint.Fixtures.catalog().require(rule).severity();
        }
    }
}
