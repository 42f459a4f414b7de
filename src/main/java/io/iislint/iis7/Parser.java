package io.iislint.iis7;

import io.iislint.model.Digits;
import io.iislint.model.IisEnum;
import io.iislint.model.IisEnums;
import io.iislint.model.Secret;
import io.iislint.model.TimeSpan;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** Turns an attribute's text into a typed value, as IIS reads it; empty when IIS would refuse the text. */
record Parser<T>(String expected, Function<String, Optional<T>> parse) {

    static final Parser<String> STRING = new Parser<>("text", Optional::of);

    static final Parser<Boolean> BOOL =
            new Parser<>("true or false", t -> switch (t.trim().toLowerCase(Locale.ROOT)) {
                case "true" -> Optional.of(true);
                case "false" -> Optional.of(false);
                default -> Optional.empty();
            });

    static final Parser<Long> UINT = uint(0, 4_294_967_295L);

    /**
     * A time span with IIS_schema.xml's timeSpanRange (in seconds). The schema's third parameter, a granularity, is
     * not checked: the schema does not say what IIS does with it.
     */
    static Parser<TimeSpan> timeSpan(long minSeconds, long maxSeconds) {
        return new Parser<>(
                "a time span from " + new TimeSpan(minSeconds) + " to " + new TimeSpan(maxSeconds)
                        + " (IIS_schema.xml range)",
                t -> TimeSpan.parse(t).filter(v -> v.seconds() >= minSeconds && v.seconds() <= maxSeconds));
    }

    static final Parser<Secret> SECRET = new Parser<>("text", t -> Optional.of(Secret.of(t)));

    static Parser<Long> uint(long min, long max) {
        return new Parser<>("a whole number from " + min + " to " + max, t -> {
            String s = t.trim();
            if (!Digits.upTo(s, 12)) return Optional.empty();
            long v = Long.parseLong(s);
            return v >= min && v <= max ? Optional.of(v) : Optional.empty();
        });
    }

    /** One parser per enum type, made on first use: its message lists every name, which costs to build per read. */
    private static final Map<Class<?>, Parser<?>> ENUMERATIONS = new ConcurrentHashMap<>();

    private static final Map<Class<?>, Parser<?>> FLAGS = new ConcurrentHashMap<>();

    @SuppressWarnings("unchecked") // the map holds, for each type, a parser of that type
    static <E extends Enum<E> & IisEnum> Parser<E> enumeration(Class<E> type) {
        return (Parser<E>) ENUMERATIONS.computeIfAbsent(
                type, k -> new Parser<>("one of " + IisEnums.names(type), t -> IisEnums.parse(type, t)));
    }

    @SuppressWarnings("unchecked") // the map holds, for each type, a parser of sets of that type
    static <E extends Enum<E> & IisEnum> Parser<Set<E>> flags(Class<E> type) {
        return (Parser<Set<E>>) FLAGS.computeIfAbsent(
                type,
                k -> new Parser<>(
                        "a comma-separated list of " + IisEnums.names(type), t -> IisEnums.parseFlags(type, t)));
    }
}
