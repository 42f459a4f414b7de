package io.iislint.rules;

import io.iislint.model.IisEnums;
import io.iislint.model.RecycleEvent;
import io.iislint.model.TimeSpan;
import java.util.Set;

/**
 * A rule's threshold, declared once in its class ({@code static final Param<Long> MAX = Param.integer("max", 1000)})
 * and read typed ({@code ctx.get(MAX)}); organisations set it with {@code --param RULE.name=value} or their policy
 * file. The catalog documents it with the same name, type and default, which a test holds to.
 *
 * @param type the catalog's type name: {@code integer}, {@code timespan}, {@code recycle-events} or {@code text}
 * @param defaultValue the default as the catalog writes it
 */
@SuppressWarnings("UnusedTypeParameter") // T is the type ctx.get(param) returns: it lives in the declarations only
public record Param<T>(String name, String type, String defaultValue, Class<?> javaType) {

    public static Param<Long> integer(String name, long defaultValue) {
        return new Param<>(name, "integer", Long.toString(defaultValue), Long.class);
    }

    public static Param<TimeSpan> timeSpan(String name, String defaultValue) {
        if (TimeSpan.parse(defaultValue).isEmpty())
            throw new IllegalArgumentException(name + ": not a time span: " + defaultValue);
        return new Param<>(name, "timespan", defaultValue, TimeSpan.class);
    }

    public static Param<Set<RecycleEvent>> recycleEvents(String name, String defaultValue) {
        if (IisEnums.parseFlags(RecycleEvent.class, defaultValue).isEmpty())
            throw new IllegalArgumentException(name + ": " + defaultValue);
        return new Param<>(name, "recycle-events", defaultValue, Set.class);
    }

    public static Param<String> text(String name, String defaultValue) {
        return new Param<>(name, "text", defaultValue, String.class);
    }
}
