package io.iislint.iis7;

import io.iislint.model.SectionLocks;
import io.iislint.model.SectionLocks.AllowDefinition;
import io.iislint.model.SectionLocks.Declaration;
import io.iislint.model.SectionLocks.LocationMode;
import io.iislint.model.SectionLocks.LockKind;
import io.iislint.model.SectionLocks.Mode;
import io.iislint.model.SectionLocks.SettingLock;
import io.iislint.model.SectionRefusal;
import io.iislint.model.SectionRefusal.Reason;
import io.iislint.model.WebConfigPlace;
import io.iislint.source.Location;
import io.iislint.xml.XmlElement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads an applicationHost.config's section locks (its {@code <configSections>} and the override modes of its
 * {@code <location>} tags), and judges a web.config's sections against them.
 */
final class SectionLocksReader {
    private SectionLocksReader() {}

    /** A section element and its path, {@code system.webServer/asp}. */
    record Section(String path, XmlElement element) {}

    static SectionLocks read(XmlElement root) {
        Map<String, Declaration> declarations = new HashMap<>();
        Set<String> groups = new HashSet<>();
        for (XmlElement cs : root.children("configSections")) declare(cs, "", declarations, groups);
        SectionLocks bare = declarations.isEmpty()
                ? SectionLocks.stock(List.of())
                : new SectionLocks(declarations, groups, List.of(), false);
        List<LocationMode> modes = new ArrayList<>();
        for (XmlElement loc : root.children("location")) {
            Optional<Mode> mode = mode(loc);
            if (mode.isEmpty()) continue;
            Set<String> sections = new HashSet<>();
            for (Section s : sections(loc, bare)) sections.add(SectionLocks.key(s.path()));
            if (sections.isEmpty()) continue;
            String path = WebServerReader.normalize(loc.attribute("path").orElse(""));
            modes.add(new LocationMode(path, mode.get(), sections, loc.location(), tag(loc)));
        }
        List<SettingLock> settingLocks = new ArrayList<>();
        for (Section s : sections(root, bare)) settingLocks(s.element(), "", s.path(), List.of(), settingLocks);
        for (XmlElement loc : root.children("location")) {
            String path = WebServerReader.normalize(loc.attribute("path").orElse(""));
            for (Section s : sections(loc, bare)) settingLocks(s.element(), path, s.path(), List.of(), settingLocks);
        }
        SectionLocks locks =
                bare.stock() ? SectionLocks.stock(modes) : new SectionLocks(declarations, groups, modes, false);
        return locks.withSettingLocks(settingLocks);
    }

    /** A location tag as its file writes it, for messages: its path and the attribute that sets its mode. */
    private static String tag(XmlElement loc) {
        StringBuilder b = new StringBuilder("<location");
        loc.attribute("path")
                .ifPresent(p -> b.append(" path=\"").append(p.trim()).append('"'));
        for (String a : List.of("overrideMode", "allowOverride"))
            loc.attribute(a)
                    .ifPresent(v -> b.append(' ')
                            .append(a)
                            .append("=\"")
                            .append(v.trim())
                            .append('"'));
        return b.append('>').toString();
    }

    /** The locks a file below the declaring one adds for the files below it. */
    record Tightening(List<LocationMode> modes, List<SettingLock> settingLocks) {}

    /**
     * The locks {@code root}, a file at configuration path {@code base} ({@code Shop/app}; empty for a framework
     * config), sets for the files below it: its {@code <location>} tags that deny sections, with their paths from the
     * site's name, and the granular locks of its sections and tags. {@code locks} tells sections from groups.
     */
    static Tightening tightening(XmlElement root, String base, SectionLocks locks) {
        List<LocationMode> modes = new ArrayList<>();
        List<SettingLock> settingLocks = new ArrayList<>();
        String b = WebServerReader.normalize(base);
        for (Section s : sections(root, locks)) settingLocks(s.element(), b, s.path(), List.of(), settingLocks, false);
        for (XmlElement loc : root.children("location")) {
            String rel = WebServerReader.normalize(loc.attribute("path").orElse(""));
            String path = b.isEmpty() ? rel : rel.isEmpty() ? b : b + "/" + rel;
            List<Section> held = sections(loc, locks);
            for (Section s : held) settingLocks(s.element(), path, s.path(), List.of(), settingLocks, true);
            Optional<Mode> mode = mode(loc);
            if (mode.isEmpty() || mode.get() != Mode.DENY) continue;
            Set<String> sections = new HashSet<>();
            for (Section s : held) sections.add(SectionLocks.key(s.path()));
            if (!sections.isEmpty()) modes.add(new LocationMode(path, Mode.DENY, sections, loc.location(), tag(loc)));
        }
        return new Tightening(modes, settingLocks);
    }

