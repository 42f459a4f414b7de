package io.iislint.xml;

import java.util.List;

/**
 * A parsed configuration file: its root element and the comments that may be inline suppressions (those whose text
 * starts with {@code iislint-}; the reader never builds the text of the others).
 */
public record XmlDocument(String file, XmlElement root, List<XmlComment> comments) {
    public XmlDocument {
        comments = List.copyOf(comments);
    }
}
