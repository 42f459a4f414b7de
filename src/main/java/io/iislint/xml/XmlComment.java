package io.iislint.xml;

import io.iislint.source.Location;

/** A comment in a configuration file. Ignored by the linter today; kept for inline suppressions. */
public record XmlComment(String text, Location location) {}
