package io.iislint.report;

import io.iislint.finding.Finding;
import io.iislint.text.Escape;
import java.io.IOException;
import java.io.Writer;

/**
 * {@code --format appcmd}: the fix script as a cmd.exe batch file ({@code .cmd}), the same steps as
 * {@link PowerShellScript} with the findings' appcmd (and, for IIS 6, adsutil.vbs and iisext.vbs) commands. It
 * backs the configuration up first under a fixed name ({@value #BACKUP}: cmd.exe has no date that reads the same
 * in every locale), runs each step with {@code || exit /b 1} so that the first error stops it, and names
 * appcmd.exe and cscript.exe by their full paths, so that a program of the same name in the current folder is not
 * run instead.
 *
 * <p>The file is ASCII with CRLF line ends. cmd.exe reads a batch file in the console's code page, so a step whose
 * command holds anything beyond ASCII is left to do by hand (the PowerShell script carries it). In a batch file
 * {@code %} is read on every line, comments included: a comment doubles it, and shows what is not ASCII and every
 * control character as {@link Escape#line} writes them; the dialect has already refused values with {@code %},
 * {@code !} or {@code "}, and quoted the others.
 */
public final class CmdScript implements Reporter {

    /** The name of the backup the script makes before its first step. */
    public static final String BACKUP = "iislint-before-fix";

    private static final String NL = "\r\n";

    @Override
    public void write(Report report, Writer out) throws IOException {
        FixPlan.Plan plan = FixPlan.of(report, FixPlan.Shell.CMD);
        StringBuilder s = new StringBuilder("@echo off").append(NL);
        header(s, report, plan);
        s.append("setlocal EnableExtensions DisableDelayedExpansion").append(NL);
        if (plan.steps() > 0) prologue(s, plan);
        for (FixPlan.Group g : plan.groups()) {
            s.append(NL);
            rem(s, "==== " + g.file() + ": " + g.title() + " ====");
            for (FixPlan.Entry e : g.entries()) {
                if (e instanceof FixPlan.SkipEntry k) {
                    s.append(NL);
                    about(s, k.skip().finding(), "");
                    rem(s, "    no step: " + k.skip().why());
                } else if (e instanceof FixPlan.StepEntry se) {
                    step(s, se.step(), plan.steps());
                }
            }
        }
        manual(s, plan);
        s.append(NL);
        if (plan.steps() > 0)
            s.append("echo iislint: all ")
                    .append(plan.steps())
                    .append(" steps done.")
                    .append(NL);
        s.append("exit /b 0").append(NL);
        out.write(s.toString());
    }

    private static void header(StringBuilder s, Report report, FixPlan.Plan plan) {
        rem(
                s,
                "iislint " + report.toolVersion() + " fix script (cmd.exe): " + plan.steps() + " step"
                        + (plan.steps() == 1 ? "" : "s") + ", " + plan.manual().size() + " finding"
                        + (plan.manual().size() == 1 ? "" : "s") + " to fix by hand (listed at the end).");
        for (String f : plan.files()) rem(s, "  from " + f);
        for (String f : plan.notLinted()) rem(s, "  NOT LINTED (its fixes are missing here): " + f);
        rem(s, "The findings are those the run's other formats report: selection, suppressions, exemptions and");
        rem(s, "baseline applied. Each step names its rule, the finding's file:line and the change it makes.");
        rem(s, "");
        rem(s, "Read it before running it, as an administrator, on the server the configuration comes from. It backs");
        rem(s, "up the configuration as " + BACKUP + ", then runs the steps; the first error stops it.");
        if (plan.iis7()) {
            rem(
                    s,
                    "Undo: appcmd restore backup " + BACKUP
                            + " (appcmd.exe is in system32\\inetsrv of Windows' folder)");
            rem(
                    s,
                    "A backup of that name from an earlier run stops it: delete it first (appcmd delete backup "
                            + BACKUP + ").");
        }
        if (plan.iis6())
            rem(
                    s,
                    "Undo (IIS 6): cscript //nologo iisback.vbs /restore /b " + BACKUP
                            + " (iisback.vbs is in system32)");
        if (plan.files().size() > 1)
            rem(
                    s,
                    "It holds the steps for every input file: if they come from several servers, run on each only its own.");
    }

