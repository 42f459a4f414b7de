package io.iislint.cli;

import io.iislint.engine.LintResult;
import io.iislint.finding.Edit;
import io.iislint.finding.Finding;
import io.iislint.fix.FixPlan;
import io.iislint.fix.Rewriter;
import io.iislint.fix.UnifiedDiff;
import io.iislint.source.InputError;
import io.iislint.text.Escape;
import io.iislint.xml.XmlReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code check --fix} and {@code --diff}: the run's fixable findings made in their files (each written whole, and
 * only if it still holds the bytes just read), or shown as a unified diff on standard output.
 */
final class Fixing {
    private Fixing() {}

    /** What fixing did: files changed (or that would be), findings fixed, and whether any file failed (exit 2). */
    record Outcome(int files, int fixed, boolean failed) {}

    /**
     * @param write whether to write the files (--fix) rather than print their diff (--diff)
     * @param readOnly files the run reads that are not configuration (the policy file, the baseline): never written
     */
    static Outcome run(
            LintResult result,
            boolean unsafe,
            boolean write,
            long maxFileSize,
            List<Path> readOnly,
            PrintWriter out,
            PrintWriter err) {
        FixPlan plan = FixPlan.of(result.rules(), result.results(), unsafe);
        XmlReader reader = new XmlReader(maxFileSize);
        int files = 0, fixed = 0;
        boolean failed = false;
        for (Map.Entry<String, List<Finding>> e : plan.byFile().entrySet()) {
            String file = e.getKey();
            Path path = Path.of(file);
            if (readOnly.stream().anyMatch(p -> same(p, path))) continue;
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(path);
            } catch (IOException x) {
                err.println(Escape.line(file + ": error: cannot read it to fix it: " + OutputFile.reason(x)));
                failed = true;
                continue;
            }
            // two inputs that share a configSource file ask for the same edit: it is made once
            List<Edit> edits = e.getValue().stream()
                    .map(f -> f.edit().orElseThrow())
                    .distinct()
                    .toList();
            Rewriter.Result r;
            try {
                r = Rewriter.rewrite(file, bytes, edits, reader);
            } catch (InputError x) {
                err.println(x.diagnostic());
                failed = true;
                continue;
            }
            for (Rewriter.Skipped s : r.skipped()) {
                Finding f = findingOf(e.getValue(), s.edit());
                err.println(Escape.line(f.location() + ": warning: " + f.ruleId() + " not fixed: " + s.why()));
            }
            if (!r.changed()) continue;
            if (write) {
                var problem = OutputFile.replaceIfUnchanged(path, bytes, r.bytes());
                if (problem.isPresent()) {
                    err.println(Escape.line(file + ": error: not fixed: " + problem.get()));
                    failed = true;
                    continue;
                }
            } else {
                out.print(UnifiedDiff.of(file, r));
            }
            files++;
            fixed += r.made().size();
        }
        out.flush();
        String summary = (write ? "iislint: fixed " : "iislint: would fix ") + count(fixed, "finding") + " in "
                + count(files, "file");
        if (plan.unsafeLeft() > 0 && !unsafe)
            summary += "; " + count(plan.unsafeLeft(), "more finding") + " can be fixed with --unsafe-fixes";
        err.println(summary);
        err.flush();
        return new Outcome(files, fixed, failed);
    }

    private static Finding findingOf(List<Finding> findings, Edit edit) {
        return findings.stream()
                .filter(f -> f.edit().orElseThrow().equals(edit))
                .findFirst()
                .orElseThrow();
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    private static boolean same(Path a, Path b) {
        try {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize())
                    || (Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b));
        } catch (IOException e) {
            return false;
        }
    }
}
