package io.iislint.rules;

import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Names listed in a message ("shares application pool 'p' with sites 'a', 'b'"): the first few, quoted, then how
 * many more. A message that named every other site for every site would grow with the square of their number: on
 * a server with 20,000 sites in one pool, gigabytes of report.
 */
public final class Names {
    /** How many names a message lists before it counts the rest. */
    public static final int SHOWN = 5;

    private Names() {}

    /** {@code 'a', 'b', 'c', 'd', 'e', … (7 more)}: the first {@link #SHOWN} of {@code names}, of {@code total} in all. */
    public static String some(Stream<String> names, int total) {
        String shown = names.limit(SHOWN).map(n -> "'" + n + "'").collect(Collectors.joining(", "));
        return total > SHOWN ? shown + ", … (" + (total - SHOWN) + " more)" : shown;
    }
}
