package io.iislint.cli;

import static io.iislint.cli.Specs.bind;

import io.iislint.audit.Audit;
import io.iislint.audit.AuditFormat;
import io.iislint.engine.Engine;
import io.iislint.engine.LintRequest;
import io.iislint.model.Iis6;
import io.iislint.model.IisConfig;
import io.iislint.source.InputFinder;
import io.iislint.text.Escape;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;

/** {@code iislint audit}: the pre-migration inventory and readiness verdicts. */
final class AuditCommand implements Callable<Integer> {
    final CommandSpec spec;
    List<String> paths = new ArrayList<>();
    String format = AuditFormat.TEXT.id();

    @Nullable
    Path output;

    boolean exitZero;
    boolean noConfig;
    List<String> include = new ArrayList<>();
    List<String> exclude = new ArrayList<>();

    @Nullable
    String iisVersion;

    /** The command as picocli sees it, bound to a new instance's fields. */
    static CommandSpec spec() {
        return new AuditCommand().model();
    }

    private AuditCommand() {
        spec = Specs.command(
                "audit",
                this,
                "Pre-migration audit: an inventory of sites, bindings, applications, pools, frameworks, ISAPI filters,"
                        + " modules, FastCGI and connection strings, and per site a readiness verdict for IIS 10 (from IIS 6 files) and"
                        + " Azure App Service (Ready, ConditionallyReady, NotReady, Unknown), each check with the lines it rests on.",
                "Give an IIS 6 MetaBase.xml together with its fcgiext.ini to judge what FastCGI settings carry over.");
    }

    private CommandSpec model() {
        Specs.exitCodes(
                spec,
                "0:every audited site passes or only warns (or --exit-zero)",
                "1:some check fails (a site is NotReady)",
                "2:usage error, or a file could not be read");
        spec.addPositional(bind(PositionalParamSpec.builder(), () -> paths, v -> paths = v)
                .paramLabel("PATH")
                .arity("1..*")
                .required(true)
                .type(List.class)
                .auxiliaryTypes(String.class)
                .description("Files, or folders searched for " + InputFinder.SEARCHED + ".")
                .build());
        spec.addOption(bind(OptionSpec.builder("-f", "--format"), () -> format, v -> format = v)
                .paramLabel("FORMAT")
                .defaultValue(AuditFormat.TEXT.id())
                .type(String.class)
                .description(AuditFormat.help())
                .build());
        spec.addOption(bind(OptionSpec.builder("-o", "--output"), () -> output, v -> output = v)
                .paramLabel("FILE")
                .type(Path.class)
                .description("Write the report to FILE instead of standard output.")
                .build());
        spec.addOption(bind(OptionSpec.builder("--exit-zero"), () -> exitZero, v -> exitZero = v)
                .type(boolean.class)
                .description("Exit with 0 even when a site is NotReady (2 still means an input could not be read).")
                .build());
        spec.addOption(bind(OptionSpec.builder("--include"), () -> include, v -> include = v)
                .paramLabel("GLOB")
                .type(List.class)
                .auxiliaryTypes(String.class)
                .description("In directories, audit the files matching this glob (relative path or file name)"
                        + " instead of the standard names, as check does. Repeatable.")
                .build());
        spec.addOption(bind(OptionSpec.builder("--exclude"), () -> exclude, v -> exclude = v)
                .paramLabel("GLOB")
                .type(List.class)
                .auxiliaryTypes(String.class)
                .description(
                        "In directories, skip the files matching this glob, e.g. --exclude 'archive/**'. Repeatable.")
                .build());
        spec.addOption(bind(OptionSpec.builder("--no-config"), () -> noConfig, v -> noConfig = v)
                .type(boolean.class)
                .description("Use no policy file. The audit reads none (a policy's exemptions and thresholds are"
                        + " about findings); accepted so that a script can give audit the options it gives check.")
                .build());
        spec.addOption(bind(OptionSpec.builder("--iis-version"), () -> iisVersion, v -> iisVersion = v)
                .paramLabel("VERSION")
                .type(String.class)
                .description("The IIS version of the servers audited, as check takes it: 7.0, 7.5, 8.0, 8.5, 10 or"
                        + " express (default: what each applicationHost.config shows, else IIS 10). Each server's"
                        + " report says which version and what decided it.")
                .build());
        return Specs.standardHelpOptions(spec);
    }

    @Override
    public Integer call() throws IOException {
        AuditFormat chosen = AuditFormat.of(format)
                .orElseThrow(() -> new ParameterException(
                        spec.commandLine(), "unknown format '" + format + "': use " + AuditFormat.names()));
        LintOptions.refuseEmptyPaths(spec, paths);
        List<Engine.Read> read = new Engine(spec.commandLine().getErr()).read(request());
        if (output != null) {
            for (Engine.Read r : read) {
                Path p = Path.of(r.path());
                if (Files.exists(output) && Files.exists(p) && Files.isSameFile(p, output)) {
                    throw new ParameterException(
                            spec.commandLine(), "refusing to write the report over an input: " + output);
                }
            }
        }
        List<String> errors = new ArrayList<>();
        List<IisConfig> configs = new ArrayList<>();
        for (Engine.Read r : read) {
            r.error().ifPresent(e -> errors.add(e.diagnostic()));
            r.loaded().ifPresent(l -> configs.add(l.config()));
        }
        Optional<List<Iis6.FcgiextSetting>> fcgiext = Audit.fcgiextSettings(configs);
        List<Audit.Report> reports = new ArrayList<>();
        for (IisConfig c : configs) reports.add(new Audit(c, fcgiext).run());
        reports = Audit.onServers(configs, reports);
        StringWriter text = new StringWriter();
        chosen.reporter().write(reports, errors, text);
        if (output != null) {
            OutputFile.write(output, w -> w.write(text.toString()))
                    .ifPresent(why -> errors.add(Escape.line(output + ": error: cannot write the report: " + why)));
        } else {
            PrintWriter w = spec.commandLine().getOut();
            w.print(text);
            w.flush();
        }
        if (!errors.isEmpty()) {
            PrintWriter err = spec.commandLine().getErr();
            for (String e : errors) err.println(e);
            err.flush();
            return 2;
        }
        boolean fail = reports.stream()
                .flatMap(r -> r.sites().stream())
                .flatMap(s -> s.readiness().stream())
                .anyMatch(r -> r.verdict() == Audit.Verdict.NotReady);
        return fail && !exitZero ? 1 : 0;
    }

    /** The inputs as the engine's request: the paths, searched with --include and --exclude; no rules, no policy. */
    private LintRequest request() {
        LintRequest all = LintRequest.of(paths);
        return new LintRequest(
                all.paths(),
                include,
                exclude,
                all.select(),
                all.ignore(),
                all.profiles(),
                all.params(),
                all.policy(),
                all.baseline(),
                all.maxFileSize(),
                all.jobs(),
                all.debug(),
                all.today(),
                version());
    }

    private Optional<io.iislint.model.IisVersion> version() {
        if (iisVersion == null) return Optional.empty();
        String given = iisVersion;
        return Optional.of(io.iislint.model.IisVersion.given(given, "--iis-version")
                .orElseThrow(() -> new ParameterException(
                        spec.commandLine(),
                        "--iis-version must be " + io.iislint.model.IisVersion.GIVEN_VALUES + ", not '" + given
                                + "'")));
    }
}
