package io.iislint.xml;

import java.util.List;

/** A parsed configuration file: its root element and its comments. */
public record XmlDocument(String file, XmlElement root, List<XmlComment> comments) {
    public XmlDocument {
        comments = List.copyOf(comments);
    }
}
