package io.iislint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fix commands hold names and values from the configuration: each is quoted for the shell that runs the command
 * (cmd.exe for appcmd and adsutil.vbs, PowerShell), so that a hostile or merely odd name never runs a second
 * command when the fix is pasted. Where cmd.exe cannot carry a value (a double quote, %, !, a control character),
 * the appcmd or adsutil line says why it is not given, as a comment the shell ignores, and points elsewhere.
 */
class FixCommandQuotingTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    /** The fixes of one rule's findings in a file, by subject name: [appcmd, powershell, adsutil]. */
    private static Map<String, List<String>> fixes(Path file, String rule) throws IOException {
        Cli r = Cli.run("check", "--no-config", "--select", rule, "-f", "json", file.toString());
        assertThat(r.err()).isEmpty();
        Map<String, List<String>> byName = new LinkedHashMap<>();
        for (JsonNode f : new ObjectMapper().readTree(r.out()).get("findings")) {
            JsonNode fix = f.get("fix");
            byName.put(
                    f.at("/subject/name").asText(),
                    List.of(
                            fix.path("appcmd").asText(""),
                            fix.path("powershell").asText(""),
                            fix.path("adsutil").asText("")));
        }
        return byName;
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }

    @Test
    void hostilePoolNamesAreQuotedForCmdAndPowerShell() throws IOException {
        List<String> names = List.of(
                "y\" & shutdown /s /t 0 & \"",
                "z‘; Stop-Computer; echo ‘",
                "a & calc.exe & b",
                "%PATH%",
                "$(calc) `calc`",
                "x'; calc; '",
                "Hi!",
                "q’\"");
        StringBuilder pools = new StringBuilder();
        for (String n : names)
            pools.append("<add name=\"")
                    .append(xml(n))
                    .append("\"><processModel identityType=\"LocalSystem\"/></add>\n");
        Path config = write(
                "applicationHost.config",
                "<configuration><system.applicationHost><applicationPools>\n" + pools
                        + "</applicationPools></system.applicationHost></configuration>\n");
        Map<String, List<String>> fixes = fixes(config, "IIS-101");
        String appcmd = "appcmd set apppool /apppool.name:\"%s\" /processModel.identityType:ApplicationPoolIdentity";
        String ps =
                "Set-ItemProperty -LiteralPath 'IIS:\\AppPools\\%s' -Name processModel.identityType -Value ApplicationPoolIdentity";
        String noAppcmd = "rem no appcmd command: the pool name holds %s; use the PowerShell command";
        assertThat(fixes.get(names.get(0)))
                .containsExactly(
                        String.format(noAppcmd, "a double quote, which cmd.exe cannot quote"),
                        String.format(ps, "y\" & shutdown /s /t 0 & \""),
                        "");
        assertThat(fixes.get(names.get(1)))
                .containsExactly(
                        String.format(appcmd, "z‘; Stop-Computer; echo ‘"),
                        String.format(ps, "z‘‘; Stop-Computer; echo ‘‘"),
                        "");
        assertThat(fixes.get(names.get(2)))
                .containsExactly(String.format(appcmd, "a & calc.exe & b"), String.format(ps, "a & calc.exe & b"), "");
        assertThat(fixes.get(names.get(3)))
                .containsExactly(
                        String.format(noAppcmd, "a percent sign, which cmd.exe expands even inside quotes"),
                        String.format(ps, "%PATH%"),
                        "");
        assertThat(fixes.get(names.get(4)))
                .containsExactly(String.format(appcmd, "$(calc) `calc`"), String.format(ps, "$(calc) `calc`"), "");
        assertThat(fixes.get(names.get(5)))
                .containsExactly(String.format(appcmd, "x'; calc; '"), String.format(ps, "x''; calc; ''"), "");
        assertThat(fixes.get(names.get(6)))
                .containsExactly(
                        String.format(
                                noAppcmd,
                                "an exclamation mark, which cmd.exe expands inside quotes when delayed expansion is on"),
                        String.format(ps, "Hi!"),
                        "");
        assertThat(fixes.get(names.get(7)))
                .containsExactly(
                        String.format(noAppcmd, "a double quote, which cmd.exe cannot quote"),
                        String.format(ps, "q’’\""),
                        "");
    }

    @Test
    void aPoolNameWithAControlCharacterGetsNoCommandThatWouldNotBeExact() throws IOException {
        Path config = write(
                "applicationHost.config",
                "<?xml version=\"1.1\"?><configuration><system.applicationHost><applicationPools>"
                        + "<add name=\"a&#10;b\"><processModel identityType=\"LocalSystem\"/></add>"
                        + "<add name=\"c&#x202E;d\"><processModel identityType=\"LocalSystem\"/></add></applicationPools></system.applicationHost></configuration>\n");
        Map<String, List<String>> fixes = fixes(config, "IIS-101");
        String why =
                "the pool name holds a control or invisible character, which a one-line command cannot show; make this change in IIS Manager";
        for (String name : List.of("a\nb", "c\u202Ed")) {
            assertThat(fixes.get(name))
                    .containsExactly("rem no appcmd command: " + why, "# no PowerShell command: " + why, "");
        }
    }

    @Test
    void handlerNamesInFiltersAreEscapedForDoubleQuotedPowerShellStrings() throws IOException {
        String handlers =
                "<add name=\"%s\" path=\"*.php\" verb=\"*\" modules=\"FastCgiModule\" scriptProcessor=\"C:\\php\\php-cgi.exe\" resourceType=\"File\"/>";
        Path config = write(
                "applicationHost.config",
                "<configuration><system.applicationHost/><system.webServer><handlers>"
                        + String.format(handlers, xml("h$(calc)`\"x"))
                        + String.format(handlers.replace("*.php", "*.php5"), xml("h$x"))
                        + String.format(handlers.replace("*.php", "*.php7"), xml("o'x"))
                        + "</handlers></system.webServer></configuration>\n");
        Map<String, List<String>> fixes = fixes(config, "IIS-301");
        String ps =
                "Set-WebConfigurationProperty -PSPath 'MACHINE/WEBROOT/APPHOST' -Filter \"system.webServer/handlers/add[@name='%s']\" -Name responseBufferLimit -Value 0";
        assertThat(fixes.get("h$(calc)`\"x"))
                .containsExactly(
                        "rem no appcmd command: the handler name holds a double quote, which cmd.exe cannot quote; use the PowerShell command",
                        String.format(ps, "h`$(calc)```\"x"),
                        "");
        assertThat(fixes.get("h$x"))
                .containsExactly(
                        "appcmd set config /section:system.webServer/handlers \"/[name='h$x'].responseBufferLimit:0\"",
                        String.format(ps, "h`$x"),
                        "");
        String apostrophe =
                "the handler name holds an apostrophe, which would end the quoted value in the command's filter;"
                        + " make this change in IIS Manager";
        assertThat(fixes.get("o'x"))
                .containsExactly("rem no appcmd command: " + apostrophe, "# no PowerShell command: " + apostrophe, "");
    }

    @Test
    void locationPathsAreQuotedLikeAnyOtherValue() throws IOException {
        String location =
                "<location path=\"%s\"><system.webServer><directoryBrowse enabled=\"true\"/></system.webServer></location>";
        Path config = write(
                "applicationHost.config",
                "<configuration><system.applicationHost/>" + String.format(location, xml("Shop\" & calc & \""))
                        + String.format(location, xml("Shop‘; calc; ‘")) + "</configuration>\n");
        Map<String, List<String>> fixes = fixes(config, "IIS-804");
        String ps =
                "Set-WebConfigurationProperty -PSPath 'MACHINE/WEBROOT/APPHOST' -Location '%s' -Filter 'system.webServer/directoryBrowse' -Name enabled -Value $false";
        assertThat(fixes.get("MACHINE/WEBROOT/APPHOST/Shop\" & calc & \""))
                .containsExactly(
                        "rem no appcmd command: the location path holds a double quote, which cmd.exe cannot quote; use the PowerShell command",
                        String.format(ps, "Shop\" & calc & \""),
                        "");
        assertThat(fixes.get("MACHINE/WEBROOT/APPHOST/Shop‘; calc; ‘"))
                .containsExactly(
                        "appcmd set config \"Shop‘; calc; ‘\" /section:system.webServer/directoryBrowse /enabled:false /commit:apphost",
                        String.format(ps, "Shop‘‘; calc; ‘‘"),
                        "");

        Path web = write(
                "site/web.config", "<configuration>" + String.format(location, "a'b&amp;c") + "</configuration>\n");
        assertThat(fixes(web, "IIS-804").values())
                .containsExactly(List.of(
                        "appcmd set config \"SITE/APP/a'b&c\" /section:system.webServer/directoryBrowse /enabled:false",
                        "Set-WebConfigurationProperty -PSPath 'IIS:\\Sites\\SITE\\APP\\a''b&c' -Filter 'system.webServer/directoryBrowse' -Name enabled -Value $false",
                        ""));
    }

    @Test
    void aBindingNeedingQuotesIsQuotedAsOneArgument() throws IOException {
        Path config = write(
                "applicationHost.config",
                "<configuration><system.applicationHost><sites><site name=\"S\" id=\"1\">"
                        + "<application path=\"/\"><virtualDirectory path=\"/\" physicalPath=\"C:\\s\"/></application>"
                        + "<bindings><binding protocol=\"http\" bindingInformation=\"*:x:a&amp;calc\"/></bindings></site></sites>"
                        + "</system.applicationHost></configuration>\n");
        assertThat(fixes(config, "IIS-903").get("S"))
                .containsExactly(
                        "appcmd set site /site.name:\"S\" \"/-bindings.[protocol='http',bindingInformation='*:x:a&calc']\"",
                        "Remove-WebConfigurationProperty -PSPath 'MACHINE/WEBROOT/APPHOST' -Filter \"system.applicationHost/sites/site[@name='S']/bindings\""
                                + " -Name '.' -AtElement @{protocol='http';bindingInformation='*:x:a&calc'}",
                        "");
    }

    @Test
    void metabaseKeysWithSpacesOrShellCharactersAreQuotedForAdsutil() throws IOException {
        String pool =
                "<IIsApplicationPool Location=\"/LM/W3SVC/AppPools/%s\" AppPoolIdentityType=\"0\"></IIsApplicationPool>";
        Path metabase = write(
                "MetaBase.xml",
                "<configuration xmlns=\"urn:microsoft-catalog:XML_Metabase_V64_0\"><MBProperty>"
                        + String.format(pool, "ShopPool") + String.format(pool, "My Pool")
                        + String.format(pool, "a &amp; calc.exe &amp; b")
                        + String.format(pool, "50%off") + "</MBProperty></configuration>\n");
        Map<String, List<String>> fixes = fixes(metabase, "IIS-101");
        assertThat(fixes.get("ShopPool"))
                .containsExactly("", "", "cscript adsutil.vbs SET W3SVC/AppPools/ShopPool/AppPoolIdentityType 2");
        assertThat(fixes.get("My Pool"))
                .containsExactly("", "", "cscript adsutil.vbs SET \"W3SVC/AppPools/My Pool/AppPoolIdentityType\" 2");
        assertThat(fixes.get("a & calc.exe & b"))
                .containsExactly(
                        "", "", "cscript adsutil.vbs SET \"W3SVC/AppPools/a & calc.exe & b/AppPoolIdentityType\" 2");
        assertThat(fixes.get("50%off"))
                .containsExactly(
                        "",
                        "",
                        "rem no adsutil command: the metabase key holds a percent sign,"
                                + " which cmd.exe expands even inside quotes; make this change in IIS Manager");
    }

    @Test
    void theBitnessFixSaysWhichWayToSwitchThePool() throws IOException {
        Map<String, List<String>> fixes = fixes(Path.of("samples/risky/applicationHost.config"), "IIS-205");
        assertThat(fixes.get("ReportRenderer-64"))
                .containsExactly(
                        "appcmd set apppool /apppool.name:\"Reports\" /enable32BitAppOnWin64:false",
                        "Set-ItemProperty -LiteralPath 'IIS:\\AppPools\\Reports' -Name enable32BitAppOnWin64 -Value $false",
                        "");
    }

    @Test
    void whereAppcmdIsNotGivenTheOtherFormatsShowThePowerShellCommand() throws IOException {
        Path config = write(
                "applicationHost.config",
                "<configuration><system.applicationHost><applicationPools>"
                        + "<add name=\"y&quot; &amp; calc\"><processModel identityType=\"LocalSystem\"/></add>"
                        + "</applicationPools></system.applicationHost></configuration>\n");
        String ps =
                "Set-ItemProperty -LiteralPath 'IIS:\\AppPools\\y\" & calc' -Name processModel.identityType -Value ApplicationPoolIdentity";
        Cli github = Cli.run("check", "--no-config", "--select", "IIS-101", "-f", "github", config.toString());
        assertThat(github.out()).contains("%0Afix: " + ps.replace("%", "%25") + "\n");
        JsonNode sarif = new ObjectMapper()
                .readTree(Cli.run("check", "--no-config", "--select", "IIS-101", "-f", "sarif", config.toString())
                        .out());
        assertThat(sarif.at("/runs/0/results/0/message/text").asText()).endsWith(" Fix: " + ps);
    }
}
