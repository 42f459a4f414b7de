package io.iislint.model;

import io.iislint.source.Location;
import io.iislint.xml.XmlElement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Any setting of any section at one configuration path, resolved as IIS and ASP.NET do across the levels above it:
 * machine.config, the root web.config, applicationHost.config (its server level, then each {@code <location>} that
 * holds the path, shallowest first), then the web.config files from the site's root down, each with its own
 * {@code <location>} tags. An attribute comes from the most specific level that writes it, else its schema default; a
 * collection is replayed level by level ({@code <add>}, {@code <remove>}, {@code <clear/>}). Sections IIS refuses at a
 * web.config's place (locked, not allowed there) are not in its level, so they never win. Element and attribute names
 * are compared as written: IIS and ASP.NET refuse an attribute in another letter case as unrecognized.
 *
 * <p>The typed records of {@link WebServerScope} name the settings most rules read; this is the general view for the
 * rest ({@code system.web}, {@code connectionStrings}, {@code system.webServer/security/requestFiltering}, …).
 */
public final class Settings {

    /**
     * One level: the elements whose children are sections there (a file's {@code <configuration>} root and its
     * {@code <location path="">} tags, or the {@code <location>} tags of one path), how an origin names it, and
     * whether it is the scope's own level (its values are "set here", the others' "inherited").
     */
    public record Level(String label, List<XmlElement> containers, boolean own) {
        public Level {
            containers = List.copyOf(containers);
        }
    }

    /** No level: every setting is its default (a scope of a file without sections). */
    public static final Settings EMPTY = new Settings(List.of());

    private static final String WEB_SERVER = "system.webServer/";

    private final List<Level> chain;
    /** Whether an unwritten setting is unknown rather than its default (an export of effective values). */
    private final boolean exported;

    /** {@code chain}: least specific level first. */
    public Settings(List<Level> chain) {
        this(chain, false);
    }

    private Settings(List<Level> chain, boolean exported) {
        this.chain = List.copyOf(chain);
        this.exported = exported;
    }

    /**
     * The settings of an export that lists effective values ({@code appcmd list config}): what it does not list is
     * unknown, not the schema default, since the export may leave out what the server sets.
     */
    public static Settings exported(List<Level> chain) {
        return new Settings(chain, true);
    }

    public List<Level> chain() {
        return chain;
    }

    /**
     * The text of {@code attribute} on the element at {@code path} ({@code system.web/compilation}), from the most
     * specific level that writes it; else the schema default ({@code schema-defaults.properties}, key
     * {@code path/@attribute}); unknown when neither says.
     */
    public Value<String> text(String path, String attribute) {
        return typed(path, attribute, Optional::of);
    }

    /** The same, read as IIS reads a boolean ({@code true}/{@code false}, any letter case). */
    public Value<Boolean> bool(String path, String attribute) {
        return typed(path, attribute, Settings::parseBool);
    }

    /** The same, read as a whole number (an attribute IIS would refuse is unknown here: it is not judged). */
    public Value<Long> number(String path, String attribute) {
        return typed(path, attribute, Settings::parseNumber);
    }

    /** The same, read as a time span ({@code hh:mm:ss}, {@code d.hh:mm:ss}). */
    public Value<TimeSpan> timeSpan(String path, String attribute) {
        return typed(path, attribute, TimeSpan::parse);
    }

