package io.iislint.iis7;

import io.iislint.model.SectionLocks;
import io.iislint.model.SectionLocks.AllowDefinition;
import io.iislint.model.SectionLocks.Declaration;
import io.iislint.model.SectionLocks.LocationMode;
import io.iislint.model.SectionLocks.Mode;
import io.iislint.model.SectionRefusal;
import io.iislint.model.SectionRefusal.Reason;
import io.iislint.model.WebConfigPlace;
import io.iislint.xml.XmlElement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
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
            modes.add(new LocationMode(
                    WebServerReader.normalize(loc.attribute("path").orElse("")), mode.get(), sections, loc.location()));
        }
        return bare.stock() ? SectionLocks.stock(modes) : new SectionLocks(declarations, groups, modes, false);
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
    static List<SectionRefusal> refusals(XmlElement root, WebConfigPlace place) {
        List<SectionRefusal> refusals = new ArrayList<>();
        SectionLocks locks = place.locks();
        judge(sections(root, locks), place.configPath(), place, refusals);
        for (XmlElement loc : root.children("location")) {
            String sub = WebServerReader.normalize(loc.attribute("path").orElse(""));
            String target = sub.isEmpty() ? place.configPath() : place.configPath() + "/" + sub;
            judge(sections(loc, locks), target, place, refusals);
        }
        return refusals;
    }

    private static void judge(List<Section> sections, String target, WebConfigPlace place, List<SectionRefusal> out) {
        for (Section s : sections) {
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
                out.add(new SectionRefusal(
                        Reason.NOT_ALLOWED_HERE, section, s.element().location(), target, place, verdict.get()));
            } else if (verdict.get().mode() == Mode.DENY) {
                out.add(new SectionRefusal(
                        Reason.LOCKED, section, s.element().location(), target, place, verdict.get()));
            }
        }
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
            changed |= k != c;
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
