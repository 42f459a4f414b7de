package io.iislint.finding;

import java.util.Locale;
import java.util.Optional;

/** How bad a finding is. Ordered from most to least severe. */
public enum Severity {
    ERROR,
    WARNING,
    INFO;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether a finding of this severity is at or above {@code threshold}. */
    public boolean atLeast(Severity threshold) {
        return compareTo(threshold) <= 0; // declared from most to least severe
    }

    public static Optional<Severity> parse(String text) {
        for (Severity s : values()) {
            if (s.label().equalsIgnoreCase(text.trim())) return Optional.of(s);
        }
        return Optional.empty();
    }
}
