package io.iislint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A repository of exported configurations, one folder per server. */
class RepositoryScanTest {

    private static Path repository(Path root, int servers) throws IOException {
        for (int i = 1; i <= servers; i++) {
            Path server = Files.createDirectories(root.resolve(String.format("servers/WEB%02d", i)));
            Files.copy(
                    Path.of(
                            i % 2 == 0
                                    ? "samples/hardened/applicationHost.config"
                                    : "samples/risky/applicationHost.config"),
                    server.resolve(i % 3 == 0 ? "ApplicationHost.Config" : "applicationHost.config"));
            Files.createDirectories(server.resolve("sites/shop"));
            Files.copy(Path.of("samples/site/web.config"), server.resolve("sites/shop/web.config"));
            Files.writeString(server.resolve("notes.xml"), "<notes/>");
        }
        return root;
    }

    @Test
    void linkLoopsAndBrokenLinksAreReportedAndTheRestIsLinted(@TempDir Path dir) throws IOException {
        Path repo = repository(dir, 2);
        Files.createSymbolicLink(repo.resolve("servers/WEB01/loop"), repo.resolve("servers"));
        Files.createSymbolicLink(repo.resolve("servers/WEB02/web.config"), repo.resolve("servers/WEB02/gone.config"));
        Cli r = Cli.run("--format", "json", repo.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().lines().toList())
                .containsExactly(
                        repo.resolve("servers/WEB01/loop") + ":1:1: error: symbolic link loop: not followed",
                        repo.resolve("servers/WEB02/web.config") + ":1:1: error: broken symbolic link: skipped");
        assertThat(r.out()).contains("\"filesLinted\": 4,").contains("\"filesFailed\": 2,");
    }

    @Test
    void includeAndExcludeGlobsChooseTheFiles(@TempDir Path dir) throws IOException {
        Path repo = repository(dir, 3);
        Files.copy(Path.of("samples/risky/applicationHost.config"), repo.resolve("servers/WEB01/WEB01-export.config"));
        Cli all = Cli.run("-f", "json", repo.toString());
        assertThat(all.out())
                .contains("\"filesLinted\": 6,")
                .doesNotContain("WEB01-export.config")
                .doesNotContain("notes.xml");
        Cli exclude = Cli.run("-f", "json", "--exclude", "**/sites/**", repo.toString());
        assertThat(exclude.out()).contains("\"filesLinted\": 3,").doesNotContain("\"kind\": \"web.config\"");
        Cli include = Cli.run("-f", "json", "--include", "*-export.config", repo.toString());
        assertThat(include.out()).contains("\"filesLinted\": 1,").contains("WEB01-export.config");
        Cli none = Cli.run("--include", "*.nothing", repo.toString());
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).endsWith("error: no file matching --include found in this directory\n");
    }

    @Test
    void theReportIsTheSameWhateverTheThreadCount(@TempDir Path dir) throws IOException {
        Path repo = repository(dir, 12);
        for (String format : new String[] {"text", "json", "sarif", "junit"}) {
            Cli one = Cli.run("-f", format, "--jobs", "1", repo.toString());
            Cli many = Cli.run("-f", format, "--jobs", "8", repo.toString());
            assertThat(many.exit()).isEqualTo(one.exit()).isEqualTo(1);
            assertThat(many.out()).as(format).isEqualTo(one.out());
        }
        assertThat(Cli.run("-f", "json", repo.toString()).out()).contains("\"filesLinted\": 24,");
        assertThat(Cli.run("--jobs", "0", repo.toString()).exit()).isEqualTo(2);
    }
}