    /**
     * The ASP.NET sections ({@code system.web/…}) a machine.config's {@code <configSections>} declares, by lower-case
     * path, each at its line: empty for any other file.
     */
    static Map<String, Declaration> aspNetDeclarations(XmlElement root) {
        Map<String, Declaration> declarations = new HashMap<>();
        Set<String> groups = new HashSet<>();
        for (XmlElement cs : root.children("configSections")) declare(cs, "", declarations, groups);
        declarations.keySet().removeIf(k -> !SectionLocks.isAspNet(k));
        return declarations;
    }

    /** The attributes that lock, not configuration values: never a violation themselves. */
    private static final Set<String> LOCK_ATTRIBUTES =
            Set.of("lockattributes", "lockallattributesexcept", "lockelements", "lockallelementsexcept", "lockitem");

    /** The granular locks on {@code e} (at {@code elementPath} in {@code section}) and below it. */
    private static void settingLocks(
            XmlElement e, String path, String section, List<String> elementPath, List<SettingLock> out) {
        settingLocks(e, path, section, elementPath, out, !path.isEmpty());
    }

    private static void settingLocks(
            XmlElement e,
            String path,
            String section,
            List<String> elementPath,
            List<SettingLock> out,
            boolean inLocation) {
        if (!isEntry(e)) {
            for (LockKind kind : List.of(
                    LockKind.ATTRIBUTES,
                    LockKind.ALL_ATTRIBUTES_EXCEPT,
                    LockKind.ELEMENTS,
                    LockKind.ALL_ELEMENTS_EXCEPT)) {
                Optional<String> names = e.attribute(kind.attribute());
                if (names.isEmpty()) continue;
                Set<String> set = new HashSet<>();
                for (String n : names.get().split(",", -1)) {
                    String t = n.trim().toLowerCase(Locale.ROOT);
                    if (!t.isEmpty()) set.add(t);
                }
                out.add(new SettingLock(
                        path,
                        section,
                        elementPath,
                        kind,
                        set,
                        Map.of(),
                        e.locationOf(kind.attribute()),
                        names.get().trim(),
                        inLocation));
            }
        }
        for (XmlElement c : e.children()) {
            if (c.attribute("lockItem")
                    .map(v -> v.trim().equalsIgnoreCase("true"))
                    .orElse(false)) {
                Map<String, String> item = new HashMap<>();
                c.attributes().forEach((k, v) -> {
                    if (!LOCK_ATTRIBUTES.contains(k.toLowerCase(Locale.ROOT)))
                        item.put(k.toLowerCase(Locale.ROOT), v.trim());
                });
                out.add(new SettingLock(
                        path,
                        section,
                        elementPath,
                        LockKind.ITEM,
                        Set.of(c.name().toLowerCase(Locale.ROOT)),
                        item,
                        c.locationOf("lockItem"),
                        "true",
                        inLocation));
                continue;
            }
            List<String> below = new ArrayList<>(elementPath);
            below.add(c.name());
            settingLocks(c, path, section, below, out, inLocation);
        }
    }

    /**
     * A collection entry ({@code <add name="…">}, {@code <mimeMap fileExtension="…">}, {@code <error statusCode="…">}):
     * its own locks are about that one entry, which iislint does not follow.
     */
    private static boolean isEntry(XmlElement e) {
        return e.name().equals("add")
                || e.name().equals("remove")
                || e.has("name")
                || e.has("fileExtension")
                || e.has("statusCode")
                || e.has("value");
    }

