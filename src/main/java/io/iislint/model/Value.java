package io.iislint.model;

import java.util.Optional;
import io.iislint.source.Location;

/** An effective setting: the value IIS will use and where it came from. */
public record Value<T>(T value, Origin origin) {

    public static <T> Value<T> ofDefault(T value) {
        return new Value<>(value, Origin.DEFAULT);
    }

    /**
     * A value nothing sets and no reliable default fills (IIS 6: a property missing from its key and every
     * parent key, where the IIS 6 documentation disagrees on the default). {@link #value()} is null; rules
     * leave such a value unjudged rather than guess.
     */
    public static <T> Value<T> notSet(String key) {
        return new Value<>(null, new Origin.NotSet(key));
    }

    /** False for {@link #notSet}: there is no value to judge. */
    public boolean isSet() {
        return !(origin instanceof Origin.NotSet);
    }

    public boolean isDefault() {
        return origin instanceof Origin.Default;
    }

    public Optional<Location> location() {
        return origin.location();
    }

    /** How the value is shown in reports: IIS's own spelling. */
    public String display() {
        return Display.of(value);
    }
}
