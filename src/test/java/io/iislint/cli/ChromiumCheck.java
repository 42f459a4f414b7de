package io.iislint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The HTML reports in a real browser: headless Chromium loads each sample's report from a file, and the checks read
 * what it built and did.
 *
 * <ul>
 *   <li>The document tree Chromium built ({@code --dump-dom}): only the reports' own elements and attributes, the
 *       charts' numbers equal to the JSON report's, the picture's nodes, the hostile names as text ({@link HtmlDom}).
 *   <li>The console ({@code --enable-logging=stderr --v=0} prints every console message as an {@code INFO:CONSOLE}
 *       line, a Content-Security-Policy violation included): none.
 *   <li>The network: Chromium's NetLog ({@code --log-net-log}) records every URL request the network service starts,
 *       with the network isolation key of the frame that asked for it; a request from the page has the page's site,
 *       {@code file://}, in its key (the browser's own background requests have none). None from any page.
 *   <li>A screenshot of each page at 1280 px wide, in {@code target/html-check/}, to look at.
 * </ul>
 *
 * Two pages built to fail show that each detector sees what it should: one whose policy refuses a style attribute,
 * an image and a script (three console lines), one without a policy that loads an image from 127.0.0.1 (one request
 * in the NetLog). Not a {@code *Test}: {@code mvn verify} does not run it; {@code .ci/run} does, after verify, with
 * {@code mvn surefire:test -Dtest=ChromiumCheck}. Without Chromium it fails, never skips.
 */
class ChromiumCheck {
    private static final Path OUT = Path.of("target", "html-check");
    private static String chromium;

    @BeforeAll
    static void findChromium() throws IOException {
        Optional<String> found = Optional.ofNullable(System.getenv("IISLINT_CHROMIUM"))
                .or(() -> onPath("chromium"))
                .or(() -> onPath("chromium-browser"));
        assertThat(found)
                .as("Chromium is needed to check the HTML reports: apt-get install chromium (or set IISLINT_CHROMIUM)")
                .isPresent();
        chromium = found.get();
        Files.createDirectories(OUT);
    }

    /** What Chromium made of one page: the document it built, its log and the requests it started for the page. */
    private record Loaded(Document dom, List<String> console, List<String> pageRequests) {}

    @Test
    void theCheckReportsOfTheSamples() throws Exception {
        String[][] samples = {
            {"risky", "samples/risky/applicationHost.config"},
            {"hardened", "samples/hardened/applicationHost.config"},
            {"server", "samples/server"},
            {"iis6", "samples/iis6"},
            {"hostile", HtmlDom.HOSTILE}
        };
        Map<String, Loaded> pages = new java.util.HashMap<>();
        for (String[] s : samples) {
            Loaded page = load(
                    s[0] + ".html", Cli.run("check", "--format", "html", s[1]).out(), 2400);
            assertQuiet(s[0], page);
            HtmlDom.assertInert(page.dom());
            HtmlDom.assertRollUpsMatch(
                    page.dom(), Cli.run("check", "--format", "json", s[1]).out());
            pages.put(s[0], page);
        }
        Loaded risky = pages.get("risky");
        assertThat(HtmlDom.nodes(risky.dom(), "site"))
                .containsExactly(
                        entry("Shop", "error"),
                        entry("Intranet", "error"),
                        entry("Legacy", "error"),
                        entry("Archive", "error"));
        assertThat(HtmlDom.nodes(risky.dom(), "pool")).containsKeys("Shop", "Api (not defined)", "Staging");
        assertThat(HtmlDom.nodes(risky.dom(), "account"))
                .contains(entry("LocalSystem", "error"), entry("IIS AppPool\\DefaultAppPool", "none"));
        assertThat(HtmlDom.bars(risky.dom(), "severity"))
                .containsExactly(entry("error", 15L), entry("warning", 23L), entry("info", 29L));
        Loaded hostile = pages.get("hostile");
        HtmlDom.assertShowsHostileNamesAsText(hostile.dom());
        assertThat(HtmlDom.nodes(hostile.dom(), "pool")).containsKey("<script>alert(1)</script>");
    }

    @Test
    void theAuditReports() throws Exception {
        for (String[] s : new String[][] {{"iis6.audit", "samples/iis6"}, {"hostile.audit", HtmlDom.HOSTILE}}) {
            Loaded page = load(
                    s[0] + ".html", Cli.run("audit", "--format", "html", s[1]).out(), 2400);
            assertQuiet(s[0], page);
            HtmlDom.assertInert(page.dom());
            HtmlDom.assertAuditRollUpMatches(
                    page.dom(), Cli.run("audit", "--format", "json", s[1]).out());
            if (s[0].startsWith("hostile")) HtmlDom.assertShowsHostileNamesAsText(page.dom());
        }
    }

    @Test
    void theDetectorsSeeAPolicyViolationAndARequest() throws Exception {
        Loaded refused = load(
                "control-csp.html",
                "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><meta http-equiv=\"Content-Security-Policy\""
                        + " content=\"default-src 'none'\"><title>control</title></head><body><p style=\"color:red\">x</p>"
                        + "<img src=\"https://example.invalid/x.png\"><script>document.title='ran'</script></body></html>",
                600);
        assertThat(refused.console()).hasSize(3).allMatch(l -> l.contains("Content Security Policy"));
        assertThat(refused.pageRequests()).isEmpty(); // refused before any request
        Loaded loading = load(
                "control-request.html",
                "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>control</title></head><body>"
                        + "<img src=\"http://127.0.0.1:9/x.png\"></body></html>",
                600);
        assertThat(loading.console()).isEmpty();
        assertThat(loading.pageRequests()).containsExactly("http://127.0.0.1:9/x.png");
    }

    private static void assertQuiet(String name, Loaded page) {
        assertThat(page.console()).as("console messages of %s", name).isEmpty();
        assertThat(page.pageRequests()).as("requests from %s", name).isEmpty();
    }

    /**
     * Writes the page to target/html-check, loads it in headless Chromium from its file:// URL (a fresh profile each
     * time), takes a screenshot 1280 px wide and {@code height} high, and reads the document Chromium built, its
     * console and the requests the page made.
     */
    private static Loaded load(String name, String html, int height) throws IOException, InterruptedException {
        Path page = OUT.resolve(name).toAbsolutePath();
        Files.writeString(page, html, StandardCharsets.UTF_8);
        String base = name.substring(0, name.length() - ".html".length());
        Path profile = Files.createTempDirectory("iislint-chromium");
        Path netlog = OUT.resolve(base + ".netlog.json").toAbsolutePath();
        Path log = OUT.resolve(base + ".log").toAbsolutePath();
        Path dom = OUT.resolve(base + ".dom.html").toAbsolutePath();
        List<String> command = List.of(
                chromium,
                "--headless",
                "--no-sandbox", // CI runs as root, where Chromium's sandbox cannot start
                "--disable-gpu",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--hide-scrollbars",
                "--user-data-dir=" + profile,
                "--enable-logging=stderr",
                "--v=0",
                "--log-net-log=" + netlog,
                "--window-size=1280," + height,
                "--screenshot=" + OUT.resolve(base + ".png").toAbsolutePath(),
                "--dump-dom",
                page.toUri().toString());
        Process p = new ProcessBuilder(command)
                .redirectOutput(dom.toFile())
                .redirectError(log.toFile())
                .start();
        try {
            assertThat(p.waitFor(90, TimeUnit.SECONDS))
                    .as("Chromium finished %s within 90 s", name)
                    .isTrue();
        } finally {
            p.destroyForcibly();
            deleteTree(profile);
        }
        assertThat(p.exitValue())
                .as("Chromium's exit code for %s (log: %s)", name, log)
                .isZero();
        List<String> console = new ArrayList<>();
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8))
            if (line.contains(":CONSOLE")) console.add(line);
        return new Loaded(HtmlDom.parse(Files.readString(dom, StandardCharsets.UTF_8)), console, pageRequests(netlog));
    }

    /** The URLs of the requests the NetLog records for a frame of a file:// page. */
    private static List<String> pageRequests(Path netlog) throws IOException {
        JsonNode root = new ObjectMapper().readTree(netlog.toFile());
        int startJob = root.get("constants")
                .get("logEventTypes")
                .get("URL_REQUEST_START_JOB")
                .asInt();
        List<String> urls = new ArrayList<>();
        for (Iterator<JsonNode> it = root.get("events").elements(); it.hasNext(); ) {
            JsonNode e = it.next();
            JsonNode params = e.get("params");
            if (e.get("type").asInt() != startJob || params == null || params.get("url") == null) continue;
            JsonNode key = params.get("network_isolation_key");
            if (key != null && key.asText().startsWith("file://"))
                urls.add(params.get("url").asText());
        }
        return urls;
    }

    private static Optional<String> onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path p = Path.of(dir, program);
            if (Files.isExecutable(p)) return Optional.of(p.toString());
        }
        return Optional.empty();
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(f);
        }
    }
}
