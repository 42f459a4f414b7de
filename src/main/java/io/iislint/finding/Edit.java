package io.iislint.finding;

import io.iislint.source.Location;
import java.util.List;

/**
 * The change to a configuration file that fixes a finding ({@code iislint check --fix}): attribute {@code attribute}
 * set to {@code value}, on the element whose start tag holds {@code at} (the element's start, or the attribute
 * itself when the value is written there) or, when {@code children} names some, on its child elements by those names
 * (the last of each, as IIS reads them), made when missing. The file is {@code at}'s: for a value that came from a
 * configSource file, that file.
 */
public record Edit(Location at, List<String> children, String attribute, String value) {
    public Edit {
        children = List.copyOf(children);
    }

    /** Where the change lands, in words: {@code recycling/@logEventOnRecycle}. */
    public String target() {
        return children.isEmpty() ? "@" + attribute : String.join("/", children) + "/@" + attribute;
    }
}
