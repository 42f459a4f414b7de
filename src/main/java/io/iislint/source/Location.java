package io.iislint.source;

/** A position in an input file: 1-based line and column, as an editor shows them. */
public record Location(String file, int line, int column) implements Comparable<Location> {

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
