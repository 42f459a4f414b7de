package io.iislint.xml;

import io.iislint.source.Location;
import java.util.Optional;

/**
 * A comment in a configuration file, with the lines of the start tag of the element that follows it (if any):
 * what an inline suppression placed before an element applies to.
 */
public record XmlComment(String text, Location location, Optional<LineRange> nextElement) {

    // equals and hashCode written out, as in Location: a record's generated ones cost a cold run its first use

    @Override
    public boolean equals(Object o) {
        return o instanceof XmlComment c
                && text.equals(c.text)
                && location.equals(c.location)
                && nextElement.equals(c.nextElement);
    }

    @Override
    public int hashCode() {
        return (text.hashCode() * 31 + location.hashCode()) * 31 + nextElement.hashCode();
    }

    /** First and last line of a start tag (an element's attributes may span several lines). */
    public record LineRange(int first, int last) {
        public boolean contains(int line) {
            return line >= first && line <= last;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof LineRange r && first == r.first && last == r.last;
        }

        @Override
        public int hashCode() {
            return first * 31 + last;
        }
    }
}
