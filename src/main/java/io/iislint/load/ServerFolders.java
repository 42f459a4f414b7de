package io.iislint.load;

import io.iislint.iis7.Hierarchy;
import io.iislint.model.ApplicationPool;
import io.iislint.model.IisConfig;
import io.iislint.model.SectionLocks;
import io.iislint.model.Site;
import io.iislint.model.WebConfigPlace;
import io.iislint.source.FileKind;
import io.iislint.source.InputError;
import io.iislint.xml.XmlElement;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Places web.config files on the sites of the servers among the inputs, by the export layout README documents
 * ("Linting a server"): the folder holding an applicationHost.config is the server's, and a physical path
 * {@code C:\inetpub\wwwroot\shop} is its subfolder {@code C/inetpub/wwwroot/shop} (letter case ignored, as on
 * Windows). A web.config in such a folder, or below it, belongs to the site and URL path that folder serves; the
 * most specific virtual directory wins, as in IIS.
 */
public final class ServerFolders {
    private ServerFolders() {}

    /**
     * The places of the web.config files that have one, by the path they were found under, and the
     * applicationHost.config files read to place them (so that their lint need not read them again).
     */
    public static final class Placed {
        private final Map<Path, List<WebConfigPlace>> places;
        private final Map<Path, Loader.Loaded> servers;
        private final Map<Path, Above> above;
        private final Map<Path, Optional<XmlElement>> roots = new java.util.concurrent.ConcurrentHashMap<>();
        /** The files each root above is written in, computed once: a server's root is above every web.config. */
        private final Map<Path, java.util.Set<String>> sources = new java.util.concurrent.ConcurrentHashMap<>();

        /** The files of a server's that sit on no site (framework configs, redirection.config), by that server. */
        private final Map<Path, Path> serverFiles;

        Placed(
                Map<Path, List<WebConfigPlace>> places,
                Map<Path, Loader.Loaded> servers,
                Map<Path, Above> above,
                Map<Path, Path> serverFiles) {
            this.places = places;
            this.servers = servers;
            this.above = above;
            this.serverFiles = serverFiles;
        }

        /**
         * The applicationHost.config whose server {@code file} belongs to without sitting on a site: a framework
         * config below the server folder, a redirection.config or administration.config beside it.
         */
        public Optional<Path> serverOf(Path file) {
            return Optional.ofNullable(serverFiles.get(file));
        }

        public Map<Path, List<WebConfigPlace>> places() {
            return places;
        }

        public List<WebConfigPlace> of(Path file) {
            return places.getOrDefault(file, List.of());
        }

        /** The server read to place web.config files, handed over once: a second call gives nothing. */
        public synchronized Optional<Loader.Loaded> take(Path file) {
            return Optional.ofNullable(servers.remove(file));
        }

        /**
         * The files above a placed web.config among the inputs (its framework configs, its server's
         * applicationHost.config, the web.config files of the folders above it), read as needed; nothing for a file
         * placed nowhere. A file above that cannot be read is left out: its own lint reports why.
         */
        public Hierarchy hierarchy(Path web, Loader loader) {
            Above a = above.get(web);
            if (a == null) return Hierarchy.NONE;
            List<Hierarchy.Above> files = new ArrayList<>();
            java.util.Set<String> written = new java.util.HashSet<>();
            for (Step step : a.steps()) {
                Optional<XmlElement> root = step.root().isPresent()
                        ? step.root()
                        : roots.computeIfAbsent(step.file(), f -> {
                            try {
                                return loader.root(f, f.toString());
                            } catch (InputError e) {
                                return Optional.empty();
                            }
                        });
                if (root.isEmpty()) continue;
                files.add(new Hierarchy.Above(step.label(), root.get(), step.path(), step.server()));
                written.addAll(sources.computeIfAbsent(step.file(), f -> Hierarchy.sourceFiles(root.get())));
            }
            return new Hierarchy(files, a.applicationPaths(), Optional.of(written));
        }
    }

