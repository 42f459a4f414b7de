package io.iislint.source;

/** A position in an input file: 1-based line and column, as an editor shows them. */
public record Location(String file, int line, int column) implements Comparable<Location> {

    // equals and hashCode written out: a record's generated ones are linked through method handles on first use,
    // about 10 ms of a cold run (records hashed in every run: Location; with suppressions: Directive, XmlComment)
    @Override
    public boolean equals(Object o) {
        return o instanceof Location l && line == l.line && column == l.column && file.equals(l.file);
    }

    @Override
    public int hashCode() {
        return (file.hashCode() * 31 + line) * 31 + column;
    }

    @Override
    public int compareTo(Location o) {
        int c = file.compareTo(o.file);
        if (c != 0) return c;
        c = Integer.compare(line, o.line);
        return c != 0 ? c : Integer.compare(column, o.column);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }

    /** {@code file:line}, the short form used inside messages. */
    public String fileAndLine() {
        return file + ":" + line;
    }
}