    /** The same, read by {@code parse}; a text it refuses is unknown. */
    public <T> Value<T> typed(String path, String attribute, Function<String, Optional<T>> parse) {
        String[] names = path.split("/");
        for (int i = chain.size() - 1; i >= 0; i--) {
            Level level = chain.get(i);
            for (int j = level.containers().size() - 1; j >= 0; j--) {
                Optional<XmlElement> e = level.containers().get(j).path(names);
                if (e.isEmpty()) continue;
                Optional<String> raw = e.get().attribute(attribute);
                if (raw.isEmpty()) continue;
                Location at = e.get().locationOf(attribute);
                Optional<T> parsed = parse.apply(raw.get());
                if (parsed.isEmpty()) return Value.notSet(path + "/@" + attribute);
                return Value.of(
                        parsed.get(), level.own() ? new Origin.SetHere(at) : new Origin.Inherited(level.label(), at));
            }
        }
        if (exported) return Value.notSet(path + "/@" + attribute);
        // the table keys system.webServer's attributes without the group's name (handlers/@accessPolicy)
        Optional<String> fallback = SchemaDefaults.find(path + "/@" + attribute)
                .or(() -> path.startsWith(WEB_SERVER)
                        ? SchemaDefaults.find(path.substring(WEB_SERVER.length()) + "/@" + attribute)
                        : Optional.empty());
        if (fallback.isEmpty()) return Value.notSet(path + "/@" + attribute);
        // ASP.NET and the .NET networking classes, not IIS, decide what their sections default to
        String whose = path.startsWith("system.web/") || path.equals("system.web")
                ? "ASP.NET default"
                : path.startsWith("system.net/") ? ".NET default" : "";
        return parse.apply(fallback.get())
                .map(v -> whose.isEmpty() ? Value.ofDefault(v) : Value.ofDefault(v, whose))
                .orElseThrow(() -> new IllegalStateException("bad schema default for " + path + "/@" + attribute));
    }

    /** The most specific element at {@code path} some level writes, and its origin; empty when none does. */
    public Optional<Written> element(String path) {
        String[] names = path.split("/");
        for (int i = chain.size() - 1; i >= 0; i--) {
            Level level = chain.get(i);
            for (int j = level.containers().size() - 1; j >= 0; j--) {
                Optional<XmlElement> e = level.containers().get(j).path(names);
                if (e.isPresent())
                    return Optional.of(
                            new Written(e.get(), origin(level, e.get().location())));
            }
        }
        return Optional.empty();
    }

    /** An element some level writes, and where it comes from. */
    public record Written(XmlElement element, Origin origin) {}

    /**
     * The entries of the collection at {@code path} after every level's {@code <add>}, {@code <remove>} and
     * {@code <clear/>}, in order; entries are keyed by {@code keys} (compared without letter case). An {@code add}
     * whose key is already there replaces it (IIS refuses the duplicate with HTTP 500.19; its value is judged).
     */
    public List<Entry> collection(String path, String add, String... keys) {
        String[] names = path.split("/");
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (Level level : chain) {
            for (XmlElement container : level.containers()) {
                Optional<XmlElement> c = container.path(names);
                if (c.isEmpty()) continue;
                for (XmlElement item : c.get().children()) {
                    if (item.name().equals("clear")) entries.clear();
                    else if (item.name().equals("remove")) entries.remove(key(item, keys));
                    else if (item.name().equals(add))
                        entries.put(key(item, keys), new Entry(item, origin(level, item.location())));
                }
            }
        }
        return List.copyOf(entries.values());
    }

    /** One entry of a collection: its element (attributes as written) and where it comes from. */
    public record Entry(XmlElement element, Origin origin) {
        public String attribute(String name) {
            return element.attribute(name).orElse("");
        }
    }

    private static String key(XmlElement item, String... keys) {
        StringBuilder k = new StringBuilder();
        for (String name : keys) {
            k.append(item.attribute(name).orElse("").trim().toLowerCase(Locale.ROOT))
                    .append('\u0000');
        }
        return k.toString();
    }

    private static Origin origin(Level level, Location at) {
        return level.own() ? new Origin.SetHere(at) : new Origin.Inherited(level.label(), at);
    }

    private static Optional<Boolean> parseBool(String t) {
        return switch (t.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> Optional.of(true);
            case "false" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    private static Optional<Long> parseNumber(String t) {
        String s = t.trim();
        return Digits.upTo(s, 18) ? Optional.of(Long.parseLong(s)) : Optional.empty();
    }

    /** The levels' labels, for tests and traces. */
    public List<String> labels() {
        List<String> l = new ArrayList<>();
        for (Level level : chain) l.add(level.label());
        return l;
    }
}
