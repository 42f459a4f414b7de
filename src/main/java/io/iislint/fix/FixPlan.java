package io.iislint.fix;

import io.iislint.catalog.RuleInfo;
import io.iislint.finding.Edit;
import io.iislint.finding.FileResult;
import io.iislint.finding.Finding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which findings of a run {@code --fix} fixes in which file: those whose rule's fix is safe (all with an edit when
 * unsafe fixes are asked for), in files that were linted completely. An edit lands in the file its value came from
 * (a configSource file for a section read from one), which must be an input or one of its sources; a file that
 * could not be linted is never touched.
 *
 * @param byFile each file to change (as the findings name it), with the findings fixed there, in report order
 * @param unsafeLeft how many findings have a fix that only {@code --unsafe-fixes} makes
 */
public record FixPlan(Map<String, List<Finding>> byFile, int unsafeLeft) {
    public FixPlan {
        Map<String, List<Finding>> copy = new LinkedHashMap<>();
        byFile.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        byFile = java.util.Collections.unmodifiableMap(copy);
    }

    public static FixPlan of(List<RuleInfo> rules, List<FileResult> results, boolean unsafe) {
        Map<String, RuleInfo.FileFix> safety = new HashMap<>();
        for (RuleInfo r : rules) safety.put(r.id(), r.fileFix());
        Set<String> linted = new HashSet<>();
        Set<String> failed = new HashSet<>();
        for (FileResult r : results) {
            if (r.error().isPresent()) {
                failed.add(r.path());
                failed.addAll(r.sources());
            } else {
                linted.add(r.path());
                linted.addAll(r.sources());
            }
        }
        Map<String, List<Finding>> byFile = new LinkedHashMap<>();
        int unsafeLeft = 0;
        for (FileResult r : results) {
            for (Finding f : r.findings()) {
                if (f.edit().isEmpty()) continue;
                RuleInfo.FileFix fix = safety.getOrDefault(f.ruleId(), RuleInfo.FileFix.NONE);
                if (!fix.exists()) continue;
                if (!fix.isSafe() && !unsafe) {
                    unsafeLeft++;
                    continue;
                }
                Edit e = f.edit().get();
                String file = e.at().file();
                if (!linted.contains(file) || failed.contains(file)) continue;
                byFile.computeIfAbsent(file, k -> new ArrayList<>()).add(f);
            }
        }
        return new FixPlan(byFile, unsafeLeft);
    }

    public boolean isEmpty() {
        return byFile.isEmpty();
    }
}
