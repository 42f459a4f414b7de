package io.iislint.model;

import io.iislint.source.Location;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * An effective setting: the value IIS will use and where it came from — or, for an IIS 6 metabase property that no
 * key sets and no reliable default fills, no value at all. The two cases are two types, so a rule cannot read a
 * value without saying what it does when there is none: {@code if (v instanceof Value.Known<Long> k && k.value() > max)},
 * {@code v.is(true)}, {@code v.matches(q -> q > max)}, {@code v.known()}.
 */
public sealed interface Value<T> permits Value.Known, Value.Unknown {

    Origin origin();

    /** A value IIS uses: written somewhere (see its origin) or the IIS default. Never null. */
    record Known<T>(T value, Origin origin) implements Value<T> {
        public Known {
            Objects.requireNonNull(value, "a known value");
            Objects.requireNonNull(origin, "its origin");
            if (origin instanceof Origin.NotSet)
                throw new IllegalArgumentException("a known value cannot be 'not set'");
        }
    }

    /**
     * Not written on the key or any parent key, and no default is reliable enough to assume (IIS 6: the documentation
     * disagrees on the default). Rules leave such a value unjudged rather than guess.
     */
    record Unknown<T>(Origin.NotSet origin) implements Value<T> {}

    static <T> Value<T> of(T value, Origin origin) {
        return new Known<>(value, origin);
    }

    static <T> Value<T> ofDefault(T value) {
        return new Known<>(value, new Origin.Default());
    }

    /** The default of some IIS versions only: {@code which} says which, and why the file is taken for one. */
    static <T> Value<T> ofDefault(T value, String which) {
        return new Known<>(value, new Origin.Default(which));
    }

    static <T> Value<T> notSet(String key) {
        return new Unknown<>(new Origin.NotSet(key));
    }

    /** The value, or empty when it is unknown. */
    default Optional<T> known() {
        return this instanceof Known<T> k ? Optional.of(k.value()) : Optional.empty();
    }

    /** False for an unknown value: there is nothing to judge. */
    default boolean isSet() {
        return this instanceof Known<T>;
    }

    /** Whether the value is known and equal to {@code expected}. */
    default boolean is(T expected) {
        return this instanceof Known<T> k && k.value().equals(expected);
    }

    /** Whether the value is known and passes {@code test}. */
    default boolean matches(Predicate<? super T> test) {
        return this instanceof Known<T> k && test.test(k.value());
    }

    /** The value, or {@code other} when it is unknown. */
    default T orElse(T other) {
        return known().orElse(other);
    }

    /** The same setting, its value seen through {@code f} (a flag bit, a part of it); unknown stays unknown. */
    default <R> Value<R> map(java.util.function.Function<? super T, ? extends R> f) {
        if (this instanceof Known<T> k) return new Known<>(f.apply(k.value()), k.origin());
        return new Unknown<>((Origin.NotSet) origin());
    }

    default boolean isDefault() {
        return origin() instanceof Origin.Default;
    }

    default Optional<Location> location() {
        return origin().location();
    }

    /** How the value is shown in reports: IIS's own spelling ({@code (not set)} when unknown). */
    default String display() {
        return Display.of(known().orElse(null));
    }
}
