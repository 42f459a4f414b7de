package io.iislint.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SARIF's artifactLocation.uri is a relative reference to the file from the base: resolved back, it is the file. */
class SarifUriTest {
    @TempDir
    Path base;

    @Test
    void everyFileNameResolvesBackToItsFile() throws Exception {
        SarifReport sarif = new SarifReport(base);
        URI baseUri = base.toUri();
        List<String> names = List.of(
                "web01:8080/applicationHost.config",
                "C:x/applicationHost.config",
                "a\\b/applicationHost.config",
                "sp ace/#h%a?q/web.config",
                "[v6]/x;y=z/web.config",
                "é ü/日本/web.config",
                "new\nline/web.config",
                "a:b:c",
                "~u/'q'(p)!.config",
                "%41/web.config",
                "a..b/.x/web.config");
        for (String name : names) {
            Path file = base.resolve(name);
            String uri = sarif.uri(file.toString());
            URI parsed = new URI(uri);
            assertThat(parsed.isAbsolute()).as(uri).isFalse();
            assertThat(parsed.getRawPath())
                    .as(uri)
                    .isEqualTo(uri); // no query, no fragment: the whole reference is a path
            assertThat(Path.of(baseUri.resolve(parsed))).as(uri).isEqualTo(file);
        }
        assertThat(sarif.uri(base.resolve("web01:8080/applicationHost.config").toString()))
                .isEqualTo("web01%3A8080/applicationHost.config");
        assertThat(sarif.uri(base.resolve("a\\b/applicationHost.config").toString()))
                .isEqualTo("a%5Cb/applicationHost.config");
        assertThat(sarif.uri(
                        base.resolve("samples/risky/applicationHost.config").toString()))
                .isEqualTo("samples/risky/applicationHost.config");
        // outside the base: an absolute file URI, which resolves to the file as well
        Path outside = base.getParent().resolve("out side:1/a\\b.config");
        assertThat(Path.of(baseUri.resolve(new URI(sarif.uri(outside.toString())))))
                .isEqualTo(outside);
    }
}