    private static void prologue(StringBuilder s, FixPlan.Plan plan) {
        if (plan.iis7()) {
            s.append("set \"APPCMD=%windir%\\system32\\inetsrv\\appcmd.exe\"")
                    .append(NL)
                    .append("if not exist \"%APPCMD%\" (")
                    .append(NL)
                    .append("    echo iislint: appcmd.exe is not on this computer: run the script on the IIS server.")
                    .append(NL)
                    .append("    exit /b 1")
                    .append(NL)
                    .append(")")
                    .append(NL)
                    .append("\"%APPCMD%\" add backup \"")
                    .append(BACKUP)
                    .append("\" || exit /b 1")
                    .append(NL);
        }
        if (plan.iis6()) {
            s.append("set \"CSCRIPT=%SystemRoot%\\system32\\cscript.exe\"")
                    .append(NL)
                    .append("set \"ADSUTIL=%SystemDrive%\\Inetpub\\AdminScripts\\adsutil.vbs\"")
                    .append(NL)
                    .append("set \"IISEXT=%SystemRoot%\\system32\\iisext.vbs\"")
                    .append(NL)
                    .append("\"%CSCRIPT%\" //nologo \"%SystemRoot%\\system32\\iisback.vbs\" /backup /b ")
                    .append(BACKUP)
                    .append(" || exit /b 1")
                    .append(NL);
        }
    }

    private static void step(StringBuilder s, FixPlan.Step step, int steps) {
        s.append(NL);
        about(s, step.finding(), "[" + step.number() + "/" + steps + "] ");
        rem(s, "    " + step.change().describe());
        s.append("echo [").append(step.number()).append('/').append(steps).append("] ");
        s.append(step.finding().ruleId()).append(NL);
        for (String line : step.lines()) s.append(line).append(" || exit /b 1").append(NL);
    }

    private static void about(StringBuilder s, Finding f, String prefix) {
        rem(
                s,
                prefix + f.ruleId() + " " + f.ruleName() + ", " + f.location() + ", "
                        + f.subject().display());
    }

    private static void manual(StringBuilder s, FixPlan.Plan plan) {
        if (plan.manual().isEmpty()) return;
        s.append(NL);
        rem(
                s,
                "==== To fix by hand: " + plan.manual().size() + " finding"
                        + (plan.manual().size() == 1 ? "" : "s") + " ====");
        for (FixPlan.Manual m : plan.manual()) {
            s.append(NL);
            about(s, m.finding(), "");
            rem(s, "    " + m.finding().message());
            rem(s, "    not in the script: " + m.why());
            if (!m.command().isEmpty()) rem(s, "    the fix: " + m.command());
        }
    }

    /**
     * A {@code rem} line that cmd.exe reads as nothing but a comment: ASCII only (what is not is written as
     * <code>&#92;u{…}</code>, as {@link Escape#line} writes a control character), {@code %} doubled (a batch file expands it
     * before it sees the {@code rem}), and never ending in {@code ^}, which would join the next line to it.
     */
    static void rem(StringBuilder s, String text) {
        String t = ascii(Escape.line(text)).replace("%", "%%");
        if (t.endsWith("^")) t = t + " .";
        s.append(t.isEmpty() ? "rem" : "rem " + t).append(NL);
    }

    /** What is not ASCII written as <code>&#92;u{…}</code>, as {@link Escape#line} writes what it escapes. */
    static String ascii(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int width = Character.charCount(cp);
            if (cp >= 0x80) {
                if (sb == null) sb = new StringBuilder(s.length() + 16).append(s, 0, i);
                sb.append("\\u{").append(Integer.toHexString(cp)).append('}');
            } else if (sb != null) {
                sb.append((char) cp);
            }
            i += width;
        }
        return sb == null ? s : sb.toString();
    }
}