    private static void declare(
            XmlElement parent, String prefix, Map<String, Declaration> declarations, Set<String> groups) {
        for (XmlElement c : parent.children()) {
            Optional<String> name = c.attribute("name").map(String::trim);
            if (name.isEmpty() || name.get().isEmpty()) continue;
            String path = prefix.isEmpty() ? name.get() : prefix + "/" + name.get();
            if (c.name().equals("sectionGroup")) {
                groups.add(SectionLocks.key(path));
                declare(c, path, declarations, groups);
            } else if (c.name().equals("section")) {
                Mode mode = c.attribute("overrideModeDefault")
                        .filter(v -> v.trim().equalsIgnoreCase("Deny"))
                        .map(v -> Mode.DENY)
                        .orElse(Mode.ALLOW);
                AllowDefinition where = c.attribute("allowDefinition")
                        .flatMap(AllowDefinition::parse)
                        .orElse(AllowDefinition.EVERYWHERE);
                declarations.put(SectionLocks.key(path), new Declaration(path, mode, where, Optional.of(c.location())));
            }
        }
    }

    /** A location tag's override mode: {@code overrideMode}, else the older {@code allowOverride}; empty = Inherit. */
    private static Optional<Mode> mode(XmlElement loc) {
        Optional<String> overrideMode = loc.attribute("overrideMode").map(String::trim);
        if (overrideMode.isPresent()) {
            if (overrideMode.get().equalsIgnoreCase("Allow")) return Optional.of(Mode.ALLOW);
            if (overrideMode.get().equalsIgnoreCase("Deny")) return Optional.of(Mode.DENY);
            return Optional.empty();
        }
        Optional<String> allowOverride = loc.attribute("allowOverride").map(String::trim);
        if (allowOverride.isPresent()) {
            if (allowOverride.get().equalsIgnoreCase("true")) return Optional.of(Mode.ALLOW);
            if (allowOverride.get().equalsIgnoreCase("false")) return Optional.of(Mode.DENY);
        }
        return Optional.empty();
    }

    /** The sections written directly in {@code container} (a configuration root or a location tag), in order. */
    static List<Section> sections(XmlElement container, SectionLocks locks) {
        List<Section> found = new ArrayList<>();
        for (XmlElement c : container.children()) {
            if (locks.isGroup(c.name())) walk(c, c.name(), locks, found);
        }
        return found;
    }

    private static void walk(XmlElement group, String prefix, SectionLocks locks, List<Section> found) {
        for (XmlElement c : group.children()) {
            String path = prefix + "/" + c.name();
            if (locks.isGroup(path)) walk(c, path, locks, found);
            else found.add(new Section(path, c));
        }
    }

    /**
     * The sections of a web.config that IIS refuses at {@code place}: set in a file their declaration does not allow
     * (checked first: IIS reports that whatever the lock), or locked at the path they apply to. A section inside a
     * {@code <location path="sub">} applies to {@code Site/app/sub}.
     */
    /** A refusal, and the section element it makes IIS refuse. */
    record Judged(SectionRefusal refusal, XmlElement section) {}

    static List<Judged> refusals(XmlElement root, WebConfigPlace place) {
        List<Judged> refusals = new ArrayList<>();
        SectionLocks locks = place.locks();
        judge(sections(root, locks), place.configPath(), place, refusals);
        for (XmlElement loc : root.children("location")) {
            String sub = WebServerReader.normalize(loc.attribute("path").orElse(""));
            String target = sub.isEmpty() ? place.configPath() : place.configPath() + "/" + sub;
            judge(sections(loc, locks), target, place, refusals);
        }
        return refusals;
    }

    private static void judge(List<Section> sections, String target, WebConfigPlace place, List<Judged> out) {
        for (Section s : sections) {
            // ASP.NET never reads system.web for a pool without managed code: nothing there fails (or applies)
            if (!place.aspNet() && SectionLocks.isAspNet(s.path())) continue;
            Optional<SectionLocks.Verdict> verdict = place.locks().modeAt(target, s.path());
            if (verdict.isEmpty()) continue;
            AllowDefinition where = verdict.get().declaration().allowDefinition();
            boolean allowed = switch (where) {
                case EVERYWHERE -> true;
                case MACHINE_TO_APPLICATION -> place.isApplicationRoot(target);
                case MACHINE_ONLY, MACHINE_TO_WEB_ROOT, APP_HOST_ONLY -> false;
            };
            String section = verdict.get().declaration().section();
            if (!allowed) {
                out.add(new Judged(
                        new SectionRefusal(
                                Reason.NOT_ALLOWED_HERE, section, s.element().location(), target, place, verdict.get()),
                        s.element()));
            } else if (verdict.get().mode() == Mode.DENY) {
                out.add(new Judged(
                        new SectionRefusal(
                                Reason.LOCKED, section, s.element().location(), target, place, verdict.get()),
                        s.element()));
            } else {
                for (SettingLock lock : place.locks().settingLocks()) {
                    if (!lock.section().equalsIgnoreCase(s.path()) || !lock.covers(target)) continue;
                    for (Located v : violations(s.element(), lock)) {
                        out.add(new Judged(
                                new SectionRefusal(
                                        Reason.SETTING_LOCKED,
                                        section,
                                        v.at(),
                                        target,
                                        place,
                                        verdict.get(),
                                        Optional.of(new SectionRefusal.Violation(v.what(), lock))),
                                s.element()));
                    }
                }
            }
        }
    }

