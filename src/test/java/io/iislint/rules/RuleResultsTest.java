package io.iislint.rules;

import static io.iislint.Fixtures.lint;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rule results a careful IIS administrator would dispute, each on the exact reproduction of the review
 * (seed-coverage.md §2): findings that are wrong on a real server, and findings that were missed.
 */
class RuleResultsTest {

    /** Rule id, line and message of each finding of the given rules. */
    private static List<String> found(String config, String... rules) {
        List<String> wanted = List.of(rules);
        return lint(config).stream()
                .filter(f -> wanted.contains(f.ruleId()))
                .map(f -> f.ruleId() + "@" + f.location().line() + " "
                        + f.subject().display() + ": " + f.message())
                .toList();
    }

    private static String metabase(String keys) {
        return "<configuration xmlns=\"urn:microsoft-catalog:XML_Metabase_V64_0\"><MBProperty>\n" + keys
                + "\n</MBProperty></configuration>";
    }

    // ---- reliability.md: <clear/> and <remove> in collections the schema gives no such directive --------------

    @Test
    void clearAndRemoveInApplicationPoolsAreRefusedByIisAndThePoolsTheyNameAreNotJudged() {
        // IIS_schema.xml: <collection addElement="add" defaultElement="applicationPoolDefaults">, no remove, no clear
        String removed = """
                <configuration><system.applicationHost>
                <applicationPools>
                <add name="A"><processModel identityType="LocalSystem" /></add>
                <add name="B"><processModel identityType="LocalSystem" /></add>
                <remove name="a" />
                </applicationPools>
                </system.applicationHost></configuration>""";
        assertThat(found(removed, "IIS-001", "IIS-101"))
                .containsExactly(
                        "IIS-101@4 application pool 'B': the worker process runs as LocalSystem: code in this pool has full control of the server"
                                + " (identityType=LocalSystem, set at line 4)",
                        "IIS-001@5 application pool 'a': <remove> is not part of the applicationPools collection (IIS_schema.xml declares"
                                + " only <add> for it): IIS refuses this configuration as an unrecognized element; the pool it would remove is"
                                + " not judged");
        // applicationPoolDefaults is not an entry: a clear leaves it in force for the pools added after it
        String cleared = """
                <configuration><system.applicationHost>
                <applicationPools>
                <applicationPoolDefaults><processModel identityType="LocalSystem" /></applicationPoolDefaults>
                <add name="A" />
                <clear />
                <add name="B" />
                <add name="a" />
                </applicationPools>
                </system.applicationHost></configuration>""";
        assertThat(found(cleared, "IIS-001", "IIS-101"))
                .containsExactly(
                        "IIS-101@3 application pool 'B': the worker process runs as LocalSystem: code in this pool has full control of the server"
                                + " (identityType=LocalSystem, inherited from applicationPoolDefaults at line 3)",
                        "IIS-101@3 application pool 'a': the worker process runs as LocalSystem: code in this pool has full control of the server"
                                + " (identityType=LocalSystem, inherited from applicationPoolDefaults at line 3)",
                        "IIS-001@5 config section 'system.applicationHost/applicationPools': <clear/> is not part of the applicationPools"
                                + " collection (IIS_schema.xml declares only <add> for it): IIS refuses this configuration as an unrecognized"
                                + " element; the pools it would clear are not judged");
    }

    @Test
    void clearAndRemoveInSitesAreRefusedByIisAndTheSitesTheyNameAreNotJudged() {
        String sites = """
                <configuration><system.applicationHost>
                <applicationPools><add name="P" /></applicationPools>
                <sites>
                <site name="Old" id="1"><application path="/" applicationPool="P" /></site>
                <remove name="old" />
                <site name="New" id="2"><application path="/" applicationPool="P" />
                <bindings><binding protocol="http" bindingInformation="*:80:new" /></bindings></site>
                </sites>
                </system.applicationHost></configuration>""";
        assertThat(found(sites, "IIS-001", "IIS-902", "IIS-201"))
                .containsExactly(
                        "IIS-001@5 site 'old': <remove> is not part of the sites collection (IIS_schema.xml declares only <site> for it):"
                                + " IIS refuses this configuration as an unrecognized element; the site it would remove is not judged");
        assertThat(found(sites.replace("<remove name=\"old\" />", "<clear />"), "IIS-001", "IIS-902"))
                .containsExactly(
                        "IIS-001@5 config section 'system.applicationHost/sites': <clear/> is not part of the sites collection (IIS_schema.xml"
                                + " declares only <site> for it): IIS refuses this configuration as an unrecognized element; the sites it would"
                                + " clear are not judged");
    }

