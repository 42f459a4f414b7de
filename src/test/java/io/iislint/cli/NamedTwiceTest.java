package io.iislint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file reached twice (named and inside a named folder, two spellings of its path, a link and its target) is
 * linted once, under the spelling that reached it first: the arguments in the order given, a folder's files in
 * sorted order.
 */
class NamedTwiceTest {
    @TempDir
    Path dir;

    private Path site;
    private Path config;

    @BeforeEach
    void site() throws IOException {
        site = Files.createDirectories(dir.resolve("site"));
        config = site.resolve("web.config");
        Files.writeString(
                config,
                "<configuration><system.applicationHost><applicationPools><add name=\"Shop\">"
                        + "<processModel identityType=\"LocalSystem\"/></add></applicationPools></system.applicationHost></configuration>\n");
    }

    /** The files a JSON report names, and how many findings it has. */
    private static List<String> files(Cli r) throws IOException {
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.at("/summary/findings").asInt())
                .isEqualTo(root.at("/files").size());
        return root.findValuesAsText("path");
    }

    private static Cli json(String... paths) {
        return Cli.run(
                Stream.concat(Stream.of("check", "--no-config", "--select", "IIS-101", "-f", "json"), Stream.of(paths))
                        .toArray(String[]::new));
    }

    @Test
    void aFileInANamedFolderAndNamedAgainIsLintedOnce() throws IOException {
        Cli text = Cli.run("check", "--no-config", "--select", "IIS-101", site.toString(), config.toString());
        assertThat(text.out().lines().filter(l -> !l.startsWith(" ")).toList())
                .containsExactly(
                        config
                                + ":1:89: error IIS-101 application pool 'Shop': the worker process runs as LocalSystem: code in this pool has full"
                                + " control of the server (identityType=LocalSystem, set at line 1)",
                        "1 finding (1 error, 0 warnings, 0 info) in 1 file; no policy file.");
        Cli sarif = Cli.run(
                "check", "--no-config", "--select", "IIS-101", "-f", "sarif", site.toString(), config.toString());
        assertThat(new ObjectMapper()
                        .readTree(sarif.out())
                        .at("/runs/0/results")
                        .size())
                .isEqualTo(1);
    }

    @Test
    void theFirstSpellingGivenIsTheOneReported() throws IOException {
        Path dotted = dir.resolve("site/./web.config");
        Path up = dir.resolve("site/../site/web.config");
        assertThat(files(json(dotted.toString(), config.toString(), up.toString())))
                .containsExactly(dotted.toString());
        assertThat(files(json(up.toString(), dotted.toString(), site.toString())))
                .containsExactly(up.toString());
        assertThat(files(json(site.toString(), dotted.toString()))).containsExactly(config.toString());
    }

    @Test
    void aLinkAndItsTargetAreOneFile() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("link.config"), config);
        assertThat(files(json(link.toString(), config.toString()))).containsExactly(link.toString());
        assertThat(files(json(config.toString(), link.toString()))).containsExactly(config.toString());
        // a folder reached through a link to it: its files are found twice in one walk
        Files.createSymbolicLink(dir.resolve("mirror"), site);
        assertThat(files(json(dir.toString())))
                .containsExactly(dir.resolve("mirror/web.config").toString());
    }

    @Test
    void twoFilesWithTheSameContentAreStillTwo() throws IOException {
        // hard links too: a backup tool that deduplicates identical exports links them, and each is its server's file
        Path other = Files.createDirectories(dir.resolve("other"));
        Files.copy(config, other.resolve("web.config"));
        Files.createDirectories(dir.resolve("third"));
        Files.createLink(dir.resolve("third/web.config"), config);
        assertThat(files(json(dir.toString())))
                .containsExactly(
                        other.resolve("web.config").toString(),
                        config.toString(),
                        dir.resolve("third/web.config").toString());
    }
}
