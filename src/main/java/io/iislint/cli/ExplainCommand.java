package io.iislint.cli;

import static io.iislint.cli.Specs.bind;

import io.iislint.catalog.Catalog;
import io.iislint.catalog.RuleInfo;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;

/** {@code iislint explain}: the page of each rule named. */
final class ExplainCommand implements Callable<Integer> {

    final CommandSpec spec;
    List<String> wanted = new ArrayList<>();

    /** The command as picocli sees it, bound to a new instance's fields. */
    static CommandSpec spec() {
        return new ExplainCommand().model();
    }

    private ExplainCommand() {
        spec = Specs.command(
                "explain",
                this,
                "Show a rule's page: why it matters, a bad and a good example, the fix commands, parameters and references.");
    }

    private CommandSpec model() {
        spec.addPositional(bind(PositionalParamSpec.builder(), () -> wanted, v -> wanted = v)
                .paramLabel("RULE")
                .arity("1..*")
                .required(true)
                .type(List.class)
                .auxiliaryTypes(String.class)
                .description("Rule ids or names, e.g. IIS-101 or pool-identity-localsystem.")
                .build());
        return Specs.standardHelpOptions(spec);
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (RuleInfo r : find(Catalog.load(), wanted, spec)) RulePage.print(r, out);
        out.flush();
        return 0;
    }

    /** Rules and the audit's readiness checks, by id or name (a check also by the id the audit shows). */
    static List<RuleInfo> find(Catalog catalog, List<String> wanted, CommandSpec spec) {
        return wanted.stream()
                .map(w -> catalog.find(w)
                        .orElseThrow(() -> new ParameterException(
                                spec.commandLine(), "unknown rule '" + w + "' (see 'iislint rules')")))
                .toList();
    }
}
