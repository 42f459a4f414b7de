package io.iislint.xml;

import io.iislint.source.Location;
import java.util.Optional;

/**
 * A comment in a configuration file, with the lines of the start tag of the element that follows it (if any):
 * what an inline suppression placed before an element applies to.
 */
public record XmlComment(String text, Location location, Optional<LineRange> nextElement) {

    /** First and last line of a start tag (an element's attributes may span several lines). */
    public record LineRange(int first, int last) {
        public boolean contains(int line) {
            return line >= first && line <= last;
        }
    }
}
