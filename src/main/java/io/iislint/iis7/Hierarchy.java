package io.iislint.iis7;

import io.iislint.xml.XmlElement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The configuration files above a file on one server, least specific first: machine.config, the root web.config,
 * applicationHost.config, then the web.config files of the folders above it (the site's root, its applications,
 * folders). A setting a file does not write comes from the most specific of them that does (README, "Linting a
 * server"). IIS merges file by file: every level of a file (its root, then its {@code <location>} tags that hold the
 * path, shallowest first) comes before the next file's, so a {@code <location path="Site/app">} in
 * applicationHost.config is overridden by the application's own web.config.
 */
public final class Hierarchy {

    /**
     * One file above.
     *
     * @param label how an inherited value names it: {@code applicationHost.config}, {@code the web.config of Shop}
     * @param root its {@code <configuration>} element (with its configSource sections expanded)
     * @param path the configuration path its root stands for: empty for the files above the sites, {@code Shop/app}
     *     for a web.config; its {@code <location path>} tags are relative to it
     * @param server whether it is the applicationHost.config (whose locks the web.config's place already holds)
     */
    public record Above(String label, XmlElement root, String path, boolean server) {
        public Above(String label, XmlElement root, String path) {
            this(label, root, path, false);
        }
    }

    /** One level above: a label and the elements whose children are the sections written there. */
    record Piece(String label, List<XmlElement> containers) {}

    /** Nothing above: a file linted alone. */
    public static final Hierarchy NONE = new Hierarchy(List.of(), List.of());

    private final List<Above> files;
    private final List<String> applicationPaths;

    /**
     * @param files least specific first
     * @param applicationPaths the configuration paths of the site's applications ({@code Shop}, {@code Shop/app}), to
     *     apply {@code inheritInChildApplications="false"}
     */
    public Hierarchy(List<Above> files, List<String> applicationPaths) {
        this(files, applicationPaths, java.util.Optional.empty());
    }

    private final java.util.Optional<java.util.Set<String>> sources;

    /**
     * The same, with the files the levels above are written in already known ({@link #sourceFiles(XmlElement)} of
     * each root, computed once per file by whoever shares the roots between many files below them).
     */
    public Hierarchy(
            List<Above> files, List<String> applicationPaths, java.util.Optional<java.util.Set<String>> sources) {
        this.files = List.copyOf(files);
        this.applicationPaths = List.copyOf(applicationPaths);
        this.sources = sources.map(java.util.Set::copyOf);
    }

    /**
     * The files the levels above are written in: each file's own and those its sections were read from
     * (configSource), as locations name them.
     */
    public java.util.Set<String> sourceFiles() {
        if (sources.isPresent()) return sources.get();
        java.util.Set<String> names = new java.util.HashSet<>();
        for (Above a : files) names.addAll(sourceFiles(a.root()));
        return names;
    }

    /** The files one configuration root is written in: its own, and its sections' configSource files. */
    public static java.util.Set<String> sourceFiles(XmlElement root) {
        java.util.Set<String> names = new java.util.HashSet<>();
        collect(root, 0, names);
        return names;
    }

    /** Sections sit a few levels down (a group, a location, nested groups); a configSource file is a section's. */
    private static void collect(XmlElement e, int depth, java.util.Set<String> names) {
        names.add(e.location().file());
        if (depth >= 5) return;
        for (XmlElement c : e.children()) collect(c, depth + 1, names);
    }

    public boolean isEmpty() {
        return files.isEmpty();
    }

    public List<Above> files() {
        return files;
    }

    /** The levels above a scope at {@code target} ({@code Shop/app/dir}; empty for the server level), least specific first. */
    List<Piece> above(String target) {
        String t = WebServerReader.normalize(target);
        List<Piece> pieces = new ArrayList<>();
        for (Above file : files) {
            String base = WebServerReader.normalize(file.path());
            if (!base.isEmpty() && !holds(base, t)) continue;
            List<XmlElement> root = new ArrayList<>();
            root.add(file.root());
            Map<String, List<XmlElement>> byPath = new LinkedHashMap<>();
            Map<String, Boolean> inherit = new LinkedHashMap<>();
            for (XmlElement loc : file.root().children("location")) {
                String rel = WebServerReader.normalize(loc.attribute("path").orElse(""));
                boolean noChildApps = loc.attribute("inheritInChildApplications")
                        .map(v -> v.trim().equalsIgnoreCase("false"))
                        .orElse(false);
                if (rel.isEmpty() && !noChildApps) {
                    root.add(loc);
                    continue;
                }
                // <location path="." inheritInChildApplications="false">: the file's own path, for its application only
                String full = base.isEmpty() ? rel : rel.isEmpty() ? base : base + "/" + rel;
                if (!holds(full, t)) continue;
                String key = full.toLowerCase(Locale.ROOT);
                byPath.computeIfAbsent(key, k -> new ArrayList<>()).add(loc);
                if (noChildApps) inherit.put(key, false);
            }
            pieces.add(new Piece(file.label(), root));
            List<Map.Entry<String, List<XmlElement>>> paths = new ArrayList<>(byPath.entrySet());
            paths.sort(Comparator.comparingInt(e -> e.getKey().split("/").length));
            for (Map.Entry<String, List<XmlElement>> e : paths) {
                String p = e.getKey();
                if (!inherit.getOrDefault(p, true) && childApplicationBetween(p, t)) continue;
                List<XmlElement> locs = e.getValue();
                String written = locs.get(0).attribute("path").orElse("").trim();
                pieces.add(new Piece(file.label() + " <location path=\"" + written + "\">", locs));
            }
        }
        return pieces;
    }

    /** Whether {@code path} is {@code target} or above it. */
    private static boolean holds(String path, String target) {
        String p = path.toLowerCase(Locale.ROOT);
        String t = target.toLowerCase(Locale.ROOT);
        return p.isEmpty() || t.equals(p) || t.startsWith(p + "/");
    }

    /**
     * Whether an application root lies below {@code path} and holds {@code target}: a location with
     * inheritInChildApplications="false" does not reach into it (folders of its own application still inherit).
     */
    private boolean childApplicationBetween(String path, String target) {
        for (String a : applicationPaths) {
            String app = WebServerReader.normalize(a).toLowerCase(Locale.ROOT);
            if (app.length() > path.length() && holds(path, app) && holds(app, target)) return true;
        }
        return false;
    }
}
