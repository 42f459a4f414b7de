package io.iislint.iis6;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iislint.Fixtures;
import io.iislint.audit.Audit;
import io.iislint.model.ApplicationPool;
import io.iislint.model.IdentityType;
import io.iislint.model.IisConfig;
import io.iislint.model.Origin;
import io.iislint.model.RecycleEvent;
import io.iislint.model.Secret;
import io.iislint.model.TimeSpan;
import io.iislint.model.WebServerScope;
import io.iislint.rules.Finding;
import io.iislint.source.FileKind;
import io.iislint.source.InputError;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
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
        assertThat(shop.processModel().identityType().value()).isEqualTo(IdentityType.NetworkService);
        assertThat(shop.processModel().identityType().origin()).isInstanceOf(Origin.SetHere.class);
        assertThat(bare.processModel().identityType().value()).isEqualTo(IdentityType.LocalSystem);
        assertThat(bare.processModel().identityType().origin()).isEqualTo(new Origin.Inherited("/LM/W3SVC/AppPools",
                bare.processModel().identityType().location().orElseThrow()));
        assertThat(bare.processModel().identityType().location().orElseThrow().line()).isEqualTo(5);
        // a pool value missing on the pool and on /LM/W3SVC/AppPools comes from /LM/W3SVC
        assertThat(bare.processModel().idleTimeout().value()).isEqualTo(TimeSpan.ofMinutes(15));
        assertThat(((Origin.Inherited) bare.processModel().idleTimeout().origin()).from()).isEqualTo("/LM/W3SVC");
        // units: minutes, bit masks and names, multi-line schedules
        assertThat(shop.processModel().idleTimeout().value()).isEqualTo(TimeSpan.ofMinutes(45));
        assertThat(bare.recycling().periodicRestart().time().value()).isEqualTo(TimeSpan.ofMinutes(1740));
        assertThat(shop.recycling().logEventOnRecycle().value()).containsExactlyInAnyOrder(RecycleEvent.Time, RecycleEvent.Memory, RecycleEvent.PrivateMemory);
        assertThat(bare.recycling().logEventOnRecycle().value()).containsExactlyInAnyOrder(RecycleEvent.Time, RecycleEvent.Memory);
        assertThat(shop.recycling().periodicRestart().schedule().value()).containsExactly(TimeSpan.ofMinutes(180), TimeSpan.ofMinutes(930));
        assertThat(shop.metabaseKey()).contains("/LM/W3SVC/AppPools/Shop");
    }

    @Test
    void aValueNoKeySetsIsNotSetWhereIis6HasNoReliableDefault() {
        ApplicationPool bare = Fixtures.model(metabase("<IIsApplicationPool Location=\"/LM/W3SVC/AppPools/Bare\" />")).applicationPool("Bare").orElseThrow();
        assertThat(bare.queueLength().isSet()).isFalse();
        assertThat(bare.queueLength().origin().describe("x")).isEqualTo("not set on /LM/W3SVC/AppPools/Bare or any parent key");
        assertThat(bare.recycling().periodicRestart().time().isSet()).isFalse();
        assertThat(bare.processModel().pingingEnabled().isSet()).isFalse();
        // documented defaults are used: NetworkService, 20 minutes, rapid-fail on
        assertThat(bare.processModel().identityType().value()).isEqualTo(IdentityType.NetworkService);
        assertThat(bare.processModel().identityType().isDefault()).isTrue();
        assertThat(bare.processModel().idleTimeout().value()).isEqualTo(TimeSpan.ofMinutes(20));
        assertThat(bare.failure().rapidFailProtection().value()).isTrue();
        // and nothing is reported about what is not known
        assertThat(Fixtures.lint(metabase("<IIsApplicationPool Location=\"/LM/W3SVC/AppPools/Bare\" />"))).extracting(Finding::ruleId)
                .containsExactly("IIS-102", "IIS-202");
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
        assertThat(site.bindings()).extracting(b -> b.display()).containsExactly("http/:80:shop", "http/10.0.0.1:8080:", "https/:443:");
        assertThat(site.bindings()).extracting(b -> b.location().line()).containsExactly(6, 7, 7);
        assertThat(site.bindings().get(1).endpoint().orElseThrow().port()).isEqualTo(8080);
        assertThat(site.applications()).hasSize(1);
        var root = site.applications().get(0);
        assertThat(root.applicationPool().value()).isEqualTo("ShopPool");
        assertThat(root.virtualDirectories()).extracting(v -> v.path() + "=" + v.physicalPath()).containsExactly("/=D:\\shop", "/img=\\\\files\\img");
        assertThat(root.virtualDirectories().get(1).password()).isEqualTo(new Secret.Encrypted("IIS 6 metabase"));
        WebServerScope old = c.scopes().stream().filter(s -> s.path().equals("/LM/W3SVC/7/ROOT/old")).findFirst().orElseThrow();
        assertThat(old.asp().enableParentPaths().value()).isTrue();
        assertThat(old.handlers().accessPolicy().value()).hasSize(3);
        assertThat(((Origin.Inherited) old.handlers().accessPolicy().origin()).from()).isEqualTo("/LM/W3SVC/7/ROOT");
        assertThat(old.anonymousAuthentication().password().value()).isEqualTo(new Secret.ClearText(4));
        List<Finding> f = Fixtures.lint(metabase("<IIsWebService Location=\"/LM/W3SVC\" AnonymousUserName=\"IUSR_WEB01\" AnonymousUserPass=\"P4ss\" />"));
        assertThat(f).extracting(x -> x.ruleId() + "@" + x.location().line() + " " + x.fix().adsutil())
                .containsExactly("IIS-106@4 cscript adsutil.vbs SET W3SVC/AnonymousUserPass \"NEW_PASSWORD\"");
    }

    @Test
    void keysLinkByPathWhateverTheirOrderAndEvenWithoutTheirParentKey() {
        IisConfig c = Fixtures.model(metabase("""
                <IIsWebVirtualDir Location="/LM/W3SVC/1/ROOT/a/b" AppRoot="/LM/W3SVC/1/ROOT/a/b" AppPoolId="Deep" Path="C:\\b" />
                <IIsWebVirtualDir Location="/LM/W3SVC/1/ROOT/a/b/img" Path="C:\\img" />
                <IIsWebServer Location="/LM/W3SVC/1" ServerComment="S" ServerBindings=":80:" />
                <IIsWebVirtualDir Location="/LM/W3SVC/1/ROOT" AppRoot="/LM/W3SVC/1/ROOT" Path="C:\\r" />"""));
        // the child written before its parent, and /ROOT/a never written: still one site, two applications
        assertThat(c.sites().get(0).applications()).extracting(a -> a.path() + "=" + a.applicationPool().value() + " "
                        + a.virtualDirectories().stream().map(v -> v.path()).toList())
                .containsExactly("/=DefaultAppPool [/]", "/a/b=Deep [/, /img]");
    }

    @Test
    void encryptedMetabaseSecretsAreToldApartFromClearText() {
        assertThat(Secret.ofMetabase("4963446270000000220000004000000031b103f72f60cf45")).isInstanceOf(Secret.Encrypted.class);
        assertThat(Secret.ofMetabase("4963446")).isInstanceOf(Secret.ClearText.class);
        assertThat(Secret.ofMetabase("4963446270000000zz0000004000000031b103f72f60cf45")).isInstanceOf(Secret.ClearText.class);
        assertThat(Secret.ofMetabase("")).isEqualTo(Secret.EMPTY);
    }

    @Test
    void theIis6SampleTripsEachIis6RuleAtItsLine() throws Exception {
        List<Finding> f = Fixtures.lint(Files.readString(Path.of("samples/iis6/MetaBase.xml")));
        // values IIS 6 derives from flag bits and list lines are named as IIS 6 tools name them
        assertThat(f).extracting(Finding::message).contains(
                "ISAPI extensions missing from the allowed list (isapiCgiRestriction; Web Service Extensions on IIS 6) may run: any DLL a handler"
                        + " names is loaded (WebSvcExtRestrictionList(*.dll)=1 (allowed), set at line 43)",
                "directory browsing is on: folders without a default document list their files (EnableDirBrowsing=TRUE, set at line 125)",
                "a worker process using more than 50.0% CPU over 5 minutes is killed, and the pool stays down until the interval ends"
                        + " (CPUAction=1 (KillW3wp), set at line 191)");
        assertThat(f).extracting(x -> x.ruleId() + "@" + x.location().line()).contains(
                "IIS-108@25", "IIS-206@35", "IIS-801@43", "IIS-401@90", "IIS-403@91", "IIS-805@92", "IIS-803@97", "IIS-107@101",
                "IIS-106@121", "IIS-804@125", "IIS-402@130", "IIS-101@181", "IIS-103@177", "IIS-702@37");
        Finding iso = f.stream().filter(x -> x.ruleId().equals("IIS-206")).findFirst().orElseThrow();
        assertThat(iso.fix().adsutil()).isEqualTo("cscript adsutil.vbs SET W3SVC/IIs5IsolationModeEnabled FALSE");
        assertThat(iso.fix().appcmd()).isEmpty();
        Finding requests = f.stream().filter(x -> x.ruleId().equals("IIS-502")).findFirst().orElseThrow();
        assertThat(requests.message()).endsWith("(PeriodicRestartRequests=0, set at line 174)");
        assertThat(requests.configPath()).isEqualTo("/LM/W3SVC/AppPools/ShopPool/PeriodicRestartRequests");
        assertThat(requests.fix().adsutil()).isEqualTo("cscript adsutil.vbs SET W3SVC/AppPools/ShopPool/PeriodicRestartRequests 35000");
    }

    @Test
    void theCorpusMetabaseIsLintedWithoutError() throws Exception {
        Path corpus = Path.of("../shared/corpus/metabase/modSIC.metabaseSample.xml");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(corpus), "../shared beside the checkout");
        IisConfig c = Fixtures.model(Files.readString(corpus, StandardCharsets.UTF_8));
        assertThat(c.problems()).isEmpty();
        assertThat(c.sites()).extracting(s -> s.name()).containsExactly("Default Web Site"); // templates under /Info are not sites
        assertThat(c.applicationPools()).extracting(ApplicationPool::name).containsExactly("DefaultAppPool", "oval");
        assertThat(Fixtures.lint(Files.readString(corpus, StandardCharsets.UTF_8))).extracting(Finding::ruleId)
                .containsExactly("IIS-402", "IIS-102", "IIS-102", "IIS-504", "IIS-504", "IIS-202");
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
        assertThat(List.of(app.queueLength().value(), app.maxInstances().value(), app.idleTimeout().value(), app.activityTimeout().value(),
                app.requestTimeout().value(), app.instanceMaxRequests().value(), app.rapidFailsPerMinute().value(),
                app.signalBeforeTerminateSeconds().value())).containsExactly(999L, 8L, 300L, 30L, 90L, 200L, 10L, 5L);
        assertThat(app.flushNamedPipe().value()).isTrue();
        assertThat(app.protocol().display()).isEqualTo("NamedPipe");
        assertThat(app.stderrMode().display()).isEqualTo("ReturnGeneric500");
        assertThat(app.monitorChangesTo().value()).isEqualTo("C:\\php\\php.ini");
        assertThat(app.environmentVariables()).extracting(e -> e.name() + "=" + e.value()).containsExactly("PHP_FCGI_MAX_REQUESTS=500", "PHPRC=C:\\php");
        assertThat(c.scopes().get(0).handlers().mappings()).extracting(h -> h.path() + "->" + h.scriptProcessor())
                .containsExactly("*.php->C:\\php\\php-cgi.exe|-d x=1", "*.py->C:\\php\\php-cgi.exe|-d x=1");
        assertThat(Fixtures.lint(ini)).extracting(x -> x.ruleId() + "@" + x.location().line()).containsExactly(
                "IIS-307@17", "IIS-307@18", "IIS-307@19", "IIS-307@20", "IIS-308@21", "IIS-308@22", "IIS-308@23");
        Finding buffer = Fixtures.lint(ini).get(0);
        assertThat(buffer.fix().appcmd()).isEqualTo("appcmd set config /section:handlers \"/[name='PHP'].responseBufferLimit:0\"");
    }

    @Test
    void fcgiextMistakesAreFindingsOrOneClearError() {
        assertThat(Fixtures.lint("[Types]\nphp=Missing\n[PHP]\nExePath=C:\\php.exe\nColour=blue\n[PHP]\nExePath=x\n"))
                .extracting(x -> x.ruleId() + "@" + x.location().line() + " " + x.message()).containsExactly(
                        "IIS-001@2 'Missing' is not valid: maps .php to section [Missing], which does not exist: requests for it fail",
                        "IIS-303@3 no FastCGI handler in this file uses it (a site's web.config may: check before removing)",
                        "IIS-001@5 'blue' is not valid: unknown setting Colour: the FastCGI extension ignores it (a typo?)",
                        "IIS-001@6 section [PHP] is written twice (first at line 3): the extension reads only one of them");
        assertThatThrownBy(() -> new FcgiextReader().read("f.ini", "[Types]\nthis line has no equals sign\n"))
                .isInstanceOf(InputError.class).satisfies(e -> assertThat(((InputError) e).diagnostic())
                        .isEqualTo("f.ini:2:1: error: malformed line 'this line has no equals sign': expected Key=Value or [Section]"));
        assertThatThrownBy(() -> new FcgiextReader().read("f.ini", "ExePath=x\n"))
                .isInstanceOf(InputError.class).satisfies(e -> assertThat(((InputError) e).diagnostic())
                        .isEqualTo("f.ini:1:1: error: 'ExePath=x' comes before any [Section]"));
    }

    @Test
    void readinessRollsUpFailUnknownWarnPass() throws Exception {
        IisConfig c = Fixtures.model(Files.readString(Path.of("samples/iis6/MetaBase.xml")));
        Audit.Report r = new Audit(c, java.util.Optional.empty()).run();
        var shop = r.sites().stream().filter(s -> s.site().name().equals("Shop")).findFirst().orElseThrow();
        var azure = shop.readiness().stream().filter(x -> x.target().equals("Azure App Service")).findFirst().orElseThrow();
        assertThat(azure.verdict()).isEqualTo(Audit.Verdict.NotReady);
        assertThat(azure.checks()).filteredOn(x -> x.result() == Audit.Result.FAIL).extracting(Audit.Check::id)
                .containsExactly("AppPool", "AppPoolIdentity", "VirtualDirectory", "IsapiFilter");
        assertThat(azure.checks()).filteredOn(x -> x.id().equals("TcpPort")).extracting(x -> x.evidence().get(0).line()).containsExactly(82);
        // FastCGI is used, and no fcgiext.ini was audited with it: unknown, not pass
        var iis10 = shop.readiness().get(0);
        assertThat(iis10.checks()).filteredOn(x -> x.id().equals("FcgiextSettings")).extracting(Audit.Check::result).containsExactly(Audit.Result.UNKNOWN);
        // a clean IIS 7+ site with one pool, anonymous only, port 80: Unknown only because its web.config was not audited
        IisConfig clean = Fixtures.model(Fixtures.appHost("""
                <applicationPools><add name="A" /></applicationPools>
                <sites><site name="S" id="1"><application path="/" applicationPool="A"><virtualDirectory path="/" physicalPath="C:\\s" /></application>
                <bindings><binding protocol="http" bindingInformation="*:80:" /></bindings></site></sites>"""));
        var v = new Audit(clean, java.util.Optional.empty()).run().sites().get(0).readiness();
        assertThat(v).extracting(Audit.Readiness::target).containsExactly("Azure App Service");
        assertThat(v.get(0).verdict()).isEqualTo(Audit.Verdict.Unknown);
        assertThat(v.get(0).checks()).filteredOn(x -> x.result() != Audit.Result.PASS).extracting(Audit.Check::id).containsExactly("ConnectionStrings");
    }
}
