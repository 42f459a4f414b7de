package io.iislint.rules;

import io.iislint.model.Settings;
import io.iislint.xml.XmlElement;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What a scope's own level does to a collection it inherits (request filtering's fileExtensions, hiddenSegments,
 * verbs): the entries the levels above leave it, and the element of its own level that takes one away.
 */
public final class CollectionChanges {
    private CollectionChanges() {}

    /** The settings of the levels above the scope's own: what it would get if it wrote nothing. */
    public static Settings above(Settings settings) {
        List<Settings.Level> chain = settings.chain();
        if (chain.isEmpty() || !chain.get(chain.size() - 1).own()) return settings;
        return new Settings(chain.subList(0, chain.size() - 1));
    }

    /** Whether some entry of {@code entries} has {@code key} equal to {@code value} (without letter case) and passes {@code test}. */
    public static boolean has(List<Settings.Entry> entries, String key, String value, Predicate<Settings.Entry> test) {
        for (Settings.Entry e : entries) {
            if (e.attribute(key).trim().equalsIgnoreCase(value) && test.test(e)) return true;
        }
        return false;
    }

    /**
     * The last element of the scope's own level, in the collection at {@code path}, that concerns the entry with
     * {@code key} = {@code value}: its {@code <remove>}, a {@code <clear/>}, or its {@code <add>}.
     */
    public static Optional<XmlElement> ownChange(Settings settings, String path, String key, String value) {
        List<Settings.Level> chain = settings.chain();
        if (chain.isEmpty() || !chain.get(chain.size() - 1).own()) return Optional.empty();
        XmlElement found = null;
        String v = value.toLowerCase(Locale.ROOT);
        for (XmlElement container : chain.get(chain.size() - 1).containers()) {
            Optional<XmlElement> c = container.path(path.split("/"));
            if (c.isEmpty()) continue;
            for (XmlElement item : c.get().children()) {
                if (item.name().equals("clear")) found = item;
                else if (item.attribute(key)
                        .map(a -> a.trim().toLowerCase(Locale.ROOT).equals(v))
                        .orElse(false)) found = item;
            }
        }
        return Optional.ofNullable(found);
    }
}
