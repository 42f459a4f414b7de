package io.iislint.model;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Reads IIS enums and flag lists the way IIS does: names case-insensitively, or their numeric values. */
public final class IisEnums {
    private IisEnums() {}

    public static <E extends Enum<E> & IisEnum> Optional<E> parse(Class<E> type, String text) {
        String t = text.trim();
        for (E e : type.getEnumConstants()) {
            if (e.iisName().equalsIgnoreCase(t)) return Optional.of(e);
        }
        if (Digits.upTo(t, 10)) {
            long n = Long.parseLong(t);
            for (E e : type.getEnumConstants()) {
                if (e.iisValue() == n) return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** {@code "Time, Memory"}, {@code "Read,Script"}, {@code "9"}, or {@code ""} / {@code "None"} for no flag. */
    public static <E extends Enum<E> & IisEnum> Optional<Set<E>> parseFlags(Class<E> type, String text) {
        EnumSet<E> set = EnumSet.noneOf(type);
        String t = text.trim();
        if (t.isEmpty() || t.toLowerCase(Locale.ROOT).equals("none")) return Optional.of(set);
        if (Digits.upTo(t, 10)) {
            long n = Long.parseLong(t);
            long known = 0;
            for (E e : type.getEnumConstants()) {
                known |= e.iisValue();
                if ((n & e.iisValue()) != 0) set.add(e);
            }
            return (n & ~known) == 0 ? Optional.of(set) : Optional.empty();
        }
        for (String part : t.split(",")) {
            Optional<E> e = parse(type, part);
            if (e.isEmpty()) return Optional.empty();
            set.add(e.get());
        }
        return Optional.of(set);
    }

    /** The names IIS accepts, for messages: {@code LocalSystem, LocalService, …}. */
    public static <E extends Enum<E> & IisEnum> String names(Class<E> type) {
        StringBuilder sb = new StringBuilder();
        for (E e : type.getEnumConstants()) {
            if (sb.length() > 0) sb.append(", ");
            sb.append(e.iisName());
        }
        return sb.toString();
    }
}
