package io.iislint.cli;

import io.iislint.catalog.Catalog;
import io.iislint.engine.Memory;
import io.iislint.text.EncodingWriter;
import io.iislint.text.Escape;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** {@code iislint}: the command-line entry point. Exit codes: 0 clean, 1 findings, 2 usage, I/O or parse error. */
public final class Main implements Runnable {
    static final String EXIT_0 = "0:no finding at or above --fail-on (or --exit-zero)";
    static final String EXIT_1 = "1:findings at or above --fail-on (default: warning)";
    static final String EXIT_2 =
            "2:usage error, bad policy or baseline file, or an input that could not be read or parsed (the others are still linted)";

    private final CommandSpec spec;

    /** The top-level command as picocli sees it (its subcommands are added by {@link #run(String[], PrintWriter, PrintWriter)}). */
    static CommandSpec spec() {
        return new Main().model();
    }

    private Main() {
        spec = Specs.command(
                "iislint",
                this,
                "Lints IIS configuration files (applicationHost.config, web.config) without a Windows server.",
                "'check' is the default command: 'iislint FILE' is 'iislint check FILE'.");
    }

    private CommandSpec model() {
        Specs.exitCodes(spec, EXIT_0, EXIT_1, EXIT_2);
        return Specs.standardHelpOptions(spec);
    }

    /** Commands that read the rule catalog: it is read on another thread while picocli parses the command line. */
    private static final Set<String> NEED_CATALOG = Set.of("check", "rules", "explain", "baseline", "benchmark");

    private static final Set<String> TOP_LEVEL_OPTIONS = Set.of("-h", "--help", "-V", "--version");

    @Override
    public void run() {
        // 'iislint' alone: show how to use it, and fail as a usage error.
        throw new CommandLine.ParameterException(spec.commandLine(), "no files given: iislint [check] PATH...");
    }

