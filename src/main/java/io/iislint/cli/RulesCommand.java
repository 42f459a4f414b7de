package io.iislint.cli;

import io.iislint.rules.Catalog;
import io.iislint.rules.RuleInfo;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "rules",
        description = {"List the rules, or show the page of the rules named (by id or name), as 'explain' does."},
        mixinStandardHelpOptions = true,
        versionProvider = Version.class)
final class RulesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "RULE", arity = "0..*", description = "Rule ids or names, e.g. IIS-101 or pool-identity-localsystem.")
    List<String> wanted = new ArrayList<>();

    @Override
    public Integer call() {
        Catalog catalog = Catalog.load();
        PrintWriter out = spec.commandLine().getOut();
        if (wanted.isEmpty()) {
            for (RuleInfo r : catalog.all()) {
                out.printf(Locale.ROOT, "%-8s %-8s %-11s %-38s %s%n", r.id(), r.severity().label(), r.category(), r.name(), r.title());
            }
            out.flush();
            return 0;
        }
        for (RuleInfo r : ExplainCommand.find(catalog, wanted, spec)) RulePage.print(r, out);
        out.flush();
        return 0;
    }
}
