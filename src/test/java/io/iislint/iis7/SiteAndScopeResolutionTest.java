package io.iislint.iis7;

import static io.iislint.Fixtures.model;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iislint.model.AccessFlag;
import io.iislint.model.BindingParser;
import io.iislint.model.IisConfig;
import io.iislint.model.Origin;
import io.iislint.model.Site;
import io.iislint.model.WebServerScope;
import io.iislint.source.FileKind;
import io.iislint.source.InputError;
import io.iislint.xml.XmlReader;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SiteAndScopeResolutionTest {

    private static final String SITES = """
            <configuration>
              <system.applicationHost>
                <sites>
                  <site name="A" id="1">
                    <application path="/" applicationPool="Own" />
                    <application path="/b" />
                    <applicationDefaults applicationPool="SitePool" />
                    <bindings>
                      <binding protocol="http" bindingInformation="*:80:a.example" />
                      <clear />
                      <binding protocol="https" bindingInformation="[::1]:443:" />
                    </bindings>
                  </site>
                  <site name="B" id="2"><application path="/" /></site>
                  <applicationDefaults applicationPool="ServerPool" />
                </sites>
              </system.applicationHost>
            </configuration>
            """;

    @Test
    void applicationPoolComesFromTheApplicationThenSiteThenServerDefaults() {
        IisConfig c = model(SITES);
        Site a = c.sites().get(0);
        assertThat(a.applications())
                .extracting(app -> app.path() + "=" + app.applicationPool().orElse(null) + "/"
                        + app.applicationPool().origin().describe("t.config"))
                .containsExactly(
                        "/=Own/set at line 5", "/b=SitePool/inherited from applicationDefaults of site 'A' at line 7");
        assertThat(c.sites()
                        .get(1)
                        .applications()
                        .get(0)
                        .applicationPool()
                        .origin()
                        .describe("t.config"))
                .isEqualTo("inherited from sites/applicationDefaults at line 15");
        String noDefaults = SITES.replace("<applicationDefaults applicationPool=\"ServerPool\" />", "");
        assertThat(model(noDefaults)
                        .sites()
                        .get(1)
                        .applications()
                        .get(0)
                        .applicationPool()
                        .orElse(null))
                .isEqualTo("DefaultAppPool");
        assertThat(model(noDefaults)
                        .sites()
                        .get(1)
                        .applications()
                        .get(0)
                        .applicationPool()
                        .isDefault())
                .isTrue();
    }

    @Test
    void bindingsHonourClearAndParseIpv6() {
        Site a = model(SITES).sites().get(0);
        assertThat(a.bindings()).singleElement().satisfies(b -> {
            assertThat(b.display()).isEqualTo("https/[::1]:443:");
            assertThat(b.endpoint()).contains(new Site.Endpoint("[::1]", 443, ""));
        });
    }

    static Stream<Arguments> bindings() {
        return Stream.of(
                Arguments.of("http", "*:80:", "ok"),
                Arguments.of("http", "*:80:WWW.Example.com", "ok"),
                Arguments.of("https", "10.1.2.3:443:shop", "ok"),
                Arguments.of("http", ":8080:", "ok"),
                Arguments.of("ftp", "*:21:", "ok"),
                Arguments.of("net.tcp", "808:*", "ok"),
                Arguments.of(
                        "http",
                        "*:80",
                        "expected ip:port:host (the host part may be empty, but its colon is required)"),
                Arguments.of("http", "*:0:", "'0' is not a port number from 1 to 65535"),
                Arguments.of("http", "*:70000:", "'70000' is not a port number from 1 to 65535"),
                Arguments.of("http", "300.1.1.1:80:", "'300.1.1.1' is not an IP address or *"),
                Arguments.of("http", "[::1:80:", "malformed IPv6 address; expected [address]:port:host"),
                Arguments.of("http", "*:80:bad host", "'bad host' is not a valid host name"),
                Arguments.of("http", "80", "expected ip:port:host, e.g. *:80:www.example.com"),
                Arguments.of("", "*:80:", "the binding has no protocol"),
                Arguments.of("http", "", "the binding has no bindingInformation"));
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @MethodSource("bindings")
    void bindingInformationIsValidated(String protocol, String info, String expected) {
        BindingParser.Result r = BindingParser.parse(protocol, info);
        assertThat(r.problem().orElse("ok")).isEqualTo(expected);
    }

    private static final String SCOPES = """
            <configuration>
              <system.applicationHost><sites /></system.applicationHost>
              <system.webServer>
                <asp enableParentPaths="true" />
                <handlers accessPolicy="Read, Script">
                  <add name="One" path="*.one" verb="*" modules="IsapiModule" />
                  <add name="Two" path="*.two" verb="*" modules="FastCgiModule" />
                </handlers>
              </system.webServer>
              <location path="Site">
                <system.webServer>
                  <handlers><remove name="One" /><add name="Three" path="*.3" verb="*" /></handlers>
                  <directoryBrowse enabled="true" />
                </system.webServer>
              </location>
              <location path="Site/app">
                <system.webServer>
                  <asp enableParentPaths="false" />
                  <handlers accessPolicy="Read"><clear /><add name="Four" path="*.4" verb="*" /></handlers>
                </system.webServer>
              </location>
              <location path="Other" inheritInChildApplications="false">
                <system.webServer><directoryBrowse enabled="true" /></system.webServer>
              </location>
              <location path="Other/child">
                <system.webServer><asp scriptErrorSentToBrowser="true" /></system.webServer>
              </location>
              <location path="">
                <system.webServer><directoryBrowse enabled="false" /></system.webServer>
              </location>
            </configuration>
            """;

    @Test
    void locationsInheritFromServerAndEnclosingLocations() {
        IisConfig c = model(SCOPES);
        assertThat(c.kind()).isEqualTo(FileKind.APPLICATION_HOST);
        assertThat(c.scopes())
                .extracting(WebServerScope::configPath)
                .containsExactly(
                        "MACHINE/WEBROOT/APPHOST",
                        "MACHINE/WEBROOT/APPHOST/Site",
                        "MACHINE/WEBROOT/APPHOST/Site/app",
                        "MACHINE/WEBROOT/APPHOST/Other",
                        "MACHINE/WEBROOT/APPHOST/Other/child");
        WebServerScope server = c.scopes().get(0);
        WebServerScope site = c.scopes().get(1);
        WebServerScope app = c.scopes().get(2);
        WebServerScope child = c.scopes().get(4);
        // collections: remove and add per level, clear wipes what was inherited
        assertThat(server.handlers().mappings())
                .extracting(WebServerScope.HandlerMapping::name)
                .containsExactly("One", "Two");
        assertThat(site.handlers().mappings())
                .extracting(WebServerScope.HandlerMapping::name)
                .containsExactly("Two", "Three");
        assertThat(app.handlers().mappings())
                .extracting(WebServerScope.HandlerMapping::name)
                .containsExactly("Four");
        // attributes: the most specific level wins, with its origin
        assertThat(site.asp().enableParentPaths().orElse(null)).isTrue();
        assertThat(site.asp().enableParentPaths().origin()).isInstanceOf(Origin.Inherited.class);
        assertThat(((Origin.Inherited) site.asp().enableParentPaths().origin()).from())
                .isEqualTo("the server level");
        assertThat(app.asp().enableParentPaths().orElse(null)).isFalse();
        assertThat(app.asp().enableParentPaths().origin()).isInstanceOf(Origin.SetHere.class);
        assertThat(app.handlers().accessPolicy().orElse(null)).isEqualTo(EnumSet.of(AccessFlag.Read));
        assertThat(app.directoryBrowse().enabled().orElse(null)).isTrue();
        assertThat(((Origin.Inherited) app.directoryBrowse().enabled().origin()).from())
                .isEqualTo("<location path=\"Site\">");
        // <location path=""> is the server level; inheritInChildApplications="false" stops at the child
        assertThat(server.directoryBrowse().enabled().orElse(null)).isFalse();
        assertThat(child.directoryBrowse().enabled().orElse(null)).isFalse();
        assertThat(child.asp().scriptErrorSentToBrowser().orElse(null)).isTrue();
        // the deepest declared scope governs an application path
        assertThat(c.scopeFor("site/APP/deeper")).contains(app);
        assertThat(c.scopeFor("Nowhere")).contains(server);
        assertThat(c.distinctHandlerMappings())
                .extracting(s -> s.scope().path() + ":" + s.entry().name())
                .containsExactly(":One", ":Two", "Site:Three", "Site/app:Four");
    }

    @Test
    void duplicateCollectionEntriesAreProblemsOfTheLevelThatWritesThem() {
        IisConfig c = model("""
                <configuration>
                  <system.webServer>
                    <handlers><add name="X" path="*" verb="*" /></handlers>
                  </system.webServer>
                  <location path="S">
                    <system.webServer><handlers><add name="X" path="*.x" verb="*" /></handlers></system.webServer>
                  </location>
                  <location path="S/a"><system.webServer><asp /></system.webServer></location>
                </configuration>
                """);
        assertThat(c.kind()).isEqualTo(FileKind.WEB_CONFIG);
        assertThat(c.problems()).singleElement().satisfies(p -> {
            assertThat(p.location().line()).isEqualTo(6);
            assertThat(p.message())
                    .isEqualTo("the collection already holds a handler with this name (first at t.config:3);"
                            + " IIS refuses duplicate entries: add a <remove> first");
        });
    }

    @Test
    void fragmentsAreLintedForWhatTheyHold() {
        IisConfig site = model(
                "<site name=\"Lone\" id=\"7\"><bindings><binding protocol=\"http\" bindingInformation=\"*:81:\" /></bindings></site>");
        assertThat(site.kind()).isEqualTo(FileKind.FRAGMENT);
        assertThat(site.sites()).extracting(Site::name).containsExactly("Lone");
        assertThat(site.applicationPoolsSection()).isEmpty();
        IisConfig loc = model(
                "<location path=\"S/x\"><system.webServer><directoryBrowse enabled=\"true\" /></system.webServer></location>");
        assertThat(loc.scopes())
                .extracting(WebServerScope::configPath)
                .containsExactly("MACHINE/WEBROOT/APPHOST", "MACHINE/WEBROOT/APPHOST/S/x");
        IisConfig section = model("<httpCompression directory=\"x\" />");
        assertThat(section.kind()).isEqualTo(FileKind.FRAGMENT);
        assertThat(section.fastCgiSection()).isEqualTo(Optional.empty());
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of(
                        "<configSchema><sectionSchema name='x'/></configSchema>",
                        "1:1",
                        "an IIS configuration schema (<configSchema>), not configuration: it declares settings and their defaults, there is nothing to lint"),
                Arguments.of(
                        "<?xml version='1.0'?>\n<catalog><book/></catalog>",
                        "2:1",
                        "not IIS configuration: the root element is <catalog>, expected <configuration> (or an IIS section such as <system.webServer>)"),
                Arguments.of(
                        "<configuration xmlns:xdt='http://schemas.microsoft.com/XML-Document-Transform'>\n<system.webServer>\n"
                                + "<proxy xdt:Transform='InsertIfMissing' /></system.webServer></configuration>",
                        "3:8",
                        "an XDT transform (xdt:Transform), not a configuration file: apply it to the configuration it transforms, then lint the result"));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("refused")
    void otherXmlIsRefusedWithOneReason(String xml, String position, String reason) {
        assertThatThrownBy(() -> new io.iislint.load.Loader(new XmlReader())
                        .parse("x.xml", xml.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InputError.class)
                .satisfies(e -> {
                    InputError ie = (InputError) e;
                    assertThat(ie.location().line() + ":" + ie.location().column())
                            .isEqualTo(position);
                    assertThat(ie.reason()).isEqualTo(reason);
                });
    }
}
