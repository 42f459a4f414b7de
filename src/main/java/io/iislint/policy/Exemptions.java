package io.iislint.policy;

import io.iislint.catalog.Catalog;
import io.iislint.catalog.RuleInfo;
import io.iislint.finding.FileResult;
import io.iislint.finding.Finding;
import io.iislint.source.FileKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Applies a policy's exemptions to linted files; an expired exemption stops applying and becomes a finding. */
public final class Exemptions {
    public static final String EXPIRED = "IIS-004";

    private Exemptions() {}

    /**
     * {@code clock} gives today's date; it is read only when an exemption has an expiry date, because the clock's
     * first use reads the time-zone database, about 10 ms of a cold run.
     */
    public static List<FileResult> apply(
            Policy policy, List<FileResult> results, Catalog catalog, Set<String> enabled, Supplier<LocalDate> clock) {
        LocalDate today = policy.exemptions().stream().anyMatch(e -> e.expires().isPresent()) ? clock.get() : null;
        Predicate<Policy.Exemption> isExpired = e -> today != null && e.expiredOn(today);
        List<Policy.Exemption> active =
                policy.exemptions().stream().filter(isExpired.negate()).toList();
        List<FileResult> out = new ArrayList<>();
        for (FileResult r : results) {
            List<Finding> kept = r.findings().stream()
                    .filter(f -> active.stream().noneMatch(e -> e.covers(f)))
                    .toList();
            out.add(r.keeping(kept, r.findings().size() - kept.size()));
        }
        if (policy.file().isPresent() && enabled.contains(EXPIRED)) {
            List<Finding> expired = new ArrayList<>();
            RuleInfo info = catalog.require(EXPIRED);
            for (Policy.Exemption e : policy.exemptions()) {
                if (!isExpired.test(e)) continue;
                expired.add(Finding.about(
                        info.ref(),
                        e.location(),
                        new Finding.Subject("exemption", e.describe()),
                        "expired on " + e.expires().orElseThrow() + " and no longer applies (reason given: "
                                + e.reason() + "): fix the findings, or renew the exemption with a new date"));
            }
            if (!expired.isEmpty())
                out.add(FileResult.linted(policy.file().get().toString(), FileKind.POLICY, expired, 0));
        }
        return out;
    }
}
