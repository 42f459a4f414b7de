package io.iislint.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFinderTest {

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
                // not searched for: backups, transforms, IIS 6's schema, and the framework's template copies
                "applicationHost.config.bak",
                "applicationHost.xdt",
                "site/Web.Release.config.xml",
                "iis6/History/MBSchema_0000000042_0000000000.xml",
                "framework/web.config.default",
                "framework/machine.config.default",
                "inetsrv/redirection.config",
                "exports/pools.xml")) {
            Path p = dir.resolve(name);
            Files.createDirectories(p.getParent());
            Files.writeString(p, "<configuration/>");
        }
        assertThat(found(dir, List.of(), List.of()))
                .containsExactly(
                        "APPLICATIONHOST.CONFIG",
                        "exports/SharedConfiguration_applicationHost.config",
                        "exports/applicationHost_web02.config",
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
                "no web.config, *applicationHost*.config, machine.config, administration.config, redirection.config, MetaBase*.xml or fcgiext.ini (any case) found"
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
