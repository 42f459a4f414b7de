package io.iislint.xml;

import io.iislint.source.Location;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One element of a configuration file, as written: its name, its attributes in document order, its child
 * elements, its text (IIS configuration has none; the rule catalog does), and where it and each of its
 * attributes start. IIS names are case-sensitive, so lookups are too.
 */
public record XmlElement(
        String name,
        Map<String, String> attributes,
        Map<String, Location> attributeLocations,
        List<XmlElement> children,
        String text,
        Location location) {

    public XmlElement {
        attributes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes));
        attributeLocations = Map.copyOf(attributeLocations);
        children = List.copyOf(children);
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