    @Test
    void removeAndClearInTheFastCgiAndScheduleCollectionsAreRefusedToo() {
        String fastCgi = """
                <configuration>
                <system.applicationHost />
                <system.webServer>
                <fastCgi>
                <application fullPath="C:\\PHP\\php-cgi.exe" signalBeforeTerminateSeconds="30" stderrMode="ReturnGeneric500" />
                <application fullPath="C:\\PHP7\\php-cgi.exe" />
                <remove fullPath="C:\\PHP7\\php-cgi.exe" />
                </fastCgi>
                <handlers><add name="PHP" path="*.php" verb="*" modules="FastCgiModule" scriptProcessor="C:\\PHP\\php-cgi.exe" responseBufferLimit="0" /></handlers>
                </system.webServer>
                </configuration>""";
        assertThat(found(fastCgi, "IIS-001", "IIS-303", "IIS-304", "IIS-306"))
                .containsExactly(
                        "IIS-001@7 config section 'system.webServer/fastCgi': <remove> is not part of the fastCgi collection (IIS_schema.xml declares only"
                                + " <application> for it): IIS refuses this configuration as an unrecognized element; what it would remove is"
                                + " not judged");
        // the schedule declares <add> and <clear/>, not <remove>
        assertThat(found(
                        pool(
                                "",
                                "<recycling><periodicRestart><schedule><add value=\"03:00:00\" /><remove value=\"03:00:00\" />"
                                        + "</schedule></periodicRestart></recycling>"),
                        "IIS-001"))
                .containsExactly(
                        "IIS-001@2 application pool 'Shop': <remove> is not part of the schedule collection (IIS_schema.xml"
                                + " declares only <add> and <clear/> for it): IIS refuses this configuration as an unrecognized element; the time"
                                + " it would remove is not judged");
    }

    // ---- reliability.md: time spans and numbers outside the schema's ranges ---------------------------------

    private static String pool(String attributes, String children) {
        return "<configuration><system.applicationHost><applicationPools>\n<add name=\"Shop\" " + attributes + ">"
                + children + "</add>\n</applicationPools></system.applicationHost></configuration>";
    }

    @Test
    void aTimeSpanOutsideItsSchemaRangeIsIis001AndTheRuleJudgesTheDefaultInstead() {
        // processModel/@idleTimeout: timeSpanRange 0,2592000 (30 days)
        assertThat(found(pool("", "<processModel idleTimeout=\"99999999.00:00:00\" />"), "IIS-001", "IIS-605"))
                .containsExactly(
                        "IIS-001@2 application pool 'Shop': '99999999.00:00:00' is not valid: expected a time span from 00:00:00 to 30.00:00:00"
                                + " (IIS_schema.xml range)");
        assertThat(found(pool("", "<processModel idleTimeout=\"30.00:00:00\" />"), "IIS-001", "IIS-605"))
                .containsExactly(
                        "IIS-605@2 application pool 'Shop': idle worker processes are kept for 30.00:00:00, longer than 00:20:00"
                                + " (idleTimeout=30.00:00:00, set at line 2)");
        // failure/@rapidFailProtectionInterval: 60,8640000 (1 minute to 100 days)
        assertThat(found(pool("", "<failure rapidFailProtectionInterval=\"00:00:30\" />"), "IIS-001", "IIS-602"))
                .containsExactly(
                        "IIS-001@2 application pool 'Shop': '00:00:30' is not valid: expected a time span from 00:01:00 to 100.00:00:00"
                                + " (IIS_schema.xml range)");
        // recycling/periodicRestart/@time: 0,25920000 (300 days); cpu/@resetInterval: 0,86400 (1 day)
        assertThat(found(
                        pool(
                                "",
                                "<recycling><periodicRestart time=\"301.00:00:00\" /></recycling><cpu resetInterval=\"1.00:01:00\" />"),
                        "IIS-001"))
                .containsExactly(
                        "IIS-001@2 application pool 'Shop': '301.00:00:00' is not valid: expected a time span from 00:00:00 to 300.00:00:00"
                                + " (IIS_schema.xml range)",
                        "IIS-001@2 application pool 'Shop': '1.00:01:00' is not valid: expected a time span from 00:00:00 to 1.00:00:00"
                                + " (IIS_schema.xml range)");
    }

