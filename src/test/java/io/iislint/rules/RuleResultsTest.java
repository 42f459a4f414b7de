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
}
