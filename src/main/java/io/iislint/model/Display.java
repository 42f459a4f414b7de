package io.iislint.model;

import java.util.Collection;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Shows model values the way IIS writes them in configuration files. */
public final class Display {
    private Display() {}

    public static String of(@Nullable Object value) {
        if (value == null) return "(not set)";
        if (value instanceof IisEnum e) return e.iisName();
        if (value instanceof Secret s) return Secret.describe(s);
        if (value instanceof Collection<?> c) return c.stream().map(Display::of).collect(Collectors.joining(", "));
        return value.toString();
    }
}
