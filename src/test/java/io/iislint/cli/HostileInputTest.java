package io.iislint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files built to hurt a parser, all linted in one run beside a normal file. Each must give one clear line and
 * exit code 2, touch no network (a loopback server counts requests), read no file it names, finish, and leave
 * every input byte-identical; the normal file is still linted.
 */
class HostileInputTest {
    @TempDir
    Path dir;

    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private String url;

    @BeforeEach
    void listen() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = "<!ENTITY leak \"LEAKED-OVER-HTTP\">".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        url = "http://" + server.getAddress().getHostString() + ":"
                + server.getAddress().getPort() + "/";
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
        return p;
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void everyHostileFileIsOneLineExit2AndNothingLeaks() throws Exception {
        Path secret = write("secret.txt", "TOP-SECRET-FILE-CONTENT");
        Map<Path, String> expected = new LinkedHashMap<>();
        String decl = "<?xml version=\"1.0\"?>\n";
        String doctype =
                "DOCTYPE declarations are not allowed in IIS configuration files (refused: they can read other files or exhaust memory)";
        expected.put(
                write(
                        "xxe-file.config",
                        decl + "<!DOCTYPE c [<!ENTITY x SYSTEM \"" + secret.toUri()
                                + "\">]>\n<configuration a=\"&x;\"/>"),
                "2:1: error: " + doctype);
        expected.put(
                write(
                        "xxe-http.config",
                        decl + "<!DOCTYPE c [<!ENTITY x SYSTEM \"" + url + "x\">]>\n<configuration a=\"&x;\"/>"),
                "2:1: error: " + doctype);
        expected.put(
                write(
                        "external-dtd.config",
                        decl + "<!DOCTYPE configuration SYSTEM \"" + url + "evil.dtd\">\n<configuration/>"),
                "2:1: error: " + doctype);
        expected.put(
                write(
                        "parameter-entity.config",
                        decl + "<!DOCTYPE c [<!ENTITY % p SYSTEM \"" + url + "p\"> %p;]>\n<configuration/>"),
                "2:1: error: " + doctype);
        expected.put(
                write(
                        "quadratic.config",
                        decl + "<!DOCTYPE c [<!ENTITY a \"" + "a".repeat(50_000) + "\">]>\n<configuration>"
                                + "&a;".repeat(50_000) + "</configuration>"),
                "2:1: error: " + doctype);
        expected.put(
                write("deep.config", "<a>".repeat(10_000) + "</a>".repeat(10_000)),
                "1:385: error: refused: elements nested more than 128 deep (the limit for a configuration file)");
        StringBuilder big = new StringBuilder("<configuration a=\"");
        big.append("x".repeat(50 << 20)).append("\"/>");
        expected.put(
                write("huge-attribute.config", big.toString()),
                "1:1: error: refused: an attribute value longer than 1048576 characters (the limit for a configuration file)");
        big = new StringBuilder("<configuration");
        for (int i = 0; i < 100_000; i++) big.append(" a").append(i).append("=\"1\"");
        expected.put(
                write("many-attributes.config", big.append("/>").toString()),
                "1:1: error: refused: more than 512 attributes on one element (the limit for a configuration file)");
        expected.put(
                write(
                        "lying-bom.config",
                        concat(
                                new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                                "<configuration/>".getBytes(StandardCharsets.UTF_16LE))),
                "1:2: error: not well-formed XML: Unexpected character (CTRL-CHAR, code 0) in prolog, after '<'.");
        expected.put(
                write(
                        "double-bom.config",
                        concat(
                                new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF
                                },
                                "<configuration/>".getBytes(StandardCharsets.UTF_8))),
                "1:1: error: a second byte-order mark follows the first: save the file with one");
        expected.put(
                write("utf16-no-bom.config", "<configuration/>".getBytes(StandardCharsets.UTF_16LE)),
                "1:1: error: looks like UTF-16 without a byte-order mark, or binary data: save the file as UTF-8");
        expected.put(
                write("binary.config", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D}),
                "1:1: error: invalid UTF-8 byte sequence at byte offset 0");
        expected.put(write("empty.config", ""), "1:1: error: empty file");
        Path dirNamedLikeConfig = Files.createDirectory(dir.resolve("web.config"));
        expected.put(
                dirNamedLikeConfig,
                "1:1: error: no web.config, *.web.config, *_web.config, *applicationHost*.config, machine.config, *_machine.config, administration.config, redirection.config, MetaBase*.xml or fcgiext.ini (any case) found in"
                        + " this directory: lint files named otherwise with --include GLOB");
        Path fifo = dir.resolve("fifo.config");
        new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();
        expected.put(fifo, "1:1: error: is not a regular file (a pipe, socket or device)");
        Path tooBig = write("too-big.config", "<configuration>" + " ".repeat(2048) + "</configuration>");
        expected.put(
                tooBig,
                "1:1: error: file is 2079 bytes, larger than the limit of 2048 bytes (raise it with --max-file-size)");

        Path normal = dir.resolve("normal/applicationHost.config");
        Files.createDirectories(normal.getParent());
        Files.copy(Path.of("samples/risky/applicationHost.config"), normal);

        Map<Path, String> before = hashes();
        List<String> args = new ArrayList<>(List.of("check", "--max-file-size", "60000000"));
        for (Path p : expected.keySet()) if (!p.equals(tooBig)) args.add(p.toString());
        args.add(normal.toString());
        Cli r = Cli.run(args.toArray(String[]::new));

        assertThat(r.exit()).isEqualTo(2);
        List<String> expectedLines = new ArrayList<>();
        for (Map.Entry<Path, String> e : expected.entrySet())
            if (!e.getKey().equals(tooBig)) expectedLines.add(e.getKey() + ":" + e.getValue());
        assertThat(r.err().lines().toList()).containsExactlyInAnyOrderElementsOf(expectedLines);
        assertThat(r.out())
                .contains("IIS-101 application pool 'Shop'")
                .endsWith("67 findings (15 errors, 23 warnings, 29 info) in 1 file; 2 suppressed; "
                        + expectedLines.size() + " files could not be linted; no policy file.\n");
        assertThat(r.out() + r.err())
                .doesNotContain("TOP-SECRET")
                .doesNotContain("LEAKED")
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
        assertThat(requests.get()).as("requests the linter made to the network").isZero();

        Cli limited = Cli.run("check", "--max-file-size", "2048", tooBig.toString());
        assertThat(limited.exit()).isEqualTo(2);
        assertThat(limited.err()).isEqualTo(tooBig + ":" + expected.get(tooBig) + "\n");
        // a file that gives no size (0 under /proc) is held to the limit by what was read
        Path noSize = Path.of("/proc/self/maps");
        if (Files.exists(noSize)) { // Linux, as in CI
            Cli proc = Cli.run("check", "--max-file-size", "2048", noSize.toString());
            assertThat(proc.exit()).isEqualTo(2);
            assertThat(proc.err())
                    .matches("/proc/self/maps:1:1: error: file is \\d{4,} bytes, larger than the limit of 2048 bytes "
                            + "\\(raise it with --max-file-size\\)\n");
        }

        assertThat(hashes()).as("inputs after the run").isEqualTo(before);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void iis6FilesBuiltToHurtAreRefusedInOneLineOrLintedInBoundedTime() throws Exception {
        Map<Path, String> expected = new LinkedHashMap<>();
        expected.put(
                write("binary/fcgiext.ini", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0}),
                "1:1: error: invalid UTF-8 byte sequence at byte offset 0");
        expected.put(
                write("utf16/fcgiext.ini", "[Types]\nphp=PHP\n".getBytes(StandardCharsets.UTF_16LE)),
                "1:1: error: looks like UTF-16 without a byte-order mark, or binary data: save the file as UTF-8");
        expected.put(write("empty/fcgiext.ini", ""), "1:1: error: empty file");
        expected.put(
                write("double-bom/fcgiext.ini", "\ufeff\ufeff[Types]\nphp=PHP\n".getBytes(StandardCharsets.UTF_8)),
                "1:1: error: a second byte-order mark follows the first: save the file with one");
        expected.put(
                write("long-line/fcgiext.ini", "[Types]\n" + "x".repeat(5 << 20) + "\n"),
                "2:1: error: malformed line '" + "x".repeat(60) + "…': expected Key=Value or [Section]");
        expected.put(
                write("no-section/fcgiext.ini", "ExePath=C:\\php\\php-cgi.exe\n"),
                "1:1: error: 'ExePath=C:\\php\\php-cgi.exe' comes before any [Section]");
        expected.put(
                write("xml/fcgiext.ini", "<configuration/>\n"),
                "1:1: error: malformed line '<configuration/>': expected Key=Value or [Section]");
        expected.put(
                write(
                        "xxe/MetaBase.xml",
                        "<?xml version=\"1.0\"?>\n<!DOCTYPE c [<!ENTITY x SYSTEM \"" + url + "x\">]>\n"
                                + "<configuration><MBProperty><IIsWebService Location=\"/LM/W3SVC\" ServerComment=\"&x;\"/></MBProperty></configuration>"),
                "2:1: error: DOCTYPE declarations are not allowed in IIS configuration files (refused: they can read other files or exhaust memory)");

        // keys nested 2,000 deep (a 4 MB file): every value is resolved down the key path, which must stay linear
        StringBuilder deep = new StringBuilder(
                "<?xml version=\"1.0\"?>\n<configuration><MBProperty>\n"
                        + "<IIsWebService Location=\"/LM/W3SVC\" AspEnableParentPaths=\"TRUE\" />\n"
                        + "<IIsWebServer Location=\"/LM/W3SVC/1\" ServerComment=\"Deep\" ServerBindings=\":80:\" />\n"
                        + "<IIsWebVirtualDir Location=\"/LM/W3SVC/1/ROOT\" AppRoot=\"/LM/W3SVC/1/ROOT\" Path=\"D:\\Deep\" />\n");
        StringBuilder key = new StringBuilder("/LM/W3SVC/1/ROOT");
        for (int i = 0; i < 2000; i++)
            deep.append("<IIsWebDirectory Location=\"").append(key.append("/d")).append("\" />\n");
        Path deepFile = write(
                "deep/MetaBase.xml",
                deep.append("</MBProperty></configuration>\n").toString());

        Map<Path, String> before = hashes();
        List<String> args = new ArrayList<>(List.of("check", "--no-config"));
        for (Path p : expected.keySet()) args.add(p.toString());
        args.add(deepFile.toString());
        Cli r = Cli.run(args.toArray(String[]::new));
        assertThat(r.exit()).isEqualTo(2);
        List<String> lines = new ArrayList<>();
        for (Map.Entry<Path, String> e : expected.entrySet()) lines.add(e.getKey() + ":" + e.getValue());
        assertThat(r.err().lines().toList()).containsExactlyInAnyOrderElementsOf(lines);
        // the deep file is linted: parent paths set on /LM/W3SVC reach all 2,002 web keys, reported once where it is
        // set (and
        // so does the IIS 6 default of sending ASP script errors to the browser); without the pools key in the file,
        // DefaultAppPool is not called missing
        assertThat(r.out())
                .contains(deepFile + ":3:37: warning IIS-401 metabase key '/LM/W3SVC': ")
                .contains(deepFile + ":4:1: info IIS-1308 site 'Deep': has http bindings and no https binding")
                .contains(deepFile + ":4:59: info IIS-1307 site 'Deep': binding 'http/:80:' has no host name: ")
                .endsWith("4 findings (0 errors, 2 warnings, 2 info) in 1 file; " + lines.size()
                        + " files could not be linted; no policy file.\n");
        assertThat(r.out() + r.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(requests.get()).as("requests the linter made to the network").isZero();
        assertThat(hashes()).as("inputs after the run").isEqualTo(before);
    }

    /**
     * A file too large for the heap the JVM was given (here 24 MB, for a 6 MB config: a 3 MB one was linted now and then): one line saying so and how
     * to raise it, exit 2, and the other file is still linted, by {@code check} and by {@code audit}. Run in a JVM
     * of its own, so that the heap is small. {@code check} runs on two threads: the other file may run out of heap
     * too while the large one holds it, and must then be linted again on its own (LintRunTest checks that order
     * without depending on timing).
     */
    @Test
    @Timeout(180)
    void aFileTooLargeForTheHeapIsOneLineAndTheOthersAreLinted() throws Exception {
        Path big = io.iislint.bench.ConfigGenerator.write(
                dir.resolve("big/applicationHost.config"),
                io.iislint.bench.ConfigGenerator.applicationHost(4000, 4000, 7));
        Path normal = dir.resolve("normal/applicationHost.config");
        Files.createDirectories(normal.getParent());
        Files.copy(Path.of("samples/risky/applicationHost.config"), normal);
        Map<Path, String> before = hashes();
        String tooLarge = " (the JVM's heap limit is ";
        String raise = " MB; raise it, for example with JAVA_OPTS=-Xmx2g for the launcher or java -Xmx2g -jar)";

        Cli check = inSmallHeap("check", "--no-config", "--jobs", "2", big.toString(), normal.toString());
        assertThat(check.exit()).isEqualTo(2);
        assertThat(check.err().lines().toList())
                .singleElement()
                .asString()
                .startsWith(big + ":1:1: error: not enough memory to lint this file" + tooLarge)
                .endsWith(raise);
        assertThat(check.out())
                .contains("IIS-101 application pool 'Shop'")
                .endsWith(
                        "67 findings (15 errors, 23 warnings, 29 info) in 1 file; 2 suppressed; 1 file could not be linted; no policy file.\n");

        Cli audit = inSmallHeap("audit", big.toString(), normal.toString());
        assertThat(audit.exit()).isEqualTo(2);
        assertThat(audit.err().lines().toList())
                .singleElement()
                .asString()
                .startsWith(big + ":1:1: error: not enough memory to read this file" + tooLarge)
                .endsWith(raise);
        assertThat(audit.out())
                .startsWith("Audit of " + normal + " (applicationHost)\n")
                .doesNotContain(big.toString());

        assertThat(hashes()).as("inputs after the runs").isEqualTo(before);
    }

    /** Runs iislint in a JVM of its own with a 24 MB heap; its output files are deleted again. */
    private Cli inSmallHeap(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx24m",
                "-XX:+UseSerialGC",
                "-cp",
                System.getProperty("java.class.path"),
                "io.iislint.cli.Main"));
        command.addAll(List.of(args));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(command)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        assertThat(p.waitFor(100, TimeUnit.SECONDS)).isTrue();
        Cli r = new Cli(p.exitValue(), Files.readString(out), Files.readString(err));
        Files.delete(out);
        Files.delete(err);
        return r;
    }

    private Map<Path, String> hashes() throws Exception {
        Map<Path, String> h = new LinkedHashMap<>();
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                h.put(
                        p,
                        HexFormat.of()
                                .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
            }
        }
        return h;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = new byte[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
