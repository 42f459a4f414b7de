package io.iislint.cli;

import io.iislint.audit.Audit;
import io.iislint.audit.Target;
import io.iislint.catalog.RuleDocs;
import io.iislint.catalog.RuleInfo;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A rule's page in the terminal: what it checks, why, a bad and a good example, the fix, references. */
final class RulePage {
    private static final int WIDTH = 100;

    private RulePage() {}

    static void print(RuleInfo r, PrintWriter out) {
        out.println(r.id() + " " + r.name() + ": " + r.title());
        if (r.isReadinessCheck()) {
            Target target = Target.of(r.target()).orElseThrow();
            out.println(
                    "audit check: " + r.auditName() + "   target: " + target.label() + "   result: " + result(r) + " ("
                            + switch (Audit.Result.whenNotPassed(r.severity())) {
                                case FAIL -> "the site is NotReady";
                                case WARN -> "the site is ConditionallyReady";
                                default -> "advice: the verdict stays";
                            }
                            + ")");
        } else {
            out.println("severity: " + r.severity().label() + "   category: " + r.category() + "   tags: "
                    + String.join(", ", r.tags()));
            if (r.offByDefault()) out.println(RuleInfo.OFF_BY_DEFAULT + ": " + RulesCommand.HOW_TO_RUN);
        }
        section(out, "Why");
        for (String line : wrap(r.rationale(), WIDTH - 2)) out.println("  " + line);
        section(out, "Bad");
        r.badExample().lines().forEach(l -> out.println("  " + l));
        section(out, "Good");
        r.goodExample().lines().forEach(l -> out.println("  " + l));
        if (!r.appcmd().isEmpty()) {
            section(out, "Fix");
            out.println("  " + r.appcmd());
            out.println("  PowerShell: " + r.powershell());
        }
        if (!r.adsutil().isEmpty()) {
            if (r.appcmd().isEmpty()) section(out, "Fix");
            out.println("  IIS 6: " + r.adsutil());
        }
        if (r.fileFix().exists()) {
            String how = r.fileFix().isSafe()
                    ? "safe: iislint check --fix makes it in the file. "
                    : "unsafe: only iislint check --fix --unsafe-fixes makes it in the file. ";
            for (String line : wrap(how + r.fileFix().why(), WIDTH - 2)) out.println("  " + line);
        }
        if (!r.parameters().isEmpty()) {
            section(out, "Parameters (--param " + r.id() + ".NAME=VALUE)");
            for (RuleInfo.Parameter p : r.parameters()) {
                out.println("  " + p.name() + " = " + p.defaultValue() + "  (" + p.type() + ") " + p.description());
            }
        }
        section(out, "References");
        for (String ref : r.references()) out.println("  - " + ref);
        out.println();
        out.println("Page: " + RuleDocs.url(r));
        out.println();
    }

    /** What a readiness check gives a site that does not pass: fail, warn or info. */
    static String result(RuleInfo check) {
        return Audit.Result.whenNotPassed(check.severity()).name().toLowerCase(Locale.ROOT);
    }

    private static void section(PrintWriter out, String title) {
        out.println();
        out.println(title);
    }

    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) line.append(' ');
            line.append(word);
        }
        if (line.length() > 0) lines.add(line.toString());
        return lines;
    }
}
