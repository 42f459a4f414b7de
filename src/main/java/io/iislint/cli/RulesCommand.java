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
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "rules",
        description = {"List the rules, or show the full entry of the rules named (by id or name)."},
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
        List<RuleInfo> shown = new ArrayList<>();
        for (String w : wanted) {
            RuleInfo r = catalog.all().stream()
                    .filter(i -> i.id().equalsIgnoreCase(w) || i.name().equalsIgnoreCase(w)).findFirst()
                    .orElseThrow(() -> new ParameterException(spec.commandLine(), "unknown rule: " + w + " (see 'iislint rules')"));
            shown.add(r);
        }
        for (RuleInfo r : shown) describe(r, out);
        out.flush();
        return 0;
    }

    private static void describe(RuleInfo r, PrintWriter out) {
        out.println(r.id() + " " + r.name() + " (" + r.severity().label() + ", " + r.category() + ")");
        out.println("  " + r.title());
        out.println();
        out.println("  " + r.rationale());
        if (!r.appcmd().isEmpty()) {
            out.println();
            out.println("  fix: " + r.appcmd());
            out.println("  fix (PowerShell): " + r.powershell());
        }
        if (!r.parameters().isEmpty()) {
            out.println();
            out.println("  parameters (--param " + r.id() + ".NAME=VALUE):");
            for (RuleInfo.Parameter p : r.parameters()) {
                out.println("    " + p.name() + " = " + p.defaultValue() + "  (" + p.type() + ") " + p.description());
            }
        }
        out.println();
        out.println("  references:");
        for (String ref : r.references()) out.println("    - " + ref);
        out.println();
    }
}
