package io.iislint.model;

import io.iislint.source.Location;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What an applicationHost.config says about which lower files may set a section: the sections its
 * {@code <configSections>} declares (each with its {@code overrideModeDefault} and {@code allowDefinition}), and the
 * {@code overrideMode} (or the older {@code allowOverride}) of its {@code <location>} tags, for the sections each tag
 * holds. A file that declares no section at all (an excerpt, or an export without {@code <configSections>}) is judged
 * on the declarations of a stock IIS 10 install, and a verdict based on them says so.
 *
 * <p>How IIS decides (Microsoft Learn, "How to Use Locking in IIS Configuration" and "Deep Dive into IIS
 * Configuration"): a section is allowed below the file that declares it unless its {@code overrideModeDefault} is
 * {@code Deny}; a {@code <location path="…" overrideMode="Allow|Deny">} holding the section changes that for its path
 * and every path below it, the most specific such tag winning. A {@code <location>} tag of applicationHost.config
 * itself is at the server level: locks apply to the web.config files below.
 */
public record SectionLocks(
        Map<String, Declaration> declarations,
        Set<String> groups,
        List<LocationMode> locationModes,
        boolean stock,
        List<SettingLock> settingLocks,
        List<LocationMode> tighter,
        Map<String, Declaration> framework) {

    public SectionLocks {
        declarations = Map.copyOf(declarations);
        groups = Set.copyOf(groups);
        locationModes = List.copyOf(locationModes);
        settingLocks = List.copyOf(settingLocks);
        tighter = List.copyOf(tighter);
        framework = Map.copyOf(framework);
    }

    public SectionLocks(
            Map<String, Declaration> declarations,
            Set<String> groups,
            List<LocationMode> locationModes,
            boolean stock,
            List<SettingLock> settingLocks) {
        this(declarations, groups, locationModes, stock, settingLocks, List.of(), Map.of());
    }

    public SectionLocks(
            Map<String, Declaration> declarations,
            Set<String> groups,
            List<LocationMode> locationModes,
            boolean stock) {
        this(declarations, groups, locationModes, stock, List.of());
    }

    /** The same locks with the granular ones ({@code lockAttributes}, {@code lockItem}, …) of the file. */
    public SectionLocks withSettingLocks(List<SettingLock> locks) {
        return new SectionLocks(declarations, groups, locationModes, stock, locks, tighter, framework);
    }

    /**
     * The same locks with those of the files between this one and a web.config (the framework configs above
     * applicationHost.config for ASP.NET's sections, the web.config files of the folders above): their
     * {@code <location>} tags that deny a section ({@code modes}, paths from the site's name) and their granular locks.
     * A lower file can only add locks: what a higher file locks, no file below it may unlock.
     */
    public SectionLocks tightenedBy(List<LocationMode> modes, List<SettingLock> locks) {
        return tightenedBy(modes, locks, Map.of());
    }

    /**
     * The same, with the ASP.NET section declarations of the machine.config above ({@code aspNet}, by lower-case
     * path): they replace the stock .NET Framework 4 ones where the file declares a section.
     */
    public SectionLocks tightenedBy(
            List<LocationMode> modes, List<SettingLock> locks, Map<String, Declaration> aspNet) {
        if (modes.isEmpty() && locks.isEmpty() && aspNet.isEmpty()) return this;
        List<SettingLock> all = new java.util.ArrayList<>(settingLocks);
        all.addAll(locks);
        List<LocationMode> more = new java.util.ArrayList<>(tighter);
        more.addAll(modes);
        Map<String, Declaration> declared = new java.util.HashMap<>(framework);
        declared.putAll(aspNet);
        return new SectionLocks(declarations, groups, locationModes, stock, all, more, declared);
    }

    /** How an element locks part of itself for the files below. */
    public enum LockKind {
        /** {@code lockAttributes="a,b"} ({@code *}: all). */
        ATTRIBUTES("lockAttributes"),
        /** {@code lockAllAttributesExcept="a"}. */
        ALL_ATTRIBUTES_EXCEPT("lockAllAttributesExcept"),
        /** {@code lockElements="x,y"}: child elements, or a collection's add, remove and clear. */
        ELEMENTS("lockElements"),
        /** {@code lockAllElementsExcept="x"}. */
        ALL_ELEMENTS_EXCEPT("lockAllElementsExcept"),
        /** {@code lockItem="true"} on a collection entry: it may not be removed, nor the collection cleared. */
        ITEM("lockItem");

        private final String attribute;

        LockKind(String attribute) {
            this.attribute = attribute;
        }

        public String attribute() {
            return attribute;
        }
    }

    /**
     * A granular lock in applicationHost.config, at the server level ({@code path} empty) or in a
     * {@code <location path>}: on the element at {@code elementPath} inside {@code section} (element names below the
     * section element, empty for the section itself), the attribute or element {@code names} (lower case) it locks;
     * for {@link LockKind#ITEM}, the collection at {@code elementPath} and the locked entry's attributes. {@code written}
     * is the lock attribute's value as the file spells it (names are compared without letter case, as IIS does);
     * {@code inLocation} whether it is written in a {@code <location>} tag (a web.config's own level has a path too).
     */
    public record SettingLock(
            String path,
            String section,
            List<String> elementPath,
            LockKind kind,
            Set<String> names,
            Map<String, String> item,
            Location location,
            String written,
            boolean inLocation) {
        public SettingLock {
            elementPath = List.copyOf(elementPath);
            names = Set.copyOf(names);
            item = Map.copyOf(item);
        }

        /** A lock in applicationHost.config: in a {@code <location>} tag when its path is not empty. */
        public SettingLock(
                String path,
                String section,
                List<String> elementPath,
                LockKind kind,
                Set<String> names,
                Map<String, String> item,
                Location location,
                String written) {
            this(path, section, elementPath, kind, names, item, location, written, !path.isEmpty());
        }

        /** Whether this lock holds for the files at {@code configPath}. */
        public boolean covers(String configPath) {
            return holds(path, configPath);
        }
    }

    /** A section's override mode: whether files below may set it. */
    public enum Mode {
        ALLOW,
        DENY;

        public String spelling() {
            return this == ALLOW ? "Allow" : "Deny";
        }
    }

    /** Where a section may be set ({@code allowDefinition}); absent means everywhere. */
    public enum AllowDefinition {
        MACHINE_ONLY("MachineOnly"),
        MACHINE_TO_WEB_ROOT("MachineToWebRoot"),
        MACHINE_TO_APPLICATION("MachineToApplication"),
        APP_HOST_ONLY("AppHostOnly"),
        EVERYWHERE("Everywhere");

        private final String spelling;

        AllowDefinition(String spelling) {
            this.spelling = spelling;
        }

        public String spelling() {
            return spelling;
        }

        /** The value of an {@code allowDefinition} attribute (IIS compares it without regard to case). */
        public static Optional<AllowDefinition> parse(String text) {
            for (AllowDefinition d : values()) if (d.spelling.equalsIgnoreCase(text.trim())) return Optional.of(d);
            return Optional.empty();
        }
    }

    /**
     * A declared section; {@code location} is where the export declares it, empty for a stock declaration (the file
     * declared none).
     */
    public record Declaration(
            String section, Mode overrideModeDefault, AllowDefinition allowDefinition, Optional<Location> location) {}

    /**
     * A {@code <location>} tag with an override mode other than Inherit, and the sections it holds; {@code tag} is how
     * the file writes it ({@code <location path="sub" allowOverride="false">}).
     */
    public record LocationMode(String path, Mode mode, Set<String> sections, Location location, String tag) {
        public LocationMode {
            sections = Set.copyOf(sections);
        }

        public LocationMode(String path, Mode mode, Set<String> sections, Location location) {
            this(
                    path,
                    mode,
                    sections,
                    location,
                    "<location path=\"" + path + "\" overrideMode=\"" + mode.spelling() + "\">");
        }

        /** Whether this tag holds for the files at {@code configPath}: its path, or a path below it. */
        public boolean covers(String configPath) {
            return holds(path, configPath);
        }
    }

    /**
     * The override mode of {@code section} at {@code configPath} ({@code Site/app/dir}), and what decided it: the
     * most specific {@code <location>} tag holding the section, else its declaration. Empty when the section is not
     * declared (nothing iislint can judge).
     */
    public Optional<Verdict> modeAt(String configPath, String section) {
        Optional<Declaration> declared = declaration(section);
        if (declared.isEmpty()) return Optional.empty();
        String key = key(section);
        LocationMode best = mostSpecific(locationModes, key, configPath);
        Verdict verdict = best != null
                ? new Verdict(best.mode(), declared.get(), Optional.of(best))
                : new Verdict(declared.get().overrideModeDefault(), declared.get(), Optional.empty());
        if (verdict.mode() == Mode.DENY) return Optional.of(verdict);
        // a file further down the chain may deny it for its part of the tree: its most specific tag decides
        Map<String, List<LocationMode>> perFile = new java.util.LinkedHashMap<>();
        for (LocationMode m : tighter)
            perFile.computeIfAbsent(m.location().file(), f -> new java.util.ArrayList<>())
                    .add(m);
        for (List<LocationMode> file : perFile.values()) {
            LocationMode m = mostSpecific(file, key, configPath);
            if (m != null && m.mode() == Mode.DENY)
                return Optional.of(new Verdict(Mode.DENY, declared.get(), Optional.of(m)));
        }
        return Optional.of(verdict);
    }

    /** The most specific of {@code modes} that holds {@code section} (lower case) at {@code configPath}; null if none. */
    private static @org.jspecify.annotations.Nullable LocationMode mostSpecific(
            List<LocationMode> modes, String section, String configPath) {
        LocationMode best = null;
        for (LocationMode m : modes) {
            if (!m.sections().contains(section) || !m.covers(configPath)) continue;
            if (best == null || m.path().length() >= best.path().length()) best = m;
        }
        return best;
    }

    /** Whether a lock or tag at {@code path} holds for the files at {@code configPath}: its path, or one below it. */
    static boolean holds(String path, String configPath) {
        String p = path.toLowerCase(Locale.ROOT);
        String c = configPath.toLowerCase(Locale.ROOT);
        return p.isEmpty() || c.equals(p) || c.startsWith(p + "/");
    }

    /**
     * The section's declaration in this file, or in a stock install when this file declares none; an ASP.NET section
     * ({@code system.web/…}) the file does not declare, as the machine.config above declares it (when it is among the
     * inputs and declares it), else as the stock .NET Framework 4 machine.config does.
     */
    public Optional<Declaration> declaration(String section) {
        Optional<Declaration> own =
                Optional.ofNullable((stock ? StockSections.DECLARATIONS : declarations).get(key(section)));
        if (own.isPresent() || !FrameworkSections.isAspNet(section)) return own;
        Declaration machine = framework.get(key(section));
        return Optional.ofNullable(machine != null ? machine : FrameworkSections.DECLARATIONS.get(key(section)));
    }

    /** Whether {@code section} is ASP.NET's ({@code system.web/…}): ASP.NET enforces its declaration, not IIS. */
    public static boolean isAspNet(String section) {
        return FrameworkSections.isAspNet(section);
    }

    /** The locks of a file that declares no section: a stock IIS 10 install's declarations, and its own tags. */
    public static SectionLocks stock(List<LocationMode> locationModes) {
        return new SectionLocks(Map.of(), StockSections.GROUPS, locationModes, true, List.of());
    }

    /** Whether {@code path} ({@code system.webServer/security}) is a section group rather than a section. */
    public boolean isGroup(String path) {
        return (stock ? StockSections.GROUPS : groups).contains(key(path))
                || FrameworkSections.GROUPS.contains(key(path));
    }

    public static String key(String section) {
        return section.toLowerCase(Locale.ROOT);
    }

    /** A section's override mode at a path, from its declaration or from the {@code <location>} tag that set it. */
    public record Verdict(Mode mode, Declaration declaration, Optional<LocationMode> location) {}
}
