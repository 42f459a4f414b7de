package io.iislint.rules;

import io.iislint.catalog.Catalog;
import io.iislint.catalog.Parameters;
import io.iislint.finding.Finding;
import io.iislint.model.IisConfig;
import java.util.ArrayList;
import java.util.List;

/** Runs every rule over a resolved model and returns the findings in report order. */
public final class Linter {
    private final Catalog catalog;
    private final Parameters parameters;
    private final List<Rule> rules;

    public Linter(Catalog catalog, Parameters parameters, List<Rule> rules) {
        this.catalog = catalog;
        this.parameters = parameters;
        this.rules = List.copyOf(rules);
    }

    public List<Finding> lint(IisConfig config) {
        RuleContext ctx = new RuleContext(catalog, parameters);
        ctx.file(config);
        for (Rule rule : rules) {
            ctx.begin(rule);
            rule.check(config, ctx);
        }
        List<Finding> findings = new ArrayList<>(ctx.findings());
        findings.sort(Finding.ORDER);
        return findings;
    }
}
