package io.iislint.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFinderTest {

    /**
     * README says what a directory is searched for in a bullet list, then once more exactly; --help gives
     * {@link InputFinder#SEARCHED} (its text is held by the help goldens). Both are the code's list, in its order.
     */
    @Test
    void readmeListsExactlyTheNamesSearchedFor() throws IOException {
        // the exact sentence may wrap: compare it with the text's lines joined
        String text = Files.readString(Path.of("README.md"));
        String exact = "The names searched for, exactly: "
                + String.join(
                        ", ",
                        InputFinder.PATTERNS.stream().map(p -> "`" + p + "`").toList()) + ".";
        assertThat(text.replaceAll("\\s*\\n\\s*", " ")).contains(exact);
        int start = text.indexOf("for files named, in any letter case:");
        int end = text.indexOf("The names searched for, exactly: ");
        assertThat(start).isPositive().isLessThan(end);
        // a bullet's continuation lines joined to it
        String bullets = text.substring(start, end).replaceAll("\\n  ", " ");
        java.util.List<String> named = new java.util.ArrayList<>();
        for (String line : bullets.lines().filter(l -> l.startsWith("- ")).toList()) {
            java.util.regex.Matcher code =
                    java.util.regex.Pattern.compile("`([^`]+)`").matcher(line);
            // the patterns a bullet names come before its first explanation (a colon or a bracket)
            while (code.find()) {
                String head = line.substring(0, code.start());
                if (head.contains(":") || head.contains("(")) break;
                named.add(code.group(1));
            }
        }
        assertThat(named).containsExactlyInAnyOrderElementsOf(InputFinder.PATTERNS);
        for (String p : InputFinder.PATTERNS) {
            // every pattern, as listed, matches a name it stands for (the * read as "web01")
            assertThat(InputFinder.isConfigName(Path.of(p.replace("*", "web01"))))
                    .as(p)
                    .isTrue();
            assertThat(InputFinder.isConfigName(Path.of(p.replace("*", "web01").toUpperCase(java.util.Locale.ROOT))))
                    .as(p)
                    .isTrue();
        }
    }

    private static List<String> found(Path dir, List<String> include, List<String> exclude) {
        return new InputFinder(include, exclude)
                .find(List.of(dir.toString())).files().stream()
                        .map(f -> dir.relativize(f).toString())
                        .toList();
    }

    @Test
    void aDirectoryIsSearchedForIisFileNamesAndTheNamesExportsGet(@TempDir Path dir) throws IOException {
        for (String name : List.of(
                "APPLICATIONHOST.CONFIG",
                "exports/web01.applicationHost.config",
                "exports/applicationHost_web02.config",
                "exports/SharedConfiguration_applicationHost.config",
                "iis6/MetaBase.xml",
                "iis6/MetaBase_web01.xml",
                "iis6/History/MetaBase_0000000042_0000000000.xml",
                "iis6/fcgiext.ini",
                "site/Web.config",
                "framework/machine.config",
                "inetsrv/administration.config",
                "exports/site1.web.config",
                "exports/Shop_Api_web.config",
                "exports/Framework64_v4.0.30319_Config_machine.config",
                // not searched for: backups, transforms, IIS 6's schema, and the framework's template copies
                "applicationHost.config.bak",
                "applicationHost.xdt",
                "site/Web.Release.config.xml",
                "iis6/History/MBSchema_0000000042_0000000000.xml",
                "framework/web.config.default",
                "framework/machine.config.default",
                "inetsrv/redirection.config",
                "exports/pools.xml",
                "exports/site1.web.config.bak",
                "exports/webweb.config")) {
            Path p = dir.resolve(name);
            Files.createDirectories(p.getParent());
            Files.writeString(p, "<configuration/>");
        }
        assertThat(found(dir, List.of(), List.of()))
                .containsExactly(
                        "APPLICATIONHOST.CONFIG",
                        "exports/Framework64_v4.0.30319_Config_machine.config",
                        "exports/SharedConfiguration_applicationHost.config",
                        "exports/Shop_Api_web.config",
                        "exports/applicationHost_web02.config",
                        "exports/site1.web.config",
                        "exports/web01.applicationHost.config",
                        "framework/machine.config",
                        "iis6/History/MetaBase_0000000042_0000000000.xml",
                        "iis6/MetaBase.xml",
                        "iis6/MetaBase_web01.xml",
                        "iis6/fcgiext.ini",
                        "inetsrv/administration.config",
                        "inetsrv/redirection.config",
                        "site/Web.config");
    }

    @Test
    void aDirectoryWithNoneOfThemSaysWhatWasSearchedForAndHowToNameOthers(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("pools.xml"), "<appcmd/>");
        String searched =
                "no web.config, *.web.config, *_web.config, *applicationHost*.config, machine.config, *_machine.config,"
                        + " administration.config, redirection.config, MetaBase*.xml or fcgiext.ini (any case) found"
                        + " in"
                        + " this directory";
        String howToNameOthers = ": lint files named otherwise with --include GLOB";
        assertThat(new InputFinder(List.of(), List.of())
                        .find(List.of(dir.toString()))
                        .missing())
                .containsExactly(new InputFinder.Missing(dir.toString(), searched + howToNameOthers));
        assertThat(new InputFinder(List.of(), List.of("*.xml"))
                        .find(List.of(dir.toString()))
                        .missing())
                .containsExactly(
                        new InputFinder.Missing(dir.toString(), searched + " (after --exclude)" + howToNameOthers));
        assertThat(new InputFinder(List.of("*.txt"), List.of())
                        .find(List.of(dir.toString()))
                        .missing())
                .containsExactly(
                        new InputFinder.Missing(dir.toString(), "no file matching --include found in this directory"));
        assertThat(new InputFinder(List.of("*.xml"), List.of("pools*"))
                        .find(List.of(dir.toString()))
                        .missing())
                .containsExactly(new InputFinder.Missing(
                        dir.toString(), "no file matching --include found in this directory (after --exclude)"));
    }
}