    // ---- 2.7 IIS 5.0 isolation mode ---------------------------------------------------------------------

    private static final String IIS5_MODE = """
            <IIsWebService Location="/LM/W3SVC" IIs5IsolationModeEnabled="TRUE" WAMUserName="IWAM_WEB01" />
            <IIsApplicationPools Location="/LM/W3SVC/AppPools" />
            <IIsApplicationPool Location="/LM/W3SVC/AppPools/DefaultAppPool" AppPoolIdentityType="3" PingingEnabled="FALSE"
                WAMUserName="CONTOSO\\svc" WAMUserPass="Summer1" />
            <IIsApplicationPool Location="/LM/W3SVC/AppPools/Other" AppPoolIdentityType="3" WAMUserName="CONTOSO\\svc" />
            <IIsApplicationPool Location="/LM/W3SVC/AppPools/System" AppPoolIdentityType="0" />
            <IIsWebServer Location="/LM/W3SVC/1" ServerComment="Shop" ServerBindings=":80:shop" />
            <IIsWebVirtualDir Location="/LM/W3SVC/1/ROOT" AppRoot="/LM/W3SVC/1/ROOT" AppIsolated="0" Path="D:\\shop" AppPoolId="Gone" />
            <IIsWebVirtualDir Location="/LM/W3SVC/1/ROOT/api" AppRoot="/LM/W3SVC/1/ROOT/api" AppIsolated="1" Path="D:\\api" />
            <IIsWebServer Location="/LM/W3SVC/2" ServerComment="Blog" ServerBindings=":80:blog" />
            <IIsWebVirtualDir Location="/LM/W3SVC/2/ROOT" AppRoot="/LM/W3SVC/2/ROOT" Path="D:\\blog" />""";

    @Test
    void inIis5IsolationModePoolsAreNotJudgedAndWhatRunsInsteadIsReported() {
        List<String> f = found(
                metabase(IIS5_MODE),
                "IIS-101",
                "IIS-102",
                "IIS-103",
                "IIS-104",
                "IIS-201",
                "IIS-202",
                "IIS-203",
                "IIS-206",
                "IIS-505",
                "IIS-606");
        assertThat(f)
                .containsExactly(
                        "IIS-206@2 metabase key '/LM/W3SVC': the web service runs in IIS 5.0 isolation mode: application pools, their identities,"
                                + " recycling and health monitoring are ignored, so no pool setting is judged. What runs instead: the in-process"
                                + " application 'Shop' (AppIsolated=0) runs inside inetinfo.exe as LocalSystem; the out-of-process applications"
                                + " 'Shop/api', 'Blog' (AppIsolated 1 or 2) run in dllhost.exe as their COM+ application's identity, probably"
                                + " the IWAM account 'IWAM_WEB01' (WAMUserName, set at line 2) (IIs5IsolationModeEnabled=TRUE, set at line 2)",
                        // a password in clear text is in the file whatever the mode
                        "IIS-103@5 application pool 'DefaultAppPool': the password of account 'CONTOSO\\svc' is stored in clear text in this file"
                                + " (WAMUserPass=(clear text, 7 characters), set at line 5)");
        // the same file in worker process isolation mode: the pools are judged
        assertThat(found(
                        metabase(IIS5_MODE.replace(
                                "IIs5IsolationModeEnabled=\"TRUE\"", "IIs5IsolationModeEnabled=\"FALSE\"")),
                        "IIS-101",
                        "IIS-104",
                        "IIS-203",
                        "IIS-206",
                        "IIS-606"))
                .extracting(x -> x.substring(0, 9))
                .containsExactly("IIS-606@4", "IIS-104@5", "IIS-104@6", "IIS-101@7", "IIS-203@9", "IIS-203@9");
    }
}
