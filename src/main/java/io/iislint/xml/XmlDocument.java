package io.iislint.xml;

import java.util.List;

/**
 * A parsed configuration file: its root element and the comments that may be inline suppressions (those whose text
 * starts with {@code iislint-}; the reader never builds the text of the others). {@code sources} names the other
 * files read into it (a section's {@code configSource}), as their findings name them.
 */
public record XmlDocument(String file, XmlElement root, List<XmlComment> comments, List<String> sources) {
    public XmlDocument {
        comments = List.copyOf(comments);
        sources = List.copyOf(sources);
    }

    public XmlDocument(String file, XmlElement root, List<XmlComment> comments) {
        this(file, root, comments, List.of());
    }
}