    private record Located(String what, Location at) {}

    /** What the web.config's section element does against {@code lock}, each at its line. */
    private static List<Located> violations(XmlElement section, SettingLock lock) {
        List<XmlElement> at = List.of(section);
        for (String name : lock.elementPath()) {
            List<XmlElement> next = new ArrayList<>();
            for (XmlElement e : at) next.addAll(e.children(name));
            at = next;
        }
        List<Located> found = new ArrayList<>();
        for (XmlElement e : at) {
            switch (lock.kind()) {
                case ATTRIBUTES, ALL_ATTRIBUTES_EXCEPT -> {
                    for (String a : e.attributes().keySet()) {
                        String key = a.toLowerCase(Locale.ROOT);
                        if (LOCK_ATTRIBUTES.contains(key) || key.startsWith("xmlns")) continue;
                        boolean listed =
                                lock.names().contains(key) || lock.names().contains("*");
                        if (listed == (lock.kind() == LockKind.ATTRIBUTES))
                            found.add(new Located("attribute " + a + " of <" + e.name() + ">", e.locationOf(a)));
                    }
                }
                case ELEMENTS, ALL_ELEMENTS_EXCEPT -> {
                    for (XmlElement c : e.children()) {
                        boolean listed = lock.names().contains(c.name().toLowerCase(Locale.ROOT));
                        if (listed == (lock.kind() == LockKind.ELEMENTS))
                            found.add(new Located("element <" + c.name() + "> in <" + e.name() + ">", c.location()));
                    }
                }
                case ITEM -> {
                    for (XmlElement c : e.children()) {
                        if (c.name().equals("clear")) {
                            found.add(new Located("<clear/> of the collection", c.location()));
                        } else if (c.name().equals("remove") && removes(c, lock.item())) {
                            found.add(new Located("<remove> of the entry " + entryName(lock.item()), c.location()));
                        }
                    }
                }
            }
        }
        return found;
    }

    /** Whether a {@code <remove>} names the locked entry: every key attribute it gives matches (without case). */
    private static boolean removes(XmlElement remove, Map<String, String> item) {
        boolean any = false;
        for (Map.Entry<String, String> a : remove.attributes().entrySet()) {
            String locked = item.get(a.getKey().toLowerCase(Locale.ROOT));
            if (locked == null || !locked.equalsIgnoreCase(a.getValue().trim())) return false;
            any = true;
        }
        return any;
    }

    private static String entryName(Map<String, String> item) {
        for (String key : List.of("name", "value", "fileextension", "path", "statuscode"))
            if (item.containsKey(key)) return "'" + item.get(key) + "'";
        return "that it locks";
    }

    /** {@code element} without the refused ones among its descendants (the same element when none is refused). */
    static XmlElement without(XmlElement element, Set<XmlElement> refused) {
        if (refused.isEmpty() || element.children().isEmpty()) return element;
        List<XmlElement> kept = new ArrayList<>();
        boolean changed = false;
        for (XmlElement c : element.children()) {
            if (refused.contains(c)) {
                changed = true;
                continue;
            }
            XmlElement k = without(c, refused);
            // identity, not equality: without() returns the very element when nothing below it was refused
            @SuppressWarnings("ReferenceEquality")
            boolean rebuilt = k != c;
            changed |= rebuilt;
            kept.add(k);
        }
        return changed
                ? new XmlElement(
                        element.name(),
                        element.attributes(),
                        element.attributeLocations(),
                        kept,
                        element.text(),
                        element.location(),
                        element.lineBrokenValues())
                : element;
    }
}
