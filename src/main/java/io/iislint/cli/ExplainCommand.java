package io.iislint.cli;

import io.iislint.rules.Catalog;
import io.iislint.rules.RuleInfo;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "explain",
        description = "Show a rule's page: why it matters, a bad and a good example, the fix commands, parameters and references.",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class)
final class ExplainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "RULE", arity = "1..*", description = "Rule ids or names, e.g. IIS-101 or pool-identity-localsystem.")
    List<String> wanted;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (RuleInfo r : find(Catalog.load(), wanted, spec)) RulePage.print(r, out);
        out.flush();
        return 0;
    }

    static List<RuleInfo> find(Catalog catalog, List<String> wanted, CommandSpec spec) {
        return wanted.stream().map(w -> catalog.all().stream()
                .filter(i -> i.id().equalsIgnoreCase(w) || i.name().equalsIgnoreCase(w)).findFirst()
                .orElseThrow(() -> new ParameterException(spec.commandLine(), "unknown rule: " + w + " (see 'iislint rules')"))).toList();
    }
}
