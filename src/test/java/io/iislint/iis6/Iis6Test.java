package io.iislint.iis6;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iislint.Fixtures;
import io.iislint.audit.Audit;
import io.iislint.finding.Finding;
import io.iislint.model.ApplicationPool;
import io.iislint.model.IdentityType;
import io.iislint.model.IisConfig;
import io.iislint.model.Origin;
import io.iislint.model.RecycleEvent;
import io.iislint.model.Secret;
import io.iislint.model.TimeSpan;
import io.iislint.model.WebServerScope;
import io.iislint.source.FileKind;
import io.iislint.source.InputError;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class Iis6Test {

    private static String metabase(String keys) {
        return "<?xml version=\"1.0\"?>\n<configuration xmlns=\"urn:microsoft-catalog:XML_Metabase_V64_0\">\n<MBProperty>\n"
                + keys + "\n</MBProperty>\n</configuration>\n";
    }

    private static final String POOLS = """
            <IIsWebService Location="/LM/W3SVC" AppPoolId="DefaultAppPool" IdleTimeout="15" />
            <IIsApplicationPools Location="/LM/W3SVC/AppPools" AppPoolIdentityType="0" PeriodicRestartTime="1740"
                LogEventOnRecycle="AppPoolRecycleTime | AppPoolRecycleMemory" />
            <IIsApplicationPool Location="/LM/W3SVC/AppPools/Shop" AppPoolIdentityType="2" IdleTimeout="45" LogEventOnRecycle="137"
                PeriodicRestartSchedule="03:00
                    15:30" />
            <IIsApplicationPool Location="/LM/W3SVC/AppPools/Bare" />""";

    @Test
    void poolValuesInheritDownTheKeyPathAndNameTheKeyTheyCameFrom() {
        IisConfig c = Fixtures.model(metabase(POOLS));
        assertThat(c.kind()).isEqualTo(FileKind.METABASE);
        ApplicationPool shop = c.applicationPool("Shop").orElseThrow();
        ApplicationPool bare = c.applicationPool("bare").orElseThrow();
        assertThat(shop.processModel().identityType().orElse(null)).isEqualTo(IdentityType.NetworkService);
        assertThat(shop.processModel().identityType().origin()).isInstanceOf(Origin.SetHere.class);
        assertThat(bare.processModel().identityType().orElse(null)).isEqualTo(IdentityType.LocalSystem);
        assertThat(bare.processModel().identityType().origin())
                .isEqualTo(new Origin.Inherited(
                        "/LM/W3SVC/AppPools",
                        bare.processModel().identityType().location().orElseThrow()));
        assertThat(bare.processModel().identityType().location().orElseThrow().line())
                .isEqualTo(5);
        // a pool value missing on the pool and on /LM/W3SVC/AppPools comes from /LM/W3SVC
        assertThat(bare.processModel().idleTimeout().orElse(null)).isEqualTo(TimeSpan.ofMinutes(15));
        assertThat(((Origin.Inherited) bare.processModel().idleTimeout().origin()).from())
                .isEqualTo("/LM/W3SVC");
        // units: minutes, bit masks and names, multi-line schedules
        assertThat(shop.processModel().idleTimeout().orElse(null)).isEqualTo(TimeSpan.ofMinutes(45));
        assertThat(bare.recycling().periodicRestart().time().orElse(null)).isEqualTo(TimeSpan.ofMinutes(1740));
        assertThat(shop.recycling().logEventOnRecycle().orElse(null))
                .containsExactlyInAnyOrder(RecycleEvent.Time, RecycleEvent.Memory, RecycleEvent.PrivateMemory);
        assertThat(bare.recycling().logEventOnRecycle().orElse(null))
                .containsExactlyInAnyOrder(RecycleEvent.Time, RecycleEvent.Memory);
        assertThat(shop.recycling().periodicRestart().schedule().orElse(null))
                .containsExactly(TimeSpan.ofMinutes(180), TimeSpan.ofMinutes(930));
        assertThat(shop.metabaseKey()).contains("/LM/W3SVC/AppPools/Shop");
    }

    @Test
    void aValueNoKeySetsIsNotSetWhereIis6HasNoReliableDefault() {
        ApplicationPool bare = Fixtures.model(metabase("<IIsApplicationPool Location=\"/LM/W3SVC/AppPools/Bare\" />"))
                .applicationPool("Bare")
                .orElseThrow();
        assertThat(bare.queueLength().isSet()).isFalse();
        assertThat(bare.queueLength().origin().describe("x"))
                .isEqualTo("not set on /LM/W3SVC/AppPools/Bare or any parent key");
        assertThat(bare.recycling().periodicRestart().time().isSet()).isFalse();
        assertThat(bare.processModel().pingingEnabled().isSet()).isFalse();
        // documented defaults are used: NetworkService, 20 minutes, rapid-fail on
        assertThat(bare.processModel().identityType().orElse(null)).isEqualTo(IdentityType.NetworkService);
        assertThat(bare.processModel().identityType().isDefault()).isTrue();
        assertThat(bare.processModel().idleTimeout().orElse(null)).isEqualTo(TimeSpan.ofMinutes(20));
        assertThat(bare.failure().rapidFailProtection().orElse(null)).isTrue();
        // and nothing is reported about what is not known: NetworkService is IIS 6's recommended identity, and with no
        // sites key in the file nobody can tell whether a site uses the pool
        assertThat(Fixtures.lint(metabase("<IIsApplicationPool Location=\"/LM/W3SVC/AppPools/Bare\" />")))
                .isEmpty();
    }

    @Test
    void webSettingsFlowFromTheServiceToSitesAndDirectories() {
        IisConfig c = Fixtures.model(metabase("""
                <IIsWebService Location="/LM/W3SVC" AccessFlags="AccessRead" AspEnableParentPaths="FALSE" AuthFlags="AuthAnonymous"
                    AnonymousUserName="IUSR_WEB01" AnonymousUserPass="P4ss" />
                <IIsWebServer Location="/LM/W3SVC/7" ServerComment="Shop" ServerBindings=":80:shop
                    10.0.0.1:8080:" SecureBindings=":443:" />
                <IIsWebVirtualDir Location="/LM/W3SVC/7/ROOT" AppRoot="/LM/W3SVC/7/ROOT" AppPoolId="ShopPool" Path="D:\\shop"
                    AccessFlags="AccessRead | AccessWrite | AccessScript" />
                <IIsWebVirtualDir Location="/LM/W3SVC/7/ROOT/img" Path="\\\\files\\img" UNCUserName="u" UNCPassword="4963446270000000aabbccddeeff00112233445566778899" />
                <IIsWebDirectory Location="/LM/W3SVC/7/ROOT/old" AspEnableParentPaths="TRUE" />"""));
        var site = c.sites().get(0);
        assertThat(site.name()).isEqualTo("Shop");
        assertThat(site.id()).isEqualTo("7");
        assertThat(site.bindings())
                .extracting(b -> b.display())
                .containsExactly("http/:80:shop", "http/10.0.0.1:8080:", "https/:443:");
        assertThat(site.bindings()).extracting(b -> b.location().line()).containsExactly(6, 7, 7);
        assertThat(site.bindings().get(1).endpoint().orElseThrow().port()).isEqualTo(8080);
        assertThat(site.applications()).hasSize(1);
        var root = site.applications().get(0);
        assertThat(root.applicationPool().orElse(null)).isEqualTo("ShopPool");
        assertThat(root.virtualDirectories())
                .extracting(v -> v.path() + "=" + v.physicalPath())
                .containsExactly("/=D:\\shop", "/img=\\\\files\\img");
        assertThat(root.virtualDirectories().get(1).password()).isEqualTo(new Secret.Encrypted("IIS 6 metabase"));
        WebServerScope old = c.scopes().stream()
                .filter(s -> s.path().equals("/LM/W3SVC/7/ROOT/old"))
                .findFirst()
                .orElseThrow();
        assertThat(old.asp().enableParentPaths().orElse(null)).isTrue();
        assertThat(old.handlers().accessPolicy().orElse(null)).hasSize(3);
        assertThat(((Origin.Inherited) old.handlers().accessPolicy().origin()).from())
                .isEqualTo("/LM/W3SVC/7/ROOT");
        assertThat(old.anonymousAuthentication().password().orElse(null)).isEqualTo(new Secret.ClearText(4));
        List<Finding> f = Fixtures.lint(
                metabase(
                        "<IIsWebService Location=\"/LM/W3SVC\" AnonymousUserName=\"IUSR_WEB01\" AnonymousUserPass=\"P4ss\" />"));
        assertThat(f)
                .extracting(x ->
                        x.ruleId() + "@" + x.location().line() + " " + x.fix().adsutil())
                .containsExactly(
                        "IIS-402@4 cscript adsutil.vbs SET W3SVC/AspScriptErrorSentToBrowser FALSE",
                        "IIS-106@4 cscript adsutil.vbs SET W3SVC/AnonymousUserPass \"NEW_PASSWORD\"");
    }

    @Test
    void keysLinkByPathWhateverTheirOrderAndEvenWithoutTheirParentKey() {
        IisConfig c = Fixtures.model(metabase("""
                <IIsWebVirtualDir Location="/LM/W3SVC/1/ROOT/a/b" AppRoot="/LM/W3SVC/1/ROOT/a/b" AppPoolId="Deep" Path="C:\\b" />
                <IIsWebVirtualDir Location="/LM/W3SVC/1/ROOT/a/b/img" Path="C:\\img" />
                <IIsWebServer Location="/LM/W3SVC/1" ServerComment="S" ServerBindings=":80:" />
                <IIsWebVirtualDir Location="/LM/W3SVC/1/ROOT" AppRoot="/LM/W3SVC/1/ROOT" Path="C:\\r" />"""));
        // the child written before its parent, and /ROOT/a never written: still one site, two applications
        assertThat(c.sites().get(0).applications())
                .extracting(a -> a.path() + "=" + a.applicationPool().orElse(null) + " "
                        + a.virtualDirectories().stream().map(v -> v.path()).toList())
                .containsExactly("/=DefaultAppPool [/]", "/a/b=Deep [/, /img]");
    }

    @Test
    void encryptedMetabaseSecretsAreToldApartFromClearText() {
        assertThat(Secret.ofMetabase("4963446270000000220000004000000031b103f72f60cf45"))
                .isInstanceOf(Secret.Encrypted.class);
        assertThat(Secret.ofMetabase("4963446")).isInstanceOf(Secret.ClearText.class);
        assertThat(Secret.ofMetabase("4963446270000000zz0000004000000031b103f72f60cf45"))
                .isInstanceOf(Secret.ClearText.class);
        assertThat(Secret.ofMetabase("")).isEqualTo(new Secret.Empty());
    }

    @Test
    void theIis6SampleTripsEachIis6RuleAtItsLine() throws Exception {
        String sample = Files.readString(Path.of("samples/iis6/MetaBase.xml"));
        // the sample runs in IIS 5.0 isolation mode, where pools are ignored: its pools are judged in worker process
        // mode
        List<Finding> f = Fixtures.lint(
                sample.replace("IIs5IsolationModeEnabled=\"TRUE\"", "IIs5IsolationModeEnabled=\"FALSE\""));
        assertThat(Fixtures.lint(sample))
                .filteredOn(x -> x.ruleId().equals("IIS-206"))
                .extracting(x -> x.location().line())
                .containsExactly(35);
        // values IIS 6 derives from flag bits and list lines are named as IIS 6 tools name them
        assertThat(f)
                .extracting(Finding::message)
                .contains(
                        "ISAPI extensions missing from the allowed list (isapiCgiRestriction; Web Service Extensions on IIS 6) may run: any DLL a handler"
                                + " names is loaded (WebSvcExtRestrictionList(*.dll)=1 (allowed), set at line 43)",
                        "directory browsing is on: folders without a default document list their files (EnableDirBrowsing=TRUE, set at line 125)",
                        "a worker process using more than 50.0% CPU over 5 minutes is killed, and the pool stays down until the interval ends"
                                + " (CPUAction=1 (KillW3wp), set at line 191)");
        assertThat(f)
                .extracting(x -> x.ruleId() + "@" + x.location().line())
                .contains(
                        "IIS-108@25",
                        "IIS-801@43",
                        "IIS-401@90",
                        "IIS-403@91",
                        "IIS-805@92",
                        "IIS-803@97",
                        "IIS-107@101",
                        "IIS-106@121",
                        "IIS-804@125",
                        "IIS-402@130",
                        "IIS-101@181",
                        "IIS-103@177",
                        "IIS-702@37");
        Finding iso = Fixtures.lint(sample).stream()
                .filter(x -> x.ruleId().equals("IIS-206"))
                .findFirst()
                .orElseThrow();
        assertThat(iso.fix().adsutil()).isEqualTo("cscript adsutil.vbs SET W3SVC/IIs5IsolationModeEnabled FALSE");
        assertThat(iso.fix().appcmd()).isEmpty();
        // Web Service Extensions are switched with iisext.vbs: "*.dll" is the list's entry for every unlisted ISAPI
        assertThat(f.stream()
                        .filter(x -> x.ruleId().equals("IIS-801"))
                        .findFirst()
                        .orElseThrow()
                        .fix()
                        .adsutil())
                .isEqualTo("cscript %SystemRoot%\\system32\\iisext.vbs /DisFile *.dll");
        Finding requests =
                f.stream().filter(x -> x.ruleId().equals("IIS-502")).findFirst().orElseThrow();
        assertThat(requests.message()).endsWith("(PeriodicRestartRequests=0, set at line 174)");
        assertThat(requests.configPath()).isEqualTo("/LM/W3SVC/AppPools/ShopPool/PeriodicRestartRequests");
        assertThat(requests.fix().adsutil())
                .isEqualTo("cscript adsutil.vbs SET W3SVC/AppPools/ShopPool/PeriodicRestartRequests 35000");
    }

    @Test
    void theCorpusMetabaseIsLintedWithoutError() throws Exception {
        Path corpus = Path.of("../shared/corpus/metabase/modSIC.metabaseSample.xml");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(corpus), "../shared beside the checkout");
        IisConfig c = Fixtures.model(Files.readString(corpus, StandardCharsets.UTF_8));
        assertThat(c.problems()).isEmpty();
        assertThat(c.sites())
                .extracting(s -> s.name())
                .containsExactly("Default Web Site"); // templates under /Info are not sites
        assertThat(c.applicationPools()).extracting(ApplicationPool::name).containsExactly("DefaultAppPool", "oval");
        assertThat(Fixtures.lint(Files.readString(corpus, StandardCharsets.UTF_8)))
                .extracting(Finding::ruleId)
                .containsExactly(
                        "IIS-1213", // .exe, .dll and .csh in /LM/MimeMap
                        "IIS-1213",
                        "IIS-1213",
                        "IIS-402",
                        "IIS-1212", // the .idc, .shtm, .shtml and .stm script maps IIS 6 installs
                        "IIS-1212",
                        "IIS-1212",
                        "IIS-1212",
                        "IIS-1308", // http only
                        "IIS-1307", // ServerBindings ":80:" names no host
                        "IIS-504",
                        "IIS-504",
                        "IIS-202");
    }

    @Test
    void everyFcgiextMappingRowLandsWhereTheSeedTableSays() {
        String ini = """
                [Types]
                php=PHP
                py:2=PHP
                [PHP]
                ExePath=C:\\php\\php-cgi.exe
                Arguments=-d x=1
                QueueLength=999
                MaxInstances=8
                IdleTimeout=300
                ActivityTimeout=30
                RequestTimeout=90
                InstanceMaxRequests=200
                FlushNamedPipe=1
                Protocol=NamedPipe
                RapidFailsPerMinute=10
                EnvironmentVars=PHP_FCGI_MAX_REQUESTS:500,PHPRC:C:\\php
                ResponseBufferLimit=0
                IgnoreExistingFiles=1
                IgnoreDirectories=1
                UnhealthyOnQueueFull=1
                StderrMode=ReturnGeneric500
                MonitorChangesTo=C:\\php\\php.ini
                SignalBeforeTerminateSeconds=5
                """;
        IisConfig c = Fixtures.model(ini);
        assertThat(c.kind()).isEqualTo(FileKind.FCGIEXT);
        var app = c.fastCgiApplications().get(0);
        assertThat(app.fullPath()).isEqualTo("C:\\php\\php-cgi.exe");
        assertThat(app.arguments()).isEqualTo("-d x=1");
        assertThat(List.of(
                        app.queueLength().orElse(null),
                        app.maxInstances().orElse(null),
                        app.idleTimeout().orElse(null),
                        app.activityTimeout().orElse(null),
                        app.requestTimeout().orElse(null),
                        app.instanceMaxRequests().orElse(null),
                        app.rapidFailsPerMinute().orElse(null),
                        app.signalBeforeTerminateSeconds().orElse(null)))
                .containsExactly(999L, 8L, 300L, 30L, 90L, 200L, 10L, 5L);
        assertThat(app.flushNamedPipe().orElse(null)).isTrue();
        assertThat(app.protocol().display()).isEqualTo("NamedPipe");
        assertThat(app.stderrMode().display()).isEqualTo("ReturnGeneric500");
        assertThat(app.monitorChangesTo().orElse(null)).isEqualTo("C:\\php\\php.ini");
        assertThat(app.environmentVariables())
                .extracting(e -> e.name() + "=" + e.value())
                .containsExactly("PHP_FCGI_MAX_REQUESTS=500", "PHPRC=C:\\php");
        assertThat(c.scopes().get(0).handlers().mappings())
                .extracting(h -> h.path() + "->" + h.scriptProcessor())
                .containsExactly("*.php->C:\\php\\php-cgi.exe|-d x=1", "*.py->C:\\php\\php-cgi.exe|-d x=1");
        assertThat(Fixtures.lint(ini))
                .extracting(x -> x.ruleId() + "@" + x.location().line())
                .containsExactly(
                        "IIS-307@17",
                        "IIS-307@18",
                        "IIS-307@19",
                        "IIS-307@20",
                        "IIS-308@21",
                        "IIS-308@22",
                        "IIS-308@23");
        Finding buffer = Fixtures.lint(ini).get(0);
        assertThat(buffer.fix().appcmd())
                .isEqualTo("appcmd set config /section:handlers \"/[name='PHP'].responseBufferLimit:0\"");
    }

    @Test
    void fcgiextMistakesAreFindingsOrOneClearError() {
        assertThat(Fixtures.lint("[Types]\nphp=Missing\n[PHP]\nExePath=C:\\php.exe\nColour=blue\n[PHP]\nExePath=x\n"))
                .extracting(x -> x.ruleId() + "@" + x.location().line() + " " + x.message())
                .containsExactly(
                        "IIS-001@2 'Missing' is not valid: maps .php to section [Missing], which does not exist: requests for it fail",
                        "IIS-303@3 no FastCGI handler in this file uses it (a site's web.config may: check before removing)",
                        "IIS-001@5 'blue' is not valid: unknown setting Colour: the FastCGI extension ignores it (a typo?)",
                        "IIS-001@6 section [PHP] is written twice (first at line 3): the extension reads only one of them");
        assertThatThrownBy(() -> new FcgiextReader().read("f.ini", "[Types]\nthis line has no equals sign\n"))
                .isInstanceOf(InputError.class)
                .satisfies(
                        e -> assertThat(((InputError) e).diagnostic())
                                .isEqualTo(
                                        "f.ini:2:1: error: malformed line 'this line has no equals sign': expected Key=Value or [Section]"));
        assertThatThrownBy(() -> new FcgiextReader().read("f.ini", "ExePath=x\n"))
                .isInstanceOf(InputError.class)
                .satisfies(e -> assertThat(((InputError) e).diagnostic())
                        .isEqualTo("f.ini:1:1: error: 'ExePath=x' comes before any [Section]"));
    }

    @Test
    void readinessRollsUpFailUnknownWarnPass() throws Exception {
        IisConfig c = Fixtures.model(Files.readString(Path.of("samples/iis6/MetaBase.xml")));
        Audit.Report r = new Audit(c, java.util.Optional.empty()).run();
        var shop = r.sites().stream()
                .filter(s -> s.site().name().equals("Shop"))
                .findFirst()
                .orElseThrow();
        var azure = shop.readiness().stream()
                .filter(x -> x.target().equals("Azure App Service"))
                .findFirst()
                .orElseThrow();
        assertThat(azure.verdict()).isEqualTo(Audit.Verdict.NotReady);
        assertThat(azure.checks())
                .filteredOn(x -> x.result() == Audit.Result.FAIL)
                .extracting(Audit.Check::id)
                .containsExactly("AppPool", "AppPoolIdentity", "VirtualDirectory", "IsapiFilter");
        assertThat(azure.checks())
                .filteredOn(x -> x.id().equals("TcpPort"))
                .extracting(x -> x.evidence().get(0).line())
                .containsExactly(82);
        // FastCGI is used, and no fcgiext.ini was audited with it: unknown, not pass
        var iis10 = shop.readiness().get(0);
        assertThat(iis10.checks())
                .filteredOn(x -> x.id().equals("FcgiextSettings"))
                .extracting(Audit.Check::result)
                .containsExactly(Audit.Result.UNKNOWN);
        // a clean IIS 7+ site with one pool, anonymous only, port 80: Unknown only because its web.config was not
        // audited
        IisConfig clean = Fixtures.model(Fixtures.appHost("""
                <applicationPools><add name="A" /></applicationPools>
                <sites><site name="S" id="1"><application path="/" applicationPool="A"><virtualDirectory path="/" physicalPath="C:\\s" /></application>
                <bindings><binding protocol="http" bindingInformation="*:80:" /></bindings></site></sites>"""));
        var v = new Audit(clean, java.util.Optional.empty())
                .run()
                .sites()
                .get(0)
                .readiness();
        assertThat(v).extracting(Audit.Readiness::target).containsExactly("Azure App Service");
        assertThat(v.get(0).verdict()).isEqualTo(Audit.Verdict.Unknown);
        assertThat(v.get(0).checks())
                .filteredOn(x -> x.result() != Audit.Result.PASS)
                .extracting(Audit.Check::id)
                .containsExactly("ConnectionStrings");
    }

    private static final String SMALL_SERVER = """
            <IIsWebService Location="/LM/W3SVC" IIs5IsolationModeEnabled="FALSE" %s />
            <IIsApplicationPools Location="/LM/W3SVC/AppPools" />
            <IIsApplicationPool Location="/LM/W3SVC/AppPools/Web" AppPoolIdentityType="2" />
            <IIsWebServer Location="/LM/W3SVC/1" ServerComment="Web" ServerBindings=":80:www.example.org" %s />
            <IIsWebVirtualDir Location="/LM/W3SVC/1/ROOT" AppRoot="/LM/W3SVC/1/ROOT" AppPoolId="Web" Path="D:\\Sites\\Web" AuthFlags="AuthAnonymous" />""";

    private static List<Audit.Readiness> readinessOfTheOnlySite(String service, String site) {
        IisConfig c = Fixtures.model(metabase(SMALL_SERVER.formatted(service, site)));
        Audit.Report r = new Audit(c, java.util.Optional.empty()).run();
        assertThat(r.sites()).hasSize(1);
        return r.sites().get(0).readiness();
    }

    @Test
    void aPlainSiteIsReadyAndOnlyWarningsMakeItConditionallyReady() {
        List<Audit.Readiness> plain = readinessOfTheOnlySite("", "");
        assertThat(plain)
                .extracting(x -> x.target() + "=" + x.verdict())
                .containsExactly("IIS 10=Ready", "Azure App Service=Ready");
        // advice (the NetworkService pool's identity after the move) is not a condition
        assertThat(plain)
                .allSatisfy(x -> assertThat(x.checks())
                        .filteredOn(c -> !c.id().equals("BuiltInPoolIdentity"))
                        .extracting(Audit.Check::result)
                        .containsOnly(Audit.Result.PASS));

        // an https binding warns for Azure (the certificate moves); 32-bit worker processes warn for IIS 10
        List<Audit.Readiness> warned =
                readinessOfTheOnlySite("Enable32BitAppOnWin64=\"TRUE\"", "SecureBindings=\":443:www.example.org\"");
        assertThat(warned)
                .extracting(x -> x.target() + "=" + x.verdict())
                .containsExactly("IIS 10=ConditionallyReady", "Azure App Service=ConditionallyReady");
        assertThat(warned.get(0).checks())
                .filteredOn(x -> x.result() != Audit.Result.PASS)
                .extracting(x -> x.id() + "@" + x.evidence().get(0).line())
                .containsExactly("ThirtyTwoBit@4", "BuiltInPoolIdentity@6");
        assertThat(warned.get(1).checks())
                .filteredOn(x -> x.result() != Audit.Result.PASS)
                .extracting(x -> x.id() + "@" + x.evidence().get(0).line())
                .containsExactly("HttpsBinding@7");

        // isolation mode not written down: the IIS 10 verdict is Unknown, never Ready by assumption
        IisConfig unset = Fixtures.model(
                metabase(SMALL_SERVER.formatted("", "").replace("IIs5IsolationModeEnabled=\"FALSE\"", "")));
        assertThat(new Audit(unset, java.util.Optional.empty())
                        .run()
                        .sites()
                        .get(0)
                        .readiness())
                .extracting(x -> x.target() + "=" + x.verdict())
                .containsExactly("IIS 10=Unknown", "Azure App Service=Ready");
    }

    @Test
    void networkServicePoolsGetAdviceForAfterTheMoveThatLeavesTheVerdictAlone() {
        // IIS-102 does not judge NetworkService on IIS 6 (its recommended identity): the move to
        // ApplicationPoolIdentity is the audit's
        List<Audit.Readiness> r = readinessOfTheOnlySite("", "");
        assertThat(r.get(0).verdict()).isEqualTo(Audit.Verdict.Ready);
        assertThat(r.get(0).checks())
                .filteredOn(x -> x.result() != Audit.Result.PASS)
                .extracting(x ->
                        x.id() + " " + x.result() + "@" + x.evidence().get(0).line() + ": " + x.detail())
                .containsExactly(
                        "BuiltInPoolIdentity INFO@6: pools run as NetworkService or LocalService, accounts every such pool shares:"
                                + " after the move, give each pool its own identity with ApplicationPoolIdentity (the IIS 7.5+ default)");
        IisConfig c = Fixtures.model(metabase(SMALL_SERVER.formatted("", "")));
        assertThat(new AuditReportText(c).text())
                .contains("      info BuiltInPoolIdentity: pools run as NetworkService or LocalService");
    }

    /** The audit's text report of one configuration. */
    private record AuditReportText(IisConfig config) {
        String text() {
            java.io.StringWriter w = new java.io.StringWriter();
            try {
                new io.iislint.audit.TextAuditReport()
                        .write(List.of(new Audit(config, java.util.Optional.empty()).run()), List.of(), w);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return w.toString();
        }
    }

    @Test
    void uncContentIsFoundInEveryWayWindowsWritesIt() {
        for (String path : new String[] {"\\\\files\\web", "\\\\?\\UNC\\files\\web", "\\\\?\\unc\\files\\web"}) {
            IisConfig c = Fixtures.model(metabase(SMALL_SERVER.formatted("", "").replace("D:\\Sites\\Web", path)));
            assertThat(c.sites()
                            .get(0)
                            .applications()
                            .get(0)
                            .virtualDirectories()
                            .get(0)
                            .physicalPath())
                    .startsWith("\\\\");
            var azure = new Audit(c, java.util.Optional.empty())
                    .run()
                    .sites()
                    .get(0)
                    .readiness()
                    .get(1);
            assertThat(azure.checks())
                    .filteredOn(x -> x.id().equals("VirtualDirectory"))
                    .extracting(Audit.Check::result)
                    .as(path)
                    .containsExactly(Audit.Result.FAIL);
        }
        // a local path in the \\?\ long-path form is not a share
        IisConfig local = Fixtures.model(
                metabase(SMALL_SERVER.formatted("", "").replace("D:\\Sites\\Web", "\\\\?\\D:\\Sites\\Web")));
        assertThat(new Audit(local, java.util.Optional.empty())
                        .run()
                        .sites()
                        .get(0)
                        .readiness()
                        .get(1)
                        .checks())
                .filteredOn(x -> x.id().equals("VirtualDirectory"))
                .extracting(Audit.Check::result)
                .containsExactly(Audit.Result.PASS);
    }

    @Test
    void customPropertyElementsCountAsIfWrittenOnTheirKey() {
        String custom = """
                <IIsWebService Location="/LM/W3SVC" IIs5IsolationModeEnabled="FALSE">
                  <Custom Name="UnknownName_2166" ID="2166" Value="1" Type="DWORD" UserType="IIS_MD_UT_SERVER" Attributes="NO_ATTRIBUTES" />
                </IIsWebService>
                <IIsWebVirtualDir Location="/LM/W3SVC/1/ROOT" AppRoot="/LM/W3SVC/1/ROOT" Path="D:\\Web" AccessFlags="AccessRead">
                  <Custom Name="AspEnableParentPaths" ID="7008" Value="TRUE" Type="DWORD" UserType="IIS_MD_UT_FILE" Attributes="INHERIT" />
                  <Custom Name="AccessFlags" ID="6016" Value="AccessRead | AccessWrite | AccessScript" Type="DWORD" />
                </IIsWebVirtualDir>
                <IIsWebServer Location="/LM/W3SVC/1" ServerComment="Web" ServerBindings=":80:" />""";
        IisConfig c = Fixtures.model(metabase(custom));
        assertThat(Fixtures.lint(metabase(custom)))
                .filteredOn(f -> f.ruleId().startsWith("IIS-4")
                        || f.ruleId().equals("IIS-001")
                        || f.ruleId().equals("IIS-503"))
                .extracting(f -> f.ruleId() + "@" + f.location().line() + ":"
                        + f.location().column())
                .as(
                        "parent paths come from the Custom element's Value; the key's own AccessFlags wins over a Custom copy;"
                                + " script errors go to the browser by IIS 6 default")
                .containsExactly("IIS-402@4:1", "IIS-401@8:49");
        WebServerScope root = c.scopes().stream()
                .filter(x -> x.path().equalsIgnoreCase("/LM/W3SVC/1/ROOT"))
                .findFirst()
                .orElseThrow();
        assertThat(root.asp().enableParentPaths().orElse(null)).isTrue();
    }

    @Test
    void fcgiextSettingsCountOnlyForTheSitesTheirTypesEntriesReach() throws Exception {
        IisConfig ini = new FcgiextReader().read("fcgiext.ini", """
                [Types]
                php:3=PHP
                pl=Perl
                [PHP]
                ExePath=C:\\php\\php-cgi.exe
                ResponseBufferLimit=0
                [Perl]
                ExePath=C:\\perl\\perl.exe
                [Unused]
                ExePath=C:\\x.exe
                IgnoreDirectories=1
                """);
        List<io.iislint.model.Iis6.FcgiextSetting> settings =
                ini.iis6().orElseThrow().fcgiextSettings();
        assertThat(settings)
                .extracting(x -> x.section() + "." + x.key() + " " + x.mappedBy())
                .containsExactly("PHP.ResponseBufferLimit [php:3]", "Unused.IgnoreDirectories []");
        String fcgi = "ScriptMaps=\".php,C:\\WINDOWS\\system32\\inetsrv\\fcgiext.dll,5,GET,HEAD,POST\"";
        IisConfig mb = Fixtures.model(metabase("""
                <IIsWebService Location="/LM/W3SVC" IIs5IsolationModeEnabled="FALSE" %s />
                <IIsApplicationPool Location="/LM/W3SVC/AppPools/Web" AppPoolIdentityType="2" />
                <IIsWebServer Location="/LM/W3SVC/1" ServerComment="One" ServerBindings=":80:one" />
                <IIsWebVirtualDir Location="/LM/W3SVC/1/ROOT" AppRoot="/LM/W3SVC/1/ROOT" AppPoolId="Web" Path="D:\\One" />
                <IIsWebServer Location="/LM/W3SVC/3" ServerComment="Three" ServerBindings=":80:three" />
                <IIsWebVirtualDir Location="/LM/W3SVC/3/ROOT" AppRoot="/LM/W3SVC/3/ROOT" AppPoolId="Web" Path="D:\\Three" />""".formatted(fcgi)));
        Audit.Report r = new Audit(mb, java.util.Optional.of(settings)).run();
        assertThat(r.sites())
                .extracting(x -> x.site().name() + ":"
                        + x.readiness().get(0).checks().stream()
                                .filter(c -> c.id().equals("FcgiextSettings"))
                                .map(c -> c.result() + " " + c.evidence())
                                .findFirst()
                                .orElseThrow())
                .containsExactly("One:PASS []", "Three:WARN [fcgiext.ini:6:1]");
    }

    @Test
    void aSiteSeesTheScriptMapsItsOwnKeysReplaceTheServiceListWith() {
        IisConfig c = Fixtures.model(metabase("""
                <IIsWebService Location="/LM/W3SVC" ScriptMaps=".asp,C:\\WINDOWS\\system32\\inetsrv\\asp.dll,5,GET,HEAD,POST" />
                <IIsApplicationPool Location="/LM/W3SVC/AppPools/Web" AppPoolIdentityType="2" />
                <IIsWebServer Location="/LM/W3SVC/1" ServerComment="Php" ServerBindings=":80:php" />
                <IIsWebVirtualDir Location="/LM/W3SVC/1/ROOT" AppRoot="/LM/W3SVC/1/ROOT" AppPoolId="Web" Path="D:\\Php"
                    ScriptMaps=".php,C:\\WINDOWS\\system32\\inetsrv\\fcgiext.dll,5,GET,HEAD,POST" />
                <IIsWebDirectory Location="/LM/W3SVC/1/ROOT/legacy"
                    ScriptMaps=".asp,C:\\WINDOWS\\system32\\inetsrv\\asp.dll,5,GET,HEAD,POST
                        .php,C:\\WINDOWS\\system32\\inetsrv\\fcgiext.dll,5,GET,HEAD,POST" />
                <IIsWebServer Location="/LM/W3SVC/2" ServerComment="Asp" ServerBindings=":80:asp" />
                <IIsWebVirtualDir Location="/LM/W3SVC/2/ROOT" AppRoot="/LM/W3SVC/2/ROOT" AppPoolId="Web" Path="D:\\Asp" />
                <IIsWebServer Location="/LM/W3SVC/3" ServerComment="Static" ServerBindings=":80:static" />
                <IIsWebVirtualDir Location="/LM/W3SVC/3/ROOT" AppRoot="/LM/W3SVC/3/ROOT" AppPoolId="Web" Path="D:\\Static" ScriptMaps="" />"""));
        assertThat(new Audit(c, java.util.Optional.empty()).run().sites())
                .extracting(x -> x.site().name() + " " + x.frameworks())
                .containsExactly("Php [FastCGI (IIS 6 extension), ASP]", "Asp [ASP]", "Static []");
    }
}
