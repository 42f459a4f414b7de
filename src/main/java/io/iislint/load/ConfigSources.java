package io.iislint.load;

import io.iislint.source.InputError;
import io.iislint.source.Location;
import io.iislint.xml.XmlComment;
import io.iislint.xml.XmlDocument;
import io.iislint.xml.XmlElement;
import io.iislint.xml.XmlReader;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Follows {@code configSource}: a section written as {@code <sites configSource="sites.config" />} has its content in
 * another file, whose root element is the section itself. IIS and .NET accept only a relative path in the
 * configuration file's folder or below it (System.Configuration's NormalizeConfigSource refuses a rooted path, a
 * '/' and spaces around the name). Such a file is read with the same reader and limits as any input and put in
 * the section's place, its elements keeping their positions in that file, so that findings point at it. Any
 * other path (absolute, a drive, a UNC share, '..', a link leading out of the folder) is refused in one line, before
 * anything is opened: nothing outside the configuration file's folder is ever read.
 */
public final class ConfigSources {
    private static final String ATTRIBUTE = "configSource";
    private static final Set<String> DEVICES = Set.of(
            "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9", "lpt1",
            "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

    private final XmlReader xml;
    /** The configuration file's folder, links resolved; empty for input that was not read from a file. */
    private final Optional<Path> folder;

    private final String displayName;
    private final List<XmlComment> comments = new ArrayList<>();
    private final Map<Path, Location> used = new LinkedHashMap<>();

    private ConfigSources(XmlReader xml, Optional<Path> folder, String displayName) {
        this.xml = xml;
        this.folder = folder;
        this.displayName = displayName;
    }

    /** The document with every configSource section replaced by its file's content. */
    @SuppressWarnings("ReferenceEquality") // expand(XmlElement) returns the element itself when nothing changed
    static XmlDocument expand(XmlDocument doc, Optional<Path> file, XmlReader xml) throws InputError {
        Optional<Path> folder = Optional.empty();
        if (file.isPresent()) {
            try {
                Path parent = file.get().toAbsolutePath().getParent(); // null only for a root, never a file read
                folder = parent == null ? Optional.empty() : Optional.of(parent.toRealPath());
            } catch (IOException e) {
                folder = Optional.empty(); // the file was just read: its folder can only vanish meanwhile
            }
        }
        ConfigSources sources = new ConfigSources(xml, folder, doc.file());
        XmlElement root = sources.expand(doc.root(), false);
        if (root == doc.root()) return doc;
        List<XmlComment> all = new ArrayList<>(doc.comments());
        all.addAll(sources.comments);
        return new XmlDocument(
                doc.file(),
                root,
                all,
                sources.used.keySet().stream().map(sources::display).toList());
    }

    /** The element, or a copy with its configSource sections (at any depth) replaced. */
    @SuppressWarnings("ReferenceEquality") // the element itself comes back when nothing changed: that is the test
    private XmlElement expand(XmlElement e, boolean insideSource) throws InputError {
        if (e.has(ATTRIBUTE)) {
            if (insideSource) {
                throw new InputError(
                        e.locationOf(ATTRIBUTE),
                        "configSource inside a file that is itself a configSource: iislint does"
                                + " not follow it (write the section's content here)");
            }
            return follow(e);
        }
        List<XmlElement> children = null;
        for (int i = 0; i < e.children().size(); i++) {
            XmlElement c = e.children().get(i);
            XmlElement x = expand(c, insideSource);
            if (x != c && children == null) children = new ArrayList<>(e.children());
            if (children != null) children.set(i, x);
        }
        if (children == null) return e;
        return new XmlElement(
                e.name(),
                e.attributes(),
                e.attributeLocations(),
                children,
                e.text(),
                e.location(),
                e.lineBrokenValues());
    }

    private XmlElement follow(XmlElement section) throws InputError {
        Location at = section.locationOf(ATTRIBUTE);
        String value = section.attribute(ATTRIBUTE).orElseThrow();
        if (section.attributes().size() > 1 || !section.children().isEmpty()) {
            throw new InputError(
                    section.location(),
                    "<" + section.name() + "> has a configSource and other attributes or elements:"
                            + " a section whose content is in another file may hold nothing else, or IIS refuses it");
        }
        List<String> segments = segments(at, value);
        if (folder.isEmpty()) {
            throw new InputError(
                    at,
                    "configSource '" + value + "': the section's content is in another file, which is followed only"
                            + " when this configuration is read from a file");
        }
        Path target = locate(at, value, segments);
        Location first = used.putIfAbsent(target, at);
        if (first != null) {
            throw new InputError(
                    at,
                    "configSource '" + value + "' is also the configSource of the section at " + first.fileAndLine()
                            + ": one file can hold one section only");
        }
        XmlDocument source = xml.read(target, display(target));
        XmlElement root = source.root();
        if (!root.name().equals(section.name())) {
            throw new InputError(
                    root.location(),
                    "the root element is <" + root.name() + ">, but this file is the configSource of <" + section.name()
                            + "> at " + at.fileAndLine() + ": IIS expects <" + section.name() + "> here");
        }
        comments.addAll(source.comments());
        return expand(root, true);
    }

    /** The path's parts, checked without touching the file system. */
    private static List<String> segments(Location at, String value) throws InputError {
        String why = null;
        if (value.isEmpty() || !value.strip().equals(value)) why = "is empty or has spaces around it";
        else if (value.indexOf('/') >= 0) why = "contains '/': only a relative path written with '\\' is accepted";
        else if (value.startsWith("\\") || value.indexOf(':') >= 0)
            why = "is not a relative path (a drive, a share or the root)";
        if (why != null) throw refused(at, value, why);
        List<String> segments = new ArrayList<>();
        for (String s : value.split("\\\\")) {
            if (s.isEmpty() || s.equals(".")) continue;
            if (s.equals("..")) throw refused(at, value, "leaves the configuration file's folder");
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c < 0x20 || "<>\"|?*".indexOf(c) >= 0)
                    throw refused(at, value, "has a character Windows does not allow in a file name");
            }
            String base = s.toLowerCase(Locale.ROOT);
            int dot = base.indexOf('.');
            if (DEVICES.contains(dot < 0 ? base : base.substring(0, dot)))
                throw refused(at, value, "names a device, not a file");
            segments.add(s);
        }
        if (segments.isEmpty()) throw refused(at, value, "names no file");
        return segments;
    }

    private static InputError refused(Location at, String value, String why) {
        return new InputError(
                at,
                "configSource '" + value + "' " + why + ": IIS reads a section's configSource only from the"
                        + " configuration file's folder or a folder below it, so iislint does not open it");
    }

    /**
     * The file, in the folder or below it, links resolved. Each part is matched in any letter case when the exact
     * name is not there, as Windows would find it.
     */
    private Path locate(Location at, String value, List<String> segments) throws InputError {
        Path dir = folder.orElseThrow();
        Path p = dir;
        for (String s : segments) {
            Path next = p.resolve(s);
            if (!Files.exists(next, LinkOption.NOFOLLOW_LINKS))
                next = sameNameInAnyCase(p, s).orElse(next);
            p = next;
        }
        Path real;
        try {
            real = p.toRealPath();
        } catch (IOException e) {
            throw new InputError(
                    at,
                    "configSource '" + value + "': no such file in the configuration file's folder (IIS cannot load"
                            + " the section)");
        }
        if (!real.startsWith(dir)) {
            throw new InputError(
                    at,
                    "configSource '" + value + "' is a link leading out of the configuration file's folder: iislint"
                            + " does not open it");
        }
        return real;
    }

    private static Optional<Path> sameNameInAnyCase(Path dir, String name) {
        if (!Files.isDirectory(dir)) return Optional.empty();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                if (entry.getFileName().toString().equalsIgnoreCase(name)) return Optional.of(entry);
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The file read, named beside the configuration file as the user named that: {@code servers/web01/pools.config}. */
    private String display(Path target) {
        return Path.of(displayName)
                .resolveSibling(folder.orElseThrow().relativize(target))
                .toString();
    }
}
