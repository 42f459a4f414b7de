package io.iislint.model;

/**
 * An enumeration from the IIS schema. Constants are named exactly as IIS spells them ({@code LocalSystem},
 * {@code KillW3wp}), so code and findings read like the configuration; the numeric value is the schema's,
 * which for these enums is the declaration order.
 */
public interface IisEnum {
    String name();

    int ordinal();

    default String iisName() {
        return name();
    }

    default long iisValue() {
        return ordinal();
    }

    /** A flag enumeration: each constant is one bit, in declaration order unless it says otherwise. */
    interface Flag extends IisEnum {
        @Override
        default long iisValue() {
            return 1L << ordinal();
        }
    }
}
