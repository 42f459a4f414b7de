package io.iislint.xml;

import io.iislint.source.Location;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One element of a configuration file, as written: its name, its attributes in document order, its child
 * elements, its text (IIS configuration has none; the rule catalog does), and where it and each of its
 * attributes start. IIS names are case-sensitive, so lookups are too.
 *
 * <p>The element keeps the collections it is given behind read-only views, without copying them: whoever builds
 * one hands its collections over and does not change them afterwards. The readers build every element of every
 * file this way, and copying each element's maps and list was about 5% of the time on a 1,000-server repository.
 */
public record XmlElement(
        String name,
        Map<String, String> attributes,
        Map<String, Location> attributeLocations,
        List<XmlElement> children,
        String text,
        Location location,
        Map<String, String> lineBrokenValues) {

    public XmlElement {
        attributes = readOnly(attributes);
        attributeLocations = readOnly(attributeLocations);
        children = children.isEmpty() ? List.of() : java.util.Collections.unmodifiableList(children);
        lineBrokenValues = readOnly(lineBrokenValues);
    }

    /** Most elements have no children and no multi-line values: they share the empty collection, not a view each. */
    private static <K, V> Map<K, V> readOnly(Map<K, V> map) {
        return map.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(map);
    }

    public XmlElement(
            String name,
            Map<String, String> attributes,
            Map<String, Location> attributeLocations,
            List<XmlElement> children,
            String text,
            Location location) {
        this(name, attributes, attributeLocations, children, text, location, Map.of());
    }

    /** One line of a multi-line attribute value, and where it is written. */
    public record Line(String text, Location location) {}

    /**
     * An attribute written over several lines, one entry per line, each trimmed, blank lines dropped (an IIS 6
     * MULTISZ property). XML reads such a value as one line with spaces; this keeps the lines as written, each
     * with its own line number. A one-line value gives one entry; an absent or blank one none.
     */
    public List<Line> lines(String attributeName) {
        Location at = locationOf(attributeName);
        String raw = lineBrokenValues.get(attributeName);
        if (raw == null) {
            String v = attributes.get(attributeName);
            return v == null || v.isBlank() ? List.of() : List.of(new Line(v.trim(), at));
        }
        List<Line> out = new java.util.ArrayList<>();
        String[] rawLines = raw.split("\n", -1);
        for (int i = 0; i < rawLines.length; i++) {
            String t = rawLines[i].trim();
            if (t.isEmpty()) continue;
            int indent = rawLines[i].indexOf(t.charAt(0));
            out.add(new Line(t, i == 0 ? at : new Location(at.file(), at.line() + i, indent + 1)));
        }
        return out;
    }

    public Optional<String> attribute(String attributeName) {
        return Optional.ofNullable(attributes.get(attributeName));
    }

    public boolean has(String attributeName) {
        return attributes.containsKey(attributeName);
    }

    /** Where the attribute's name starts, or the element's start if the attribute is absent. */
    public Location locationOf(String attributeName) {
        return attributeLocations.getOrDefault(attributeName, location);
    }

    /** The first child with this name. IIS uses the last one when an element is repeated; see {@link #lastChild}. */
    public Optional<XmlElement> child(String childName) {
        for (XmlElement c : children) {
            if (c.name.equals(childName)) return Optional.of(c);
        }
        return Optional.empty();
    }

    public Optional<XmlElement> lastChild(String childName) {
        XmlElement found = null;
        for (XmlElement c : children) {
            if (c.name.equals(childName)) found = c;
        }
        return Optional.ofNullable(found);
    }

    public List<XmlElement> children(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).toList();
    }

    /** Follows a path of child names, e.g. {@code path("system.webServer", "asp")}. */
    public Optional<XmlElement> path(String... names) {
        Optional<XmlElement> cur = Optional.of(this);
        for (String n : names) {
            cur = cur.flatMap(e -> e.lastChild(n));
        }
        return cur;
    }
}