    /** The files above one web.config, least specific first, and its site's applications. */
    record Above(List<Step> steps, List<String> applicationPaths) {}

    /** One file above: read already ({@code root}), or to read from {@code file}. */
    record Step(String label, Path file, Optional<XmlElement> root, String path, boolean server) {
        Step(String label, Path file, Optional<XmlElement> root, String path) {
            this(label, file, root, path, false);
        }
    }

    /** One virtual directory's folder: its site, its URL path, and the folder's segments below the server folder. */
    private record Mapping(
            Site site,
            List<String> applicationPaths,
            String urlPath,
            List<String> segments,
            Optional<WebConfigPlace.Ignored> ignored,
            Site.VirtualDirectory vdir) {}

    /**
     * The places of the web.config files among {@code files}. An applicationHost.config is read only when a
     * web.config lies below its folder; one that cannot be read places nothing (its own lint reports why).
     */
    public static Placed place(List<Path> files, Loader loader) {
        return place(files, loader, List.of());
    }

    /**
     * A site's content kept outside its server's folder (the policy file's {@code <content>}): the web.config files in
     * {@code folder} (absolute) and below it belong to {@code site} at URL path {@code path}.
     */
    public record Content(String site, String path, Path folder) {}

    /**
     * The same, with explicit content folders: a web.config in one is placed by it (the most specific folder
     * winning), whatever the physical paths say; the servers are then read even when no web.config lies below them.
     */
    public static Placed place(List<Path> files, Loader loader, List<Content> contents) {
        List<Path> webConfigs = new ArrayList<>();
        List<Path> rootWebConfigs = new ArrayList<>();
        List<Path> hosts = new ArrayList<>();
        List<Path> redirections = new ArrayList<>();
        for (Path f : files) {
            Path name = f.getFileName();
            if (name == null) continue;
            String n = name.toString().toLowerCase(Locale.ROOT);
            if (n.equals("web.config")) {
                // a framework's root web.config is above the sites, not in one
                boolean framework =
                        frameworkFolder(f.toAbsolutePath().normalize()).isPresent();
                if (!framework) webConfigs.add(f);
                else rootWebConfigs.add(f);
            } else if (n.contains("applicationhost") && n.endsWith(".config")) hosts.add(f);
            else if (n.equals("redirection.config")) redirections.add(f);
        }
        Map<Path, List<WebConfigPlace>> places = new LinkedHashMap<>();
        Map<Path, Loader.Loaded> servers = new java.util.HashMap<>();
        Map<Path, Above> above = new java.util.HashMap<>();
        Map<Path, Path> serverFiles = serverFiles(files, hosts);
        // a framework's root web.config inherits what it does not set from the machine.config beside it
        for (Path root : rootWebConfigs) {
            Path dir = root.toAbsolutePath().normalize().getParent();
            for (Path f : files) {
                Path n = f.getFileName();
                if (n == null || !n.toString().equalsIgnoreCase("machine.config")) continue;
                if (dir != null && dir.equals(f.toAbsolutePath().normalize().getParent()))
                    above.put(root, new Above(List.of(new Step("machine.config", f, Optional.empty(), "")), List.of()));
            }
        }
        if (webConfigs.isEmpty()) return new Placed(places, servers, above, serverFiles);
        for (Path local : hosts) {
            Path folder = local.toAbsolutePath().normalize().getParent();
            if (folder == null) continue;
            List<Path> below = webConfigs.stream()
                    .filter(w -> w.toAbsolutePath().normalize().startsWith(folder))
                    .toList();
            if (below.isEmpty() && contents.isEmpty()) continue;
            // shared configuration: IIS reads the applicationHost.config redirection.config names, when it is here
            Path host = shared(local, folder, redirections, hosts, loader).orElse(local);
            Loader.Loaded read;
            try {
                read = loader.loadServer(host, host.toString());
            } catch (InputError e) {
                continue;
            }
            IisConfig server = read.config();
            servers.put(host, read);
            if (server.kind() != FileKind.APPLICATION_HOST) continue;
            SectionLocks locks = server.sectionLocks().orElse(SectionLocks.stock(List.of()));
            List<Mapping> mappings = mappings(server);
            for (Path web : webConfigs) {
                List<WebConfigPlace> explicit = contentPlaces(web, host, server, locks, contents);
                if (!explicit.isEmpty()) {
                    places.computeIfAbsent(web, k -> new ArrayList<>()).addAll(explicit);
                    continue;
                }
                Path dir = web.toAbsolutePath().normalize().getParent();
                if (dir == null || !below.contains(web)) continue;
                List<String> segments = segments(folder.relativize(dir));
                int best = -1;
                List<WebConfigPlace> found = new ArrayList<>();
                for (Mapping m : mappings) {
                    if (!startsWith(segments, m.segments()) || m.segments().size() < best) continue;
                    if (m.segments().size() > best) found.clear();
                    best = m.segments().size();
                    String rest = String.join(
                            "/", dirNames(dir, segments.size() - m.segments().size()));
                    String url = join(m.urlPath(), rest);
                    String configPath =
                            url.isEmpty() ? m.site().name() : m.site().name() + "/" + url;
                    // a folder below a virtual directory with allowSubDirConfig="false": IIS looks for no web.config
                    Optional<WebConfigPlace.Ignored> ignored =
                            !rest.isEmpty() && !m.vdir().allowSubDirConfig()
                                    ? Optional.of(WebConfigPlace.Ignored.belowVirtualDirectory(
                                            m.site().name() + (m.urlPath().isEmpty() ? "/" : "/" + m.urlPath()),
                                            m.vdir()
                                                    .allowSubDirConfigAt()
                                                    .map(l -> "set at " + l.fileAndLine())
                                                    .orElse("")))
                                    : m.ignored();
                    WebConfigPlace place = new WebConfigPlace(
                            host.toString(), m.site().name(), configPath, m.applicationPaths(), locks, ignored);
                    place = place.withPool(pool(server, m.site(), url));
                    found.add(runsAspNet(server, m.site(), url) ? place : place.withoutAspNet());
                }
                if (!found.isEmpty())
                    places.computeIfAbsent(web, k -> new ArrayList<>()).addAll(found);
            }
            List<Path> framework = files.stream()
                    .filter(f -> frameworkConfig(folder, f).isPresent())
                    .toList();
            // the web.config files of this server by the path they are placed at, to find each one's parents
            Map<String, List<Map.Entry<Path, WebConfigPlace>>> byPath = new java.util.HashMap<>();
            for (Map.Entry<Path, List<WebConfigPlace>> e : places.entrySet()) {
                if (e.getValue().isEmpty() || !e.getValue().get(0).server().equals(host.toString())) continue;
                byPath.computeIfAbsent(
                                e.getValue().get(0).configPath().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(Map.entry(e.getKey(), e.getValue().get(0)));
            }
            for (Path web : webConfigs) {
                List<WebConfigPlace> at = places.getOrDefault(web, List.of());
                if (at.isEmpty() || !at.get(0).server().equals(host.toString())) continue;
                above.put(web, above(web, at.get(0), host, read, server, folder, framework, byPath));
            }
        }
        return new Placed(places, servers, above, serverFiles);
    }

    /**
     * The files that belong to a server without sitting on a site: the framework configs below its folder, the
     * redirection.config and administration.config beside its applicationHost.config. The most specific server
     * folder wins.
     */
    private static Map<Path, Path> serverFiles(List<Path> files, List<Path> hosts) {
        Map<Path, Path> of = new java.util.HashMap<>();
        Map<Path, Integer> depth = new java.util.HashMap<>();
        for (Path host : hosts) {
            Path folder = host.toAbsolutePath().normalize().getParent();
            if (folder == null) continue;
            for (Path f : files) {
                Path name = f.getFileName();
                if (name == null || f.equals(host)) continue;
                String n = name.toString().toLowerCase(Locale.ROOT);
                boolean beside = (n.equals("redirection.config") || n.equals("administration.config"))
                        && folder.equals(f.toAbsolutePath().normalize().getParent());
                if (!beside && frameworkConfig(folder, f).isEmpty()) continue;
                if (depth.getOrDefault(f, -1) >= folder.getNameCount()) continue;
                of.put(f, host);
                depth.put(f, folder.getNameCount());
            }
        }
        return of;
    }

    /**
     * The applicationHost.config a server uses instead of {@code local} when shared configuration is on: the
     * redirection.config beside it has {@code enabled="true"} and a {@code path} that maps, by the export layout, to a
     * folder of this server folder holding an applicationHost.config among the inputs ({@code \\files\iis} →
     * {@code unc/files/iis/applicationHost.config}). Empty when it is off, names no such file, or cannot be read (its
     * own lint reports why).
     */
    private static Optional<Path> shared(
            Path local, Path folder, List<Path> redirections, List<Path> hosts, Loader loader) {
        for (Path r : redirections) {
            if (!folder.equals(r.toAbsolutePath().normalize().getParent())) continue;
            Optional<XmlElement> root;
            try {
                root = loader.root(r, r.toString());
            } catch (InputError e) {
                return Optional.empty();
            }
            Optional<XmlElement> redirection = root.flatMap(x -> x.lastChild("configurationRedirection"));
            if (redirection.isEmpty()
                    || !redirection
                            .get()
                            .attribute("enabled")
                            .map(v -> v.trim().equalsIgnoreCase("true"))
                            .orElse(false)) return Optional.empty();
            Optional<List<String>> segments =
                    redirection.get().attribute("path").flatMap(ServerFolders::physicalSegments);
            if (segments.isEmpty()) return Optional.empty();
            for (Path h : hosts) {
                Path dir = h.toAbsolutePath().normalize().getParent();
                if (h.equals(local) || dir == null || !dir.startsWith(folder)) continue;
                if (segments(folder.relativize(dir)).equals(segments.get())) return Optional.of(h);
            }
        }
        return Optional.empty();
    }

    /**
     * The files above {@code web} at {@code place}: the framework configs its application's pool loads, the server's
     * applicationHost.config, and the web.config files placed at the folders above it on the same site.
     */
    private static Above above(
            Path web,
            WebConfigPlace place,
            Path host,
            Loader.Loaded read,
            IisConfig server,
            Path folder,
            List<Path> framework,
            Map<String, List<Map.Entry<Path, WebConfigPlace>>> byPath) {
        List<Step> steps = new ArrayList<>();
        Optional<Site> site = server.sites().stream()
                .filter(x -> x.name().equalsIgnoreCase(place.site()))
                .findFirst();
        String url = place.configPath().length() > place.site().length()
                ? place.configPath().substring(place.site().length() + 1)
                : "";
        Optional<ApplicationPool> pool = site.flatMap(x -> application(x, url))
                .flatMap(app -> app.applicationPool().known())
                .flatMap(server::applicationPool);
        for (String name : List.of("machine.config", "web.config")) {
            chooseFramework(folder, framework, name, pool)
                    .ifPresent(f -> steps.add(new Step(
                            name.equals("machine.config") ? "machine.config" : "the root web.config",
                            f,
                            Optional.empty(),
                            "")));
        }
        read.root()
                .ifPresent(r -> steps.add(new Step(
                        host.getFileName() == null
                                ? host.toString()
                                : host.getFileName().toString(),
                        host,
                        Optional.of(r),
                        "",
                        true)));
        String own = place.configPath().toLowerCase(Locale.ROOT);
        List<Map.Entry<Path, WebConfigPlace>> parents = new ArrayList<>();
        for (int end = own.lastIndexOf('/'); end > 0; end = own.lastIndexOf('/', end - 1)) {
            for (Map.Entry<Path, WebConfigPlace> e : byPath.getOrDefault(own.substring(0, end), List.of())) {
                if (!e.getKey().equals(web)) parents.add(e);
            }
        }
        parents.sort(
                java.util.Comparator.comparingInt(e -> e.getValue().configPath().length()));
        for (Map.Entry<Path, WebConfigPlace> e : parents) {
            steps.add(new Step(
                    "the web.config of " + e.getValue().configPath(),
                    e.getKey(),
                    Optional.empty(),
                    e.getValue().configPath()));
        }
        return new Above(steps, place.applicationPaths());
    }

    /**
     * The .NET Framework configuration file a server folder holds at {@code C/Windows/Microsoft.NET/<framework>/
     * <version>/Config/} (the layout of {@code %windir%\Microsoft.NET}): its framework folder
     * ({@code framework64/v4.0.30319}), lower case.
     */
    static Optional<String> frameworkConfig(Path folder, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        return abs.startsWith(folder) ? frameworkFolder(abs) : Optional.empty();
    }

    /** The same from the file's own path: its last six names are {@code Windows/Microsoft.NET/…/Config/NAME}. */
    private static Optional<String> frameworkFolder(Path abs) {
        List<String> s = new ArrayList<>();
        for (Path p : abs) s.add(p.toString().toLowerCase(Locale.ROOT));
        int n = s.size();
        if (n < 6) return Optional.empty();
        String name = s.get(n - 1);
        if (!name.equals("machine.config") && !name.equals("web.config")) return Optional.empty();
        if (!s.get(n - 2).equals("config")
                || !s.get(n - 3).startsWith("v")
                || !s.get(n - 4).startsWith("framework")
                || !s.get(n - 5).equals("microsoft.net")
                || !s.get(n - 6).equals("windows")) return Optional.empty();
        return Optional.of(s.get(n - 4) + "/" + s.get(n - 3));
    }

    /**
     * The framework's {@code name} file IIS loads for an application in {@code pool}: the pool's
     * managedRuntimeVersion picks v2.0 or v4.0 (v4.0 when it says neither), its enable32BitAppOnWin64 the 32-bit
     * Framework folder or Framework64 (when the folder holds it).
     */
    private static Optional<Path> chooseFramework(
            Path folder, List<Path> framework, String name, Optional<ApplicationPool> pool) {
        String version = pool.flatMap(p -> p.managedRuntimeVersion().known())
                .map(v -> v.trim().toLowerCase(Locale.ROOT))
                .filter(v -> v.startsWith("v2"))
                .map(v -> "v2")
                .orElse("v4");
        boolean bits32 = pool.map(p -> p.enable32BitAppOnWin64().is(true)).orElse(false);
        Path best = null;
        int bestScore = -1;
        for (Path f : framework) {
            if (f.getFileName() == null || !f.getFileName().toString().equalsIgnoreCase(name)) continue;
            String which = frameworkConfig(folder, f).orElse("");
            String[] parts = which.split("/");
            if (parts.length != 2 || !parts[1].startsWith(version)) continue;
            int score = parts[0].equals(bits32 ? "framework" : "framework64") ? 2 : 1;
            if (score > bestScore) {
                best = f;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The places {@code contents} give {@code web} on {@code server}: the most specific folder's, per site. */
    private static List<WebConfigPlace> contentPlaces(
            Path web, Path host, IisConfig server, SectionLocks locks, List<Content> contents) {
        Path dir = web.toAbsolutePath().normalize().getParent();
        List<WebConfigPlace> found = new ArrayList<>();
        int best = -1;
        for (Content c : contents) {
            if (dir == null || !dir.startsWith(c.folder())) continue;
            Optional<Site> site = server.sites().stream()
                    .filter(x -> x.name().equalsIgnoreCase(c.site()))
                    .findFirst();
            if (site.isEmpty()) continue;
            int depth = c.folder().getNameCount();
            if (depth < best) continue;
            if (depth > best) found.clear();
            best = depth;
            List<String> rest = new ArrayList<>();
            for (Path p : c.folder().relativize(dir)) if (!p.toString().isEmpty()) rest.add(p.toString());
            String url = join(trimSlashes(c.path()), String.join("/", rest));
            String configPath = url.isEmpty() ? site.get().name() : site.get().name() + "/" + url;
            List<String> applications = site.get().applications().stream()
                    .map(Site.Application::locationPath)
                    .toList();
            WebConfigPlace place = new WebConfigPlace(
                    host.toString(),
                    site.get().name(),
                    configPath,
                    applications,
                    locks,
                    application(site.get(), url).flatMap(a -> ignored(server, a)));
            place = place.withPool(pool(server, site.get(), url));
            found.add(runsAspNet(server, site.get(), url) ? place : place.withoutAspNet());
        }
        return found;
    }

    /** The pool of the application serving {@code url}, when the server defines it (none in IIS 5.0 isolation). */
    private static Optional<io.iislint.model.ApplicationPool> pool(IisConfig server, Site site, String url) {
        if (server.poolsIgnored()) return Optional.empty();
        return application(site, url).flatMap(a -> a.applicationPool().known()).flatMap(server::applicationPool);
    }

    /**
     * Whether the application serving {@code url} runs ASP.NET: false only when its pool is known to set
     * {@code managedRuntimeVersion=""} (No Managed Code), set or inherited.
     */
    private static boolean runsAspNet(IisConfig server, Site site, String url) {
        return !application(site, url)
                .flatMap(a -> a.applicationPool().known())
                .flatMap(server::applicationPool)
                .map(p -> p.managedRuntimeVersion().matches(v -> v.trim().isEmpty()))
                .orElse(false);
    }

    /** The application whose path holds {@code url} (the most specific). */
    private static Optional<Site.Application> application(Site site, String url) {
        String u = "/" + url.toLowerCase(Locale.ROOT);
        Site.Application best = null;
        for (Site.Application a : site.applications()) {
            String p = a.path().toLowerCase(Locale.ROOT);
            boolean holds = p.equals("/") || u.equals(p) || u.startsWith(p.endsWith("/") ? p : p + "/");
            if (holds && (best == null || p.length() > best.path().length())) best = a;
        }
        return Optional.ofNullable(best);
    }

    private static List<Mapping> mappings(IisConfig server) {
        List<Mapping> mappings = new ArrayList<>();
        for (Site site : server.sites()) {
            List<String> applications = site.applications().stream()
                    .map(Site.Application::locationPath)
                    .toList();
            for (Site.Application app : site.applications()) {
                for (Site.VirtualDirectory vdir : app.virtualDirectories()) {
                    Optional<List<String>> segments = physicalSegments(vdir.physicalPath());
                    if (segments.isEmpty()) continue;
                    String url = join(trimSlashes(app.path()), trimSlashes(vdir.path()));
                    mappings.add(new Mapping(site, applications, url, segments.get(), ignored(server, app), vdir));
                }
            }
        }
        return mappings;
    }

    /** Why IIS reads no web.config of the application: its pool does not let it (enableConfigurationOverride). */
    private static Optional<WebConfigPlace.Ignored> ignored(IisConfig server, Site.Application app) {
        Optional<String> name = app.applicationPool().known();
        if (name.isEmpty()) return Optional.empty();
        Optional<ApplicationPool> pool = server.applicationPool(name.get());
        if (pool.isEmpty() || !pool.get().enableConfigurationOverride().is(false)) return Optional.empty();
        return Optional.of(new WebConfigPlace.Ignored(
                pool.get().name(),
                // "" names no file: the origin is given with its file, as the finding is in the web.config
                pool.get().enableConfigurationOverride().origin().describe("")));
    }

    /** The last {@code n} folder names of {@code dir}, as written on disk. */
    private static List<String> dirNames(Path dir, int n) {
        List<String> names = new ArrayList<>();
        Path d = dir;
        for (int i = 0; i < n && d != null && d.getFileName() != null; i++, d = d.getParent())
            names.add(0, d.getFileName().toString());
        return names;
    }

    private static List<String> segments(Path relative) {
        List<String> s = new ArrayList<>();
        for (Path p : relative) {
            String name = p.toString();
            if (!name.isEmpty()) s.add(name.toLowerCase(Locale.ROOT));
        }
        return s;
    }

    private static boolean startsWith(List<String> path, List<String> prefix) {
        return path.size() >= prefix.size() && path.subList(0, prefix.size()).equals(prefix);
    }

    private static String trimSlashes(String p) {
        String t = p.replace('\\', '/');
        while (t.startsWith("/")) t = t.substring(1);
        while (t.endsWith("/")) t = t.substring(0, t.length() - 1);
        return t;
    }

    private static String join(String a, String b) {
        if (a.isEmpty()) return b;
        if (b.isEmpty()) return a;
        return a + "/" + b;
    }

    /** The variables a physical path may use that have one value on every Windows server. */
    private static final Map<String, String> VARIABLES = Map.of(
            "systemdrive", "C:",
            "systemroot", "C:\\Windows",
            "windir", "C:\\Windows",
            "programfiles", "C:\\Program Files",
            "programfiles(x86)", "C:\\Program Files (x86)",
            "programdata", "C:\\ProgramData",
            "public", "C:\\Users\\Public");

    /**
     * The folder segments a Windows physical path maps to below a server folder, lower case: {@code D:\Web\shop} →
     * {@code d/web/shop}, {@code %SystemDrive%\inetpub} → {@code c/inetpub}, {@code \\?\C:\x} → {@code c/x},
     * {@code \\server\share\x} and {@code \\?\UNC\server\share\x} → {@code unc/server/share/x}. Empty for a path that
     * maps nowhere: relative, or with a variable whose value differs between servers.
     */
    static Optional<List<String>> physicalSegments(String physicalPath) {
        String p = physicalPath.trim();
        StringBuilder expanded = new StringBuilder();
        for (int i = 0; i < p.length(); ) {
            int start = p.indexOf('%', i);
            if (start < 0) {
                expanded.append(p, i, p.length());
                break;
            }
            int end = p.indexOf('%', start + 1);
            if (end < 0) return Optional.empty();
            String value = VARIABLES.get(p.substring(start + 1, end).toLowerCase(Locale.ROOT));
            if (value == null) return Optional.empty();
            expanded.append(p, i, start).append(value);
            i = end + 1;
        }
        String s = expanded.toString().replace('/', '\\');
        List<String> head = new ArrayList<>();
        if (s.regionMatches(true, 0, "\\\\?\\UNC\\", 0, 8)) {
            head.add("unc");
            s = s.substring(8);
        } else if (s.startsWith("\\\\?\\")) {
            s = s.substring(4);
        } else if (s.startsWith("\\\\")) {
            head.add("unc");
            s = s.substring(2);
        }
        if (head.isEmpty()) {
            if (s.length() < 2 || s.charAt(1) != ':' || !Character.isLetter(s.charAt(0))) return Optional.empty();
            head.add(Character.toString(Character.toLowerCase(s.charAt(0))));
            s = s.substring(2);
        }
        List<String> segments = new ArrayList<>(head);
        for (String part : s.split("\\\\")) {
            if (part.isEmpty() || part.equals(".")) continue;
            if (part.equals("..")) {
                if (segments.size() <= 1) return Optional.empty();
                segments.remove(segments.size() - 1);
            } else {
                segments.add(part.toLowerCase(Locale.ROOT));
            }
        }
        return Optional.of(segments);
    }
}
