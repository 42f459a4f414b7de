package io.iislint.cli;

import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * Builds picocli's model of a command in code. picocli can read the same model from annotations, but the JDK
 * makes each annotation instance a proxy class that it generates afresh in every run (no class archive holds
 * them), and picocli reads every method of a command looking for more: that was about 45 ms of a 230 ms run on a
 * typical config. The help, the error messages and the completion script are the same as the annotated model's
 * ({@code CliHelpTest} holds them).
 */
final class Specs {
    private Specs() {}

    /** The name picocli gives the mixin that holds -h and -V; its usage help lists them last. */
    private static final String STANDARD_HELP = "mixinStandardHelpOptions";

    /** A command: its name, the object whose run() or call() picocli calls, and its description lines. */
    static CommandSpec command(String name, Object command, String... description) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name(name).versionProvider(new Version());
        spec.usageMessage().description(description);
        return spec;
    }

    /** Adds -h/--help and -V/--version: call it after the command's own options, as picocli adds them last. */
    static CommandSpec standardHelpOptions(CommandSpec spec) {
        CommandSpec help = CommandSpec.create();
        help.addOption(OptionSpec.builder("-h", "--help")
                .usageHelp(true)
                .description("Show this help message and exit.")
                .build());
        help.addOption(OptionSpec.builder("-V", "--version")
                .versionHelp(true)
                .description("Print version information and exit.")
                .build());
        spec.addMixin(STANDARD_HELP, help);
        return spec;
    }

    /**
     * Names as a sentence lists them ({@code text, json or markdown}): help and error messages name the accepted
     * values from their enum, so that a value added there is never missing from them.
     */
    static String oneOf(Enum<?>[] values) {
        return oneOf(values, null);
    }

    /**
     * The same, with {@code (default)} after the default value. A loop, not a stream: every run builds the commands'
     * model, help included, before the JVM has compiled anything.
     */
    static String oneOf(Enum<?>[] values, @Nullable Enum<?> defaultValue) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) s.append(i == values.length - 1 ? " or " : ", ");
            s.append(values[i].name());
            if (values[i] == defaultValue) s.append(" (default)");
        }
        return s.toString();
    }

    /** The "Exit codes:" section; each entry is {@code CODE:TEXT}. */
    static void exitCodes(CommandSpec spec, String... codes) {
        spec.usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(UsageMessageSpec.keyValuesMap(codes));
    }

    /**
     * Binds an option to a field of the command, read and written through the lambdas. The field's value now is
     * the initial value: picocli sets it back before parsing, as it does for an annotated field.
     */
    static <V> OptionSpec.Builder bind(OptionSpec.Builder option, Supplier<V> get, Consumer<V> set) {
        Field<V> field = new Field<>(get, set);
        return option.getter(field).setter(field).initialValue(get.get());
    }

    /** Binds a positional parameter to a field of the command, as {@link #bind(OptionSpec.Builder, Supplier, Consumer)}. */
    static <V> PositionalParamSpec.Builder bind(
            PositionalParamSpec.Builder parameter, Supplier<V> get, Consumer<V> set) {
        Field<V> field = new Field<>(get, set);
        return parameter.getter(field).setter(field).initialValue(get.get());
    }

    /** picocli's getter and setter are generic methods, which a lambda cannot implement: this adapts two lambdas. */
    private static final class Field<V> implements IGetter, ISetter {
        private final Supplier<V> get;
        private final Consumer<V> set;

        Field(Supplier<V> get, Consumer<V> set) {
            this.get = get;
            this.set = set;
        }

        @Override
        // picocli's IGetter declares get() so; the value is the field's, of the type the option was built with
        @SuppressWarnings({"unchecked", "TypeParameterUnusedInFormals"})
        public <T> T get() {
            return (T) get.get();
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T set(T value) {
            T old = get();
            set.accept((V) value);
            return old;
        }
    }
}