    public static void main(String[] args) {
        Optional<Integer> underUtf8 = Utf8Locale.relaunchIfNeeded(args.length);
        if (underUtf8.isPresent()) System.exit(underUtf8.get());
        args = Utf8Locale.arguments(args);
        // UTF-8 whatever the locale: a report on standard output is byte for byte the one -o writes
        StandardOutput stdout = new StandardOutput();
        PrintWriter out = new PrintWriter(new EncodingWriter(stdout, StandardCharsets.UTF_8));
        PrintWriter err = new PrintWriter(
                new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        Optional<String> unreadable = Utf8Locale.unreadable(args);
        if (unreadable.isPresent()) {
            err.println("iislint: error: " + Escape.line(unreadable.get()));
            System.exit(2);
        }
        int code = run(args, out, err);
        if (stdout.failure().isPresent()) {
            err.println("iislint: error: cannot write to standard output: "
                    + stdout.failure().get() + " (the output is incomplete)");
            err.flush();
            code = 2;
        }
        System.exit(code);
    }

    /** Runs the CLI with the given streams; returns the exit code. Used by main and by the tests. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        String[] command = withDefaultCommand(args);
        if (command.length > 0 && NEED_CATALOG.contains(command[0])) Catalog.preload();
        CommandLine cli = new CommandLine(spec());
        // add only the command this run needs (all of them for help, completion scripts and top-level errors): each
        // costs its model and its classes, and help and generate-completion are picocli's, read from annotations
        boolean one = command.length > 0
                && Commands.ALL.containsKey(command[0])
                && !command[0].equals("help")
                && !command[0].equals("generate-completion");
        String wanted = one ? command[0] : "";
        for (Map.Entry<String, Supplier<Object>> c : Commands.ALL.entrySet()) {
            if (wanted.isEmpty() || c.getKey().equals(wanted))
                cli.addSubcommand(c.getKey(), c.getValue().get());
        }
        cli.setOut(out);
        cli.setErr(err);
        cli.setUsageHelpAutoWidth(false);
        cli.setParameterExceptionHandler(Main::usageError);
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            boolean debug = parsed.originalArgs().contains("--debug");
            if (debug) printTrace(e, cmd.getErr());
            cmd.getErr()
                    .println("iislint: internal error: " + Escape.line(e.toString())
                            + (debug ? "" : " (run with --debug for details)"));
            cmd.getErr().flush();
            return 2;
        });
        int code;
        try {
            code = cli.execute(command);
        } catch (OutOfMemoryError | LinkageError e) { // outside a single file's lint (those are reported per file)
            // a class whose initialisation ran out of heap fails every later use with a LinkageError: the same cause
            if (e instanceof LinkageError && !Memory.ranOut(e)) throw e;
            out.flush();
            err.println("iislint: error: " + Memory.advice("for this run") + "; the output above is incomplete");
            code = 2;
        }
        out.flush();
        err.flush();
        return code;
    }

    /**
     * A usage error is one line, the suggestions picocli has for a misspelt option or command, and where the help
     * is. The help itself, which runs to 60 lines, is printed only for a command that needs a subcommand and was
     * given none ({@code iislint}, {@code iislint baseline}): there the list of commands is the answer.
     */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        String message = Objects.requireNonNullElse(e.getMessage(), "invalid arguments"); // picocli always gives one
        List<String> unmatched = cmd.getUnmatchedArguments();
        // picocli's words for these two are a programmer's; the patterns are compiled here, as only a run with a
        // usage error needs them
        Matcher map = Pattern.compile(
                        "Value for option option '(.+?)' \\((.+?)\\) should be in KEY=VALUE format but was (.*)",
                        Pattern.DOTALL)
                .matcher(message);
        Matcher number = Pattern.compile(
                        "(Invalid value for option '.+?': '(.*)' )is not an? (?:int|long)", Pattern.DOTALL)
                .matcher(message);
        if (number.matches()) {
            message = number.group(1)
                    + (number.group(2).matches("[+-]?[0-9]+") ? "is out of range" : "is not a whole number");
        } else if (map.matches()) {
            message = "Invalid value for option '" + map.group(1) + "': '" + map.group(3) + "' (expected "
                    + map.group(2) + ")";
        } else if (e instanceof CommandLine.MissingParameterException
                && !unmatched.isEmpty()
                && unmatched.get(0).startsWith("-")) {
            message = "Unknown option: '" + unmatched.get(0) + "'"; // the cause; the missing PATH follows from it
        }
        err.println("iislint: error: " + Escape.line(message)); // it may echo any argument
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        if (!cmd.getSubcommands().isEmpty()) {
            cmd.usage(err);
        } else {
            err.println("Try 'iislint " + qualifiedName(cmd) + " --help' for more information.");
        }
        err.flush();
        return 2;
    }

    private static String qualifiedName(CommandLine cmd) {
        return cmd.getParent() == null
                ? cmd.getCommandName()
                : cmd.getParent().getParent() == null
                        ? cmd.getCommandName()
                        : qualifiedName(cmd.getParent()) + " " + cmd.getCommandName();
    }

    /** What to say when the heap runs out: how large it was, and how to give the JVM more. */
    static void printTrace(Throwable t, PrintWriter err) {
        synchronized (err) {
            err.print(Escape.trace(t));
            err.flush();
        }
    }

    /**
     * The subcommands, in the order help lists them, each made only when a run needs it. A class of its own, made on
     * first use: under a locale that is not UTF-8 this JVM only starts another one (Utf8Locale), and would pay for
     * these method references and the classes they name for nothing.
     */
    private static final class Commands {
        static final Map<String, Supplier<Object>> ALL = new LinkedHashMap<>();

        static {
            ALL.put("check", CheckCommand::spec);
            ALL.put("audit", AuditCommand::spec);
            ALL.put("benchmark", BenchmarkCommand::spec);
            ALL.put("rules", RulesCommand::spec);
            ALL.put("explain", ExplainCommand::spec);
            ALL.put("baseline", BaselineCommand::spec);
            ALL.put("help", CommandLine.HelpCommand::new);
            ALL.put("generate-completion", picocli.AutoComplete.GenerateCompletion::new);
        }
    }

    static String[] withDefaultCommand(String[] args) {
        if (args.length == 0 || Commands.ALL.containsKey(args[0]) || TOP_LEVEL_OPTIONS.contains(args[0])) return args;
        String[] withCheck = new String[args.length + 1];
        withCheck[0] = "check";
        System.arraycopy(args, 0, withCheck, 1, args.length);
        return withCheck;
    }
}
