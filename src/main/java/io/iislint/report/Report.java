package io.iislint.report;

import io.iislint.catalog.RuleInfo;
import io.iislint.finding.FileResult;
import io.iislint.finding.Finding;
import io.iislint.finding.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of one run, in the order every format prints it: files by path, findings by position. {@code policy}
 * names the policy file the run used, as the reports show it; empty when it used none.
 */
public record Report(
        String toolVersion,
        List<RuleInfo> rules,
        List<FileResult> files,
        Severity failOn,
        boolean exitZero,
        int baselined,
        int staleBaseline,
        Optional<String> policy) {

    public Report(String toolVersion, List<RuleInfo> rules, List<FileResult> files, Severity failOn, boolean exitZero) {
        this(toolVersion, rules, files, failOn, exitZero, 0, 0, Optional.empty());
    }

    public Report {
        rules = List.copyOf(rules);
        files = files.stream().sorted(Comparator.comparing(FileResult::path)).toList();
    }

    public List<Finding> findings() {
        List<Finding> all = new ArrayList<>();
        for (FileResult f : files) all.addAll(f.findings());
        all.sort(Finding.ORDER);
        return all;
    }

    public long count(Severity s) {
        return files.stream()
                .flatMap(f -> f.findings().stream())
                .filter(f -> f.severity() == s)
                .count();
    }

    public long suppressed() {
        return files.stream().mapToLong(FileResult::suppressed).sum();
    }

    public long failedFiles() {
        return files.stream().filter(f -> f.error().isPresent()).count();
    }

    /**
     * 2 when any input could not be linted; 1 when a finding is at or above {@code failOn} (unless
     * {@code --exit-zero}); else 0.
     */
    public int exitCode() {
        if (failedFiles() > 0) return 2;
        if (exitZero) return 0;
        boolean failing = files.stream()
                .flatMap(f -> f.findings().stream())
                .anyMatch(f -> f.severity().atLeast(failOn));
        return failing ? 1 : 0;
    }
}
