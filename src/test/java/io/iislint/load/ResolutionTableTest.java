package io.iislint.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.iislint.model.IisConfig;
import io.iislint.model.Origin;
import io.iislint.model.Settings;
import io.iislint.model.Value;
import io.iislint.model.WebServerScope;
import io.iislint.source.InputError;
import io.iislint.xml.XmlReader;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The resolution table: each folder of {@code src/test/resources/resolution} is a server folder (an
 * applicationHost.config, web.config files at the sites' physical paths, framework configs), and each
 * {@code <!-- expect … -->} comment in one of its files says what IIS would use at that file's path:
 *
 * <pre>
 * &lt;!-- expect [location=REL] SECTION/ELEMENT/@ATTRIBUTE = VALUE; ORIGIN --&gt;
 * &lt;!-- expect [location=REL] collection SECTION/COLLECTION ADD KEY: K1, K2 --&gt;
 * </pre>
 *
 * ORIGIN is as reports describe it ("set at FILE:LINE", "inherited from LEVEL at FILE:LINE", "IIS default"), with files
 * named relative to the case's folder.
 */
class ResolutionTableTest {

    private static final Pattern VALUE =
            Pattern.compile("<!-- expect (?:location=(\\S+) )?(\\S+)/@(\\S+) = (.*?); (.*?) -->");
    private static final Pattern COLLECTION =
            Pattern.compile("<!-- expect (?:location=(\\S+) )?collection (\\S+) (\\S+) (\\S+): (.*?) -->");

    @TestFactory
    Stream<DynamicTest> everyExpectationHolds() throws IOException, URISyntaxException {
        Path root = Path.of(ResolutionTableTest.class.getResource("/resolution").toURI());
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> cases = Files.list(root).sorted()) {
            for (Path c : cases.toList()) tests.addAll(testsOf(c));
        }
        assertThat(tests).hasSizeGreaterThanOrEqualTo(20);
        return tests.stream();
    }

    private static List<DynamicTest> testsOf(Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        Loader loader = new Loader(new XmlReader());
        ServerFolders.Placed placed = ServerFolders.place(files, loader);
        List<DynamicTest> tests = new ArrayList<>();
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String rel = folder.relativize(file).toString().replace('\\', '/');
            Matcher v = VALUE.matcher(text);
            Matcher c = COLLECTION.matcher(text);
            if (!v.find() && !c.find()) continue;
            IisConfig config;
            try {
                config = loader.load(file, file.toString(), placed.of(file), placed.hierarchy(file, loader))
                        .config();
            } catch (InputError e) {
                throw new AssertionError(e.diagnostic(), e);
            }
            v.reset();
            while (v.find()) {
                String location = v.group(1) == null ? "" : v.group(1);
                String path = v.group(2), attribute = v.group(3), value = v.group(4), origin = v.group(5);
                tests.add(DynamicTest.dynamicTest(
                        folder.getFileName() + " " + rel + " " + location + " " + path + "/@" + attribute, () -> {
                            Value<String> got = settings(config, location).text(path, attribute);
                            assertThat(got.known()).as("the value").contains(value);
                            assertThat(describe(got.origin(), folder))
                                    .as("its origin")
                                    .isEqualTo(origin);
                        }));
            }
            c.reset();
            while (c.find()) {
                String location = c.group(1) == null ? "" : c.group(1);
                String path = c.group(2), add = c.group(3), key = c.group(4);
                List<String> keys = List.of(c.group(5).split(", "));
                tests.add(DynamicTest.dynamicTest(
                        folder.getFileName() + " " + rel + " " + location + " collection " + path, () -> {
                            List<String> got = settings(config, location).collection(path, add, key).stream()
                                    .map(e -> e.attribute(key))
                                    .toList();
                            assertThat(got).isEqualTo(keys);
                        }));
            }
        }
        return tests;
    }

    private static Settings settings(IisConfig config, String location) {
        for (WebServerScope s : config.scopes()) if (s.path().equals(location)) return s.settings();
        throw new AssertionError("no scope at <location path=\"" + location + "\"> in " + config.file());
    }

    private static String describe(Origin origin, Path folder) {
        String prefix = folder + java.io.File.separator;
        return origin.describe("").replace(prefix, "").replace('\\', '/');
    }
}
