#!/usr/bin/env bash
# The figures of a coverage and mutation run (README.md, "Development"): JaCoCo's line and branch coverage and PIT's
# mutation score for each target, read from the reports that `mvn -B verify -Pmutation` leaves in target/. A mutant
# counts as killed when a test failed, timed out or ran out of memory with it (PIT's "detected"); the score is killed
# over all mutants, those no test reaches included. With --pit-only the coverage table is skipped (a PIT run alone).
set -euo pipefail
cd "$(dirname "$0")/.."
jacoco=target/site/jacoco/jacoco.csv
pit=target/pit-reports/mutations.xml

# The target a package belongs to: the rules; the resolver (IIS 7+ reading and resolution, and the model's typed
# values and defaults); the other readers (IIS 6 metabase and fcgiext.ini, file kinds and loading); "targets" is the
# three together, and "iislint" all of iislint's own code (coverage only; the tests that run iislint in another JVM
# count for nothing there).
target_of='
function target(pkg) {
    if (pkg ~ /^io\.iislint\.rules(\.|$)/) return "rules"
    if (pkg == "io.iislint.iis7" || pkg == "io.iislint.model") return "resolver"
    if (pkg == "io.iislint.iis6" || pkg == "io.iislint.load") return "readers"
    return ""
}
function pct(a, b) { return b == 0 ? "-" : sprintf("%.1f%%", 100 * a / b) }
'

if [ "${1:-}" != "--pit-only" ]; then
    [ -f "$jacoco" ] || { echo "no $jacoco: run mvn -B verify -Pmutation first"; exit 1; }
    awk -F, "$target_of"'
        NR == 1 { next }
        {
            t = target($2)
            if ($2 !~ /^io\.iislint(\.|$)/) next
            for (k = 0; k < 3; k++) {
                g = k == 0 ? t : k == 1 ? (t == "" ? "" : "targets") : "iislint"
                if (g == "") continue
                bm[g] += $6; bc[g] += $7; lm[g] += $8; lc[g] += $9
            }
        }
        END {
            printf "%-9s %-22s %-22s\n", "coverage", "lines", "branches"
            split("rules resolver readers targets iislint", order, " ")
            for (i = 1; i <= 5; i++) {
                g = order[i]
                printf "%-9s %-22s %-22s\n", g, \
                    sprintf("%s (%d/%d)", pct(lc[g], lc[g] + lm[g]), lc[g], lc[g] + lm[g]), \
                    sprintf("%s (%d/%d)", pct(bc[g], bc[g] + bm[g]), bc[g], bc[g] + bm[g])
            }
        }' "$jacoco"
    echo
fi

[ -f "$pit" ] || { echo "no $pit: run mvn -B verify -Pmutation first"; exit 1; }
awk "$target_of"'
    /<mutation / {
        match($0, /<mutatedClass>[^<]*</)
        cls = substr($0, RSTART + 14, RLENGTH - 15)
        pkg = cls; sub(/\.[^.]*$/, "", pkg)
        match($0, /status=.[A-Z_]*/)
        status = substr($0, RSTART + 8, RLENGTH - 8)
        t = target(pkg)
        for (k = 0; k < 2; k++) {
            g = k == 0 ? t : "targets"
            if (g == "") continue
            n[g]++
            if ($0 ~ /detected=.true/) killed[g]++
            else if (status == "NO_COVERAGE") uncovered[g]++
            else survived[g]++
        }
    }
    END {
        printf "%-9s %8s %8s %9s %9s %8s\n", "mutation", "mutants", "killed", "survived", "no cover", "score"
        split("rules resolver readers targets", order, " ")
        for (i = 1; i <= 4; i++) {
            g = order[i]
            if (n[g] == 0) continue
            printf "%-9s %8d %8d %9d %9d %8s\n", g, n[g], killed[g], survived[g], uncovered[g], pct(killed[g], n[g])
        }
    }' "$pit"
