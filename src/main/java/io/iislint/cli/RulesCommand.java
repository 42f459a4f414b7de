package io.iislint.cli;

import static io.iislint.cli.Specs.bind;

import io.iislint.catalog.Catalog;
import io.iislint.catalog.RuleInfo;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code iislint rules}: the rule list, or the pages of the rules named. */
final class RulesCommand implements Callable<Integer> {

    /** How a rule that is off by default is run, as the list and a rule's page say it. */
    static final String HOW_TO_RUN = "it runs only when named (--select ID or NAME), with --profile cis or stig"
            + " (as its tags say), when the policy turns it on (<rule id=\"ID\" enabled=\"true\"/>),"
            + " and in iislint benchmark";

    final CommandSpec spec;
    List<String> wanted = new ArrayList<>();

    /** The command as picocli sees it, bound to a new instance's fields. */
    static CommandSpec spec() {
        return new RulesCommand().model();
    }

    private RulesCommand() {
        spec = Specs.command(
                "rules",
                this,
                "List the rules, or show the page of the rules named (by id or name), as 'explain' does.");
    }

    private CommandSpec model() {
        spec.addPositional(bind(PositionalParamSpec.builder(), () -> wanted, v -> wanted = v)
                .paramLabel("RULE")
                .arity("0..*")
                .type(List.class)
                .auxiliaryTypes(String.class)
                .description("Rule ids or names, e.g. IIS-101 or pool-identity-localsystem.")
                .build());
        return Specs.standardHelpOptions(spec);
    }

    @Override
    public Integer call() {
        Catalog catalog = Catalog.load();
        PrintWriter out = spec.commandLine().getOut();
        if (wanted.isEmpty()) {
            for (RuleInfo r : catalog.all()) {
                out.printf(
                        Locale.ROOT,
                        "%-8s %-8s %-11s %-38s %s%n",
                        r.id(),
                        r.severity().label(),
                        r.category(),
                        r.name(),
                        r.offByDefault() ? r.title() + " (" + RuleInfo.OFF_BY_DEFAULT + ")" : r.title());
            }
            if (catalog.all().stream().anyMatch(RuleInfo::offByDefault)) {
                out.println();
                out.println("A rule marked (" + RuleInfo.OFF_BY_DEFAULT + ") checks a benchmark control that does not"
                        + " apply to many servers: " + HOW_TO_RUN + ".");
            }
            // not lint rules: check never runs them, so they stand apart, with the result they give instead of a
            // severity
            out.println();
            out.println("Audit checks (iislint audit):");
            for (RuleInfo r : catalog.checks()) {
                out.printf(
                        Locale.ROOT,
                        "%-8s %-8s %-11s %-38s %s%n",
                        r.id(),
                        RulePage.result(r),
                        r.target(),
                        r.name(),
                        r.title());
            }
            out.flush();
            return 0;
        }
        for (RuleInfo r : ExplainCommand.find(catalog, wanted, spec)) RulePage.print(r, out);
        out.flush();
        return 0;
    }
}
