package io.iislint.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.iislint.model.IisConfig;
import io.iislint.model.WebServerScope;
import io.iislint.source.FileKind;
import io.iislint.source.InputError;
import io.iislint.xml.XmlReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The framework's and IIS Manager's configuration files are told apart from a site's web.config by what they hold. */
class FileKindsTest {

    private static IisConfig read(String name, String xml) throws InputError {
        return new Loader(new XmlReader())
                .parse(name, xml.getBytes(StandardCharsets.UTF_8))
                .config();
    }

    @Test
    void machineConfigDeclaresTheFrameworksSectionGroups() throws InputError {
        IisConfig c = read("machine.config", """
                <configuration>
                  <configSections>
                    <section name="appSettings" />
                    <sectionGroup name="system.web">
                      <section name="processModel" allowDefinition="MachineOnly" allowLocation="false" />
                    </sectionGroup>
                  </configSections>
                  <system.web><processModel autoConfig="true" /></system.web>
                </configuration>
                """);
        assertThat(c.kind()).isEqualTo(FileKind.MACHINE_CONFIG);
        assertThat(c.scopes()).extracting(WebServerScope::configPath).containsExactly("MACHINE");
        assertThat(c.scopes()
                        .get(0)
                        .settings()
                        .bool("system.web/processModel", "autoConfig")
                        .is(true))
                .isTrue();
    }

    @Test
    void theRootWebConfigDefinesTheFullTrustLevel() throws InputError {
        IisConfig c = read("web.config", """
                <configuration>
                  <location allowOverride="true">
                    <system.web>
                      <securityPolicy><trustLevel name="Full" policyFile="internal" /></securityPolicy>
                      <trust level="Full" />
                    </system.web>
                  </location>
                </configuration>
                """);
        assertThat(c.kind()).isEqualTo(FileKind.ROOT_WEB_CONFIG);
        assertThat(c.scopes()).extracting(WebServerScope::configPath).containsExactly("MACHINE/WEBROOT");
    }

    @Test
    void aSitesOwnTrustLevelsDoNotMakeItTheRootWebConfig() throws InputError {
        IisConfig c = read("web.config", """
                <configuration>
                  <system.web>
                    <securityPolicy><trustLevel name="Custom" policyFile="custom_trust.config" /></securityPolicy>
                    <trust level="Custom" />
                  </system.web>
                </configuration>
                """);
        assertThat(c.kind()).isEqualTo(FileKind.WEB_CONFIG);
    }

    @Test
    void administrationConfigDeclaresModuleProvidersAndHasNoScopeToJudge() throws InputError {
        IisConfig c = read("administration.config", """
                <configuration>
                  <configSections>
                    <section name="moduleProviders" allowDefinition="MachineToWebRoot" allowLocation="false" />
                  </configSections>
                  <moduleProviders><add name="Modules" type="x" /></moduleProviders>
                </configuration>
                """);
        assertThat(c.kind()).isEqualTo(FileKind.ADMINISTRATION);
        assertThat(c.scopes()).isEmpty();
    }
}
