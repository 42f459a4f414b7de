package io.iislint.engine;

import io.iislint.baseline.Baseline;
import io.iislint.catalog.Catalog;
import io.iislint.catalog.RuleInfo;
import io.iislint.finding.FileResult;
import io.iislint.policy.Policy;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of a run: the catalog as the policy set it, the rules that ran (catalog order), each input's result
 * (after exemptions and, when there is one, the baseline), the policy used, what the run checked, and the baseline
 * with how it matched.
 */
public record LintResult(
        Catalog catalog,
        List<RuleInfo> rules,
        List<FileResult> results,
        Policy policy,
        Baseline.Scope scope,
        Optional<Baseline> baseline,
        Optional<Baseline.Outcome> baselineOutcome) {
    public LintResult {
        rules = List.copyOf(rules);
        results = List.copyOf(results);
    }
}
