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
        return lint(config).stream().filter(f -> wanted.contains(f.ruleId()))
                .map(f -> f.ruleId() + "@" + f.location().line() + " " + f.subject().display() + ": " + f.message()).toList();
    }

    private static String metabase(String keys) {
        return "<configuration xmlns=\"urn:microsoft-catalog:XML_Metabase_V64_0\"><MBProperty>\n" + keys + "\n</MBProperty></configuration>";
    }

    // ---- 2.1 IIS-305 --------------------------------------------------------------------------------

    private static String phpMaxRequests(String value) {
        return "<configuration>\n<system.applicationHost />\n<system.webServer>\n<fastCgi>\n"
                + "<application fullPath=\"C:\\PHP\\php-cgi.exe\" signalBeforeTerminateSeconds=\"30\" stderrMode=\"ReturnGeneric500\">\n"
                + "<environmentVariables><environmentVariable name=\"PHP_FCGI_MAX_REQUESTS\" value=\"" + value + "\" /></environmentVariables>\n"
                + "</application>\n</fastCgi>\n</system.webServer>\n</configuration>";
    }

    @Test
    void phpFcgiMaxRequestsZeroMeansPhpNeverExitsByItself() {
        // php-cgi's loop exits only when max_requests is non-zero and reached: 0 is unlimited
        assertThat(found(phpMaxRequests("0"), "IIS-305")).isEmpty();
        assertThat(found(phpMaxRequests(" 0 "), "IIS-305")).isEmpty();
        assertThat(found(phpMaxRequests("150"), "IIS-305")).containsExactly(
                "IIS-305@5 fastCgi application 'C:\\PHP\\php-cgi.exe': instanceMaxRequests 200 is above PHP_FCGI_MAX_REQUESTS 150:"
                        + " PHP exits first and the requests in flight fail (instanceMaxRequests=200, IIS default)");
    }

    // ---- 2.3 IIS-703 --------------------------------------------------------------------------------

    private static String cpu(String attributes) {
        return "<configuration><system.applicationHost><applicationPools>\n"
                + "<add name=\"Shop\"><cpu limit=\"50000\" action=\"KillW3wp\" " + attributes + " /></add>\n"
                + "</applicationPools></system.applicationHost></configuration>";
    }

    @Test
    void aCpuResetIntervalOfZeroTurnsCpuMonitoringOff() {
        assertThat(found(cpu("resetInterval=\"00:00:00\""), "IIS-703")).isEmpty();
        assertThat(found(cpu("resetInterval=\"00:10:00\""), "IIS-703")).containsExactly(
                "IIS-703@2 application pool 'Shop': a worker process using more than 50.0% CPU over 00:10:00 is killed, and the pool"
                        + " stays down until the interval ends (action=KillW3wp, set at line 2)");
        // IIS 6: CPUResetInterval 0 is off too
        String mb = "<IIsApplicationPools Location=\"/LM/W3SVC/AppPools\" />\n"
                + "<IIsApplicationPool Location=\"/LM/W3SVC/AppPools/Shop\" CPULimit=\"50000\" CPUAction=\"1\" CPUResetInterval=\"%s\" />";
        assertThat(found(metabase(mb.formatted("0")), "IIS-703")).isEmpty();
        assertThat(found(metabase(mb.formatted("5")), "IIS-703")).hasSize(1);
    }

    @Test
    void anIis6CpuLimitWithNoResetIntervalIsReportedAsProbable() {
        // the IIS 6 references give CPUResetInterval a schema default of 0 (monitoring off) and an internal one of 5 minutes
        assertThat(found(metabase("<IIsApplicationPools Location=\"/LM/W3SVC/AppPools\" />\n"
                + "<IIsApplicationPool Location=\"/LM/W3SVC/AppPools/Shop\" CPULimit=\"50000\" CPUAction=\"1\" />"), "IIS-703"))
                .containsExactly("IIS-703@3 application pool 'Shop': a worker process using more than 50.0% CPU is probably killed:"
                        + " CPUResetInterval is not set, and the IIS 6 references give both 0 (CPU monitoring off) and 5 minutes as its"
                        + " default; while killed, the pool stays down until the interval ends (CPUAction=1 (KillW3wp), set at line 3)");
    }

    // ---- 2.4 IIS-001 on CPUAction=2 ------------------------------------------------------------------

    @Test
    void iis6CpuActionTwoIsNotClaimedInvalid() {
        // the WS2003 reference lists 2 (MD_CPU_TRACE) and the IIS 6 SDK an upper bound of 3: IIS does not refuse it
        String mb = metabase("<IIsApplicationPools Location=\"/LM/W3SVC/AppPools\" />\n"
                + "<IIsApplicationPool Location=\"/LM/W3SVC/AppPools/Shop\" CPULimit=\"50000\" CPUAction=\"%s\" />");
        assertThat(found(mb.formatted("2"), "IIS-001", "IIS-703")).isEmpty();
        assertThat(found(mb.formatted("3"), "IIS-001", "IIS-703")).isEmpty();
        assertThat(found(mb.formatted("4"), "IIS-001")).containsExactly("IIS-001@3 metabase key '/LM/W3SVC/AppPools/Shop': '4' is not valid:"
                + " expected a number from 0 to 3 (0 log only, 1 shut down the worker, 2 trace; the IIS 6 SDK gives 3 as the upper bound)");
    }

    // ---- 2.8 IIS-307 --------------------------------------------------------------------------------

    @Test
    void aDroppedFcgiextValueEqualToTheIis7DefaultChangesNothing() {
        String ini = "[Types]\nphp=PHP\n\n[PHP]\nExePath=C:\\PHP\\php-cgi.exe\nResponseBufferLimit=%s\n";
        assertThat(found(ini.formatted("4194304"), "IIS-307")).isEmpty();
        assertThat(found(ini.formatted(" 4194304"), "IIS-307")).isEmpty();
        assertThat(found(ini.formatted("0"), "IIS-307")).hasSize(1);
        // the extension's own default for IgnoreExistingFiles is not documented where it could be checked: still reported
        assertThat(found("[Types]\nphp=PHP\n[PHP]\nExePath=C:\\php.exe\nIgnoreExistingFiles=0\n", "IIS-307")).hasSize(1);
    }

    // ---- 2.12 IIS-203 on a partial IIS 6 export -----------------------------------------------------------

    private static final String SITE_ONLY = """
            <IIsWebService Location="/LM/W3SVC" AccessFlags="AccessRead" />
            <IIsWebServer Location="/LM/W3SVC/1" ServerBindings=":80:shop" ServerComment="Shop" />
            <IIsWebVirtualDir Location="/LM/W3SVC/1/ROOT" AppRoot="/LM/W3SVC/1/ROOT" Path="D:\\shop" />""";

    @Test
    void aPoolMissingFromAPartialMetabaseExportIsUnknownNotMissing() {
        assertThat(found(metabase(SITE_ONLY), "IIS-203")).isEmpty();
        // with the pools key in the file, a pool it does not hold is missing
        assertThat(found(metabase(SITE_ONLY + "\n<IIsApplicationPools Location=\"/LM/W3SVC/AppPools\" />"), "IIS-203")).containsExactly(
                "IIS-203@4 application 'Shop': uses application pool 'DefaultAppPool', which is not defined: every request to it fails"
                        + " with 503 (AppPoolId=DefaultAppPool, IIS 6 default)");
        // and a pool-only export says nothing about which pools are unused
        assertThat(found(metabase("<IIsApplicationPools Location=\"/LM/W3SVC/AppPools\" />\n"
                + "<IIsApplicationPool Location=\"/LM/W3SVC/AppPools/Shop\" />"), "IIS-202")).isEmpty();
    }

    // ---- 2.5 IIS-402 on IIS 6 -----------------------------------------------------------------------

    @Test
    void iis6SendsAspScriptErrorsToTheBrowserUnlessTold() {
        String site = """
                <IIsWebService Location="/LM/W3SVC" AccessFlags="AccessRead" %s/>
                <IIsWebServer Location="/LM/W3SVC/1" ServerBindings=":80:shop" ServerComment="Shop" />
                <IIsWebVirtualDir Location="/LM/W3SVC/1/ROOT" AccessFlags="AccessRead | AccessScript" AppRoot="/LM/W3SVC/1/ROOT" Path="D:\\shop" />""";
        assertThat(found(metabase(site.formatted("")), "IIS-402")).containsExactly(
                "IIS-402@2 metabase key '/LM/W3SVC': ASP script errors, with file paths and line numbers, are sent to the browser"
                        + " (AspScriptErrorSentToBrowser=TRUE, IIS 6 default)");
        assertThat(found(metabase(site.formatted("AspScriptErrorSentToBrowser=\"FALSE\" ")), "IIS-402")).isEmpty();
        // a site-only export without the service key: the default is not the file's to report
        assertThat(found(metabase(site.formatted("").lines().skip(1).reduce("", (a, b) -> a + b + "\n")), "IIS-402")).isEmpty();
    }

    // ---- 2.6 IIS-102 on IIS 6 -----------------------------------------------------------------------

    @Test
    void networkServiceIsTheRecommendedIis6IdentityNotAWarning() {
        String pools = "<IIsApplicationPools Location=\"/LM/W3SVC/AppPools\" />\n<IIsApplicationPool Location=\"/LM/W3SVC/AppPools/Shop\" %s/>";
        assertThat(found(metabase(pools.formatted("")), "IIS-102")).isEmpty();
        assertThat(found(metabase(pools.formatted("AppPoolIdentityType=\"2\" ")), "IIS-102")).isEmpty();
        // LocalService is still a shared built-in account
        assertThat(found(metabase(pools.formatted("AppPoolIdentityType=\"1\" ")), "IIS-102")).hasSize(1);
        // IIS 7+: unchanged
        assertThat(found("<configuration><system.applicationHost><applicationPools>\n<add name=\"Shop\"><processModel identityType=\"NetworkService\" />"
                + "</add></applicationPools></system.applicationHost></configuration>", "IIS-102")).hasSize(1);
    }

    // ---- 2.2 IIS-302 / IIS-303: paths IIS expands --------------------------------------------------------

    private static String fastCgi(String fullPath, String scriptProcessor) {
        return "<configuration>\n<system.applicationHost />\n<system.webServer>\n"
                + "<fastCgi><application fullPath=\"" + fullPath + "\" signalBeforeTerminateSeconds=\"30\" stderrMode=\"ReturnGeneric500\" /></fastCgi>\n"
                + "<handlers><add name=\"PHP\" path=\"*.php\" verb=\"*\" modules=\"FastCgiModule\" scriptProcessor=\"" + scriptProcessor
                + "\" responseBufferLimit=\"0\" /></handlers>\n</system.webServer>\n</configuration>";
    }

    @Test
    void anEnvironmentVariableThatCouldMakeTheHandlerAndTheApplicationMatchIsNotAnError() {
        // both attributes are expanded="true" in IIS_schema.xml; %SystemDrive% is C: on most servers, and the file cannot say
        assertThat(found(fastCgi("%SystemDrive%\\PHP\\php-cgi.exe", "C:\\PHP\\php-cgi.exe"), "IIS-302", "IIS-303")).isEmpty();
        assertThat(found(fastCgi("C:\\PHP\\php-cgi.exe", "%SYSTEMDRIVE%\\php\\php-cgi.exe"), "IIS-302", "IIS-303")).isEmpty();
        assertThat(found(fastCgi("%ProgramFiles%\\PHP\\php-cgi.exe", "%ProgramFiles(x86)%\\PHP\\php-cgi.exe"), "IIS-302", "IIS-303")).isEmpty();
        // no value of the variable can make these equal: the literal parts differ
        assertThat(found(fastCgi("%SystemDrive%\\PHP7\\php-cgi.exe", "C:\\PHP\\php-cgi.exe"), "IIS-302", "IIS-303")).containsExactly(
                "IIS-303@4 fastCgi application '%SystemDrive%\\PHP7\\php-cgi.exe': no FastCGI handler in this file uses it (a site's web.config"
                        + " may: check before removing)",
                "IIS-302@5 handler 'PHP': scriptProcessor 'C:\\PHP\\php-cgi.exe' matches no fastCgi application: requests for *.php fail with 500");
        assertThat(found(fastCgi("%SystemDrive%\\PHP\\php-cgi.exe", "D:\\PHP\\php-cgi.exe|-c x.ini"), "IIS-302")).hasSize(1);
        // the same variable on both sides, in any letter case: the same path
        assertThat(found(fastCgi("%SystemDrive%\\PHP\\php-cgi.exe", "%systemdrive%\\php\\PHP-CGI.exe"), "IIS-302", "IIS-303")).isEmpty();
    }

    // ---- 2.9 IIS-505 --------------------------------------------------------------------------------

    private static String garden(String location) {
        return "<configuration>\n<system.applicationHost>\n<applicationPools>\n"
                + "<add name=\"Shop\"><processModel maxProcesses=\"0\" /></add>\n"
                + "<add name=\"Api\"><processModel maxProcesses=\"2\" /></add>\n"
                + "</applicationPools>\n<sites>\n"
                + "<site name=\"Shop\" id=\"1\"><application path=\"/\" applicationPool=\"Shop\" /></site>\n"
                + "<site name=\"Api\" id=\"2\"><application path=\"/\" applicationPool=\"Api\" /></site>\n"
                + "</sites>\n</system.applicationHost>\n" + location + "</configuration>";
    }

    @Test
    void maxProcessesZeroIsAWebGardenOnNumaHardwareAndSessionLossIsOnlyClaimedWhereTheFileShowsIt() {
        assertThat(found(garden(""), "IIS-505")).containsExactly(
                "IIS-505@4 application pool 'Shop': runs one worker process per NUMA node (IIS 8 and later), a web garden on NUMA"
                        + " hardware: in-memory caches are not shared between them, and if an application in this pool keeps session"
                        + " state in process (the ASP.NET default), its users lose their sessions between requests"
                        + " (maxProcesses=0, set at line 4)",
                "IIS-505@5 application pool 'Api': runs 2 worker processes (a web garden): in-memory caches are not shared between"
                        + " them, and if an application in this pool keeps session state in process (the ASP.NET default), its users"
                        + " lose their sessions between requests (maxProcesses=2, set at line 5)");
        // session state this file keeps out of process, and in process
        assertThat(found(garden("<location path=\"Shop\"><system.web><sessionState mode=\"SQLServer\" /></system.web></location>\n"
                + "<location path=\"Api\"><system.web><sessionState mode=\"InProc\" /></system.web></location>\n"), "IIS-505")).containsExactly(
                "IIS-505@4 application pool 'Shop': runs one worker process per NUMA node (IIS 8 and later), a web garden on NUMA"
                        + " hardware: in-memory caches are not shared between them; this file keeps session state out of process for"
                        + " the pool's applications (sessionState mode=SQLServer at line 12) (maxProcesses=0, set at line 4)",
                "IIS-505@5 application pool 'Api': runs 2 worker processes (a web garden): in-memory caches are not shared between"
                        + " them, and application 'Api' keeps session state in process (sessionState mode=InProc at line 13): its users"
                        + " lose their sessions between requests (maxProcesses=2, set at line 5)");
        // one worker: no garden
        assertThat(found(garden("").replace("maxProcesses=\"2\"", "maxProcesses=\"1\""), "IIS-505")).hasSize(1);
    }

    // ---- 2.13 IIS-104 -------------------------------------------------------------------------------

    private static String accounts(String... users) {
        StringBuilder pools = new StringBuilder();
        String[] names = {"Shop", "Blog", "Wiki"};
        for (int i = 0; i < users.length; i++) {
            pools.append("<add name=\"").append(names[i]).append("\"><processModel identityType=\"SpecificUser\" userName=\"").append(users[i])
                    .append("\" password=\"[enc:IISWASOnlyCngProvider:").append(i).append(":enc]\" /></add>\n");
        }
        return "<configuration><system.applicationHost><applicationPools>\n" + pools + "</applicationPools></system.applicationHost></configuration>";
    }

    @Test
    void oneAccountWrittenAsDomainUserAndAsUpnIsProbablyTheSameAccount() {
        assertThat(found(accounts("CONTOSO\\svc-web", "svc-web@contoso.com"), "IIS-104")).containsExactly(
                "IIS-104@2 application pool 'Shop': runs as account 'CONTOSO\\svc-web', probably also used by pool 'Blog' (written"
                        + " 'svc-web@contoso.com': the same user, with CONTOSO as the first label of contoso.com): a compromise of one"
                        + " pool reaches the others' files (userName=CONTOSO\\svc-web, set at line 2)",
                "IIS-104@3 application pool 'Blog': runs as account 'svc-web@contoso.com', probably also used by pool 'Shop' (written"
                        + " 'CONTOSO\\svc-web': the same user, with CONTOSO as the first label of contoso.com): a compromise of one"
                        + " pool reaches the others' files (userName=svc-web@contoso.com, set at line 3)");
        assertThat(found(accounts("CONTOSO\\svc-web", "contoso\\SVC-WEB", "svc-web@Contoso.local"), "IIS-104")).extracting(f -> f.substring(0, f.indexOf(": a compromise")))
                .containsExactly(
                        "IIS-104@2 application pool 'Shop': runs as account 'CONTOSO\\svc-web', also used by pool 'Blog' and probably by pool"
                                + " 'Wiki' (written 'svc-web@Contoso.local': the same user, with CONTOSO as the first label of Contoso.local)",
                        "IIS-104@3 application pool 'Blog': runs as account 'contoso\\SVC-WEB', also used by pool 'Shop' and probably by pool"
                                + " 'Wiki' (written 'svc-web@Contoso.local': the same user, with contoso as the first label of Contoso.local)",
                        "IIS-104@4 application pool 'Wiki': runs as account 'svc-web@Contoso.local', probably also used by pools 'Shop', 'Blog'"
                                + " (written 'CONTOSO\\svc-web': the same user, with CONTOSO as the first label of Contoso.local)");
        // another user, or a domain that is not the UPN suffix's first label: not the same account
        assertThat(found(accounts("CONTOSO\\svc-web", "svc-shop@contoso.com"), "IIS-104")).isEmpty();
        assertThat(found(accounts("FABRIKAM\\svc-web", "svc-web@contoso.com"), "IIS-104")).isEmpty();
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
        assertThat(found(removed, "IIS-001", "IIS-101")).containsExactly(
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
        assertThat(found(cleared, "IIS-001", "IIS-101")).containsExactly(
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
        assertThat(found(sites, "IIS-001", "IIS-902", "IIS-201")).containsExactly(
                "IIS-001@5 site 'old': <remove> is not part of the sites collection (IIS_schema.xml declares only <site> for it):"
                        + " IIS refuses this configuration as an unrecognized element; the site it would remove is not judged");
        assertThat(found(sites.replace("<remove name=\"old\" />", "<clear />"), "IIS-001", "IIS-902")).containsExactly(
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
        assertThat(found(fastCgi, "IIS-001", "IIS-303", "IIS-304", "IIS-306")).containsExactly(
                "IIS-001@7 config section 'system.webServer/fastCgi': <remove> is not part of the fastCgi collection (IIS_schema.xml declares only"
                        + " <application> for it): IIS refuses this configuration as an unrecognized element; what it would remove is"
                        + " not judged");
        // the schedule declares <add> and <clear/>, not <remove>
        assertThat(found(pool("", "<recycling><periodicRestart><schedule><add value=\"03:00:00\" /><remove value=\"03:00:00\" />"
                + "</schedule></periodicRestart></recycling>"), "IIS-001")).containsExactly(
                "IIS-001@2 application pool 'Shop': <remove> is not part of the schedule collection (IIS_schema.xml"
                        + " declares only <add> and <clear/> for it): IIS refuses this configuration as an unrecognized element; the time"
                        + " it would remove is not judged");
    }

    // ---- reliability.md: time spans and numbers outside the schema's ranges ---------------------------------

    private static String pool(String attributes, String children) {
        return "<configuration><system.applicationHost><applicationPools>\n<add name=\"Shop\" " + attributes + ">" + children
                + "</add>\n</applicationPools></system.applicationHost></configuration>";
    }

    @Test
    void aTimeSpanOutsideItsSchemaRangeIsIis001AndTheRuleJudgesTheDefaultInstead() {
        // processModel/@idleTimeout: timeSpanRange 0,2592000 (30 days)
        assertThat(found(pool("", "<processModel idleTimeout=\"99999999.00:00:00\" />"), "IIS-001", "IIS-605")).containsExactly(
                "IIS-001@2 application pool 'Shop': '99999999.00:00:00' is not valid: expected a time span from 00:00:00 to 30.00:00:00"
                        + " (IIS_schema.xml range)");
        assertThat(found(pool("", "<processModel idleTimeout=\"30.00:00:00\" />"), "IIS-001", "IIS-605")).containsExactly(
                "IIS-605@2 application pool 'Shop': idle worker processes are kept for 30.00:00:00, longer than 00:20:00"
                        + " (idleTimeout=30.00:00:00, set at line 2)");
        // failure/@rapidFailProtectionInterval: 60,8640000 (1 minute to 100 days)
        assertThat(found(pool("", "<failure rapidFailProtectionInterval=\"00:00:30\" />"), "IIS-001", "IIS-602")).containsExactly(
                "IIS-001@2 application pool 'Shop': '00:00:30' is not valid: expected a time span from 00:01:00 to 100.00:00:00"
                        + " (IIS_schema.xml range)");
        // recycling/periodicRestart/@time: 0,25920000 (300 days); cpu/@resetInterval: 0,86400 (1 day)
        assertThat(found(pool("", "<recycling><periodicRestart time=\"301.00:00:00\" /></recycling><cpu resetInterval=\"1.00:01:00\" />"),
                "IIS-001")).containsExactly(
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
        List<String> f = found(metabase(IIS5_MODE), "IIS-101", "IIS-102", "IIS-103", "IIS-104", "IIS-201", "IIS-202", "IIS-203", "IIS-206",
                "IIS-505", "IIS-606");
        assertThat(f).containsExactly(
                "IIS-206@2 metabase key '/LM/W3SVC': the web service runs in IIS 5.0 isolation mode: application pools, their identities,"
                        + " recycling and health monitoring are ignored, so no pool setting is judged. What runs instead: the in-process"
                        + " application 'Shop' (AppIsolated=0) runs inside inetinfo.exe as LocalSystem; the out-of-process applications"
                        + " 'Shop/api', 'Blog' (AppIsolated 1 or 2) run in dllhost.exe as their COM+ application's identity, probably"
                        + " the IWAM account 'IWAM_WEB01' (WAMUserName, set at line 2) (IIs5IsolationModeEnabled=TRUE, set at line 2)",
                // a password in clear text is in the file whatever the mode
                "IIS-103@5 application pool 'DefaultAppPool': the password of account 'CONTOSO\\svc' is stored in clear text in this file"
                        + " (WAMUserPass=(clear text, 7 characters), set at line 5)");
        // the same file in worker process isolation mode: the pools are judged
        assertThat(found(metabase(IIS5_MODE.replace("IIs5IsolationModeEnabled=\"TRUE\"", "IIs5IsolationModeEnabled=\"FALSE\"")),
                "IIS-101", "IIS-104", "IIS-203", "IIS-206", "IIS-606")).extracting(x -> x.substring(0, 9))
                .containsExactly("IIS-606@4", "IIS-104@5", "IIS-104@6", "IIS-101@7", "IIS-203@9", "IIS-203@9");
    }

    @Test
    void inIis5IsolationModeWithoutApplicationsInTheFileTheRuleSaysWhatRunsInGeneral() {
        assertThat(found(metabase("<IIsWebService Location=\"/LM/W3SVC\" IIs5IsolationModeEnabled=\"TRUE\" />\n"
                + "<IIsApplicationPools Location=\"/LM/W3SVC/AppPools\" />\n<IIsApplicationPool Location=\"/LM/W3SVC/AppPools/DefaultAppPool\" />"),
                "IIS-102", "IIS-206")).containsExactly(
                "IIS-206@2 metabase key '/LM/W3SVC': the web service runs in IIS 5.0 isolation mode: application pools, their identities,"
                        + " recycling and health monitoring are ignored, so no pool setting is judged. What runs instead: in-process"
                        + " applications (AppIsolated=0) run inside inetinfo.exe as LocalSystem, and out-of-process ones in dllhost.exe as"
                        + " their COM+ application's identity, by default the IWAM_<computer> account (IIs5IsolationModeEnabled=TRUE, set"
                        + " at line 2)");
    }
}
