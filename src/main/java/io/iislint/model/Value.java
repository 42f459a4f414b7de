package io.iislint.model;

import java.util.Optional;
import io.iislint.source.Location;

/** An effective setting: the value IIS will use and where it came from. */
public record Value<T>(T value, Origin origin) {

    public static <T> Value<T> ofDefault(T value) {
        return new Value<>(value, Origin.DEFAULT);
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
