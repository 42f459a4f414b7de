package io.iislint.report;

import io.iislint.dialect.FixCommands;
import io.iislint.finding.Finding;
import io.iislint.text.Escape;
import java.io.IOException;
import java.io.Writer;

/**
 * {@code --format powershell}: one PowerShell script that fixes on the live server what the findings of the run
 * report (see {@link FixPlan} for which and in what order). It runs the findings' PowerShell commands as the
 * dialect quoted them (a value in PowerShell's single quotes can hold anything but a control character, where
 * appcmd through PowerShell would meet two quoting rules at once), each in a {@code ShouldProcess} block, so that
 * {@code -WhatIf} prints every step and changes nothing; it stops at the first error; it first backs the
 * configuration up under a name dated when it runs (so the same findings give the same script) and says how to
 * restore it.
 *
 * <p>What comes from an input reaches the script in two ways only: inside the fix commands, quoted by the dialect,
 * and in comments and {@code -WhatIf} messages through {@link Escape#line} (no line break can end a comment early)
 * and, for a message, {@link FixCommands#powerShellLiteral}. The script starts with a byte-order mark: Windows
 * PowerShell reads a file without one in the system's code page, where a name's UTF-8 bytes could read as a quote.
 */
public final class PowerShellScript implements Reporter {

    @Override
    public void write(Report report, Writer out) throws IOException {
        FixPlan.Plan plan = FixPlan.of(report, FixPlan.Shell.POWERSHELL);
        StringBuilder s = new StringBuilder("\uFEFF");
        header(s, report, plan);
        s.append("[CmdletBinding(SupportsShouldProcess = $true)]\n")
                .append("param()\n")
                .append("$ErrorActionPreference = 'Stop'\n");
        if (plan.steps() > 0) prologue(s, plan);
        for (FixPlan.Group g : plan.groups()) {
            s.append('\n');
            comment(s, "==== " + g.file() + ": " + g.title() + " ====");
            for (FixPlan.Entry e : g.entries()) {
                if (e instanceof FixPlan.SkipEntry k) {
                    s.append('\n');
                    about(s, k.skip().finding(), "");
                    comment(s, "    no step: " + k.skip().why());
                } else if (e instanceof FixPlan.StepEntry se) {
                    step(s, se.step(), plan.steps());
                }
            }
        }
        manual(s, plan);
        if (plan.steps() > 0) {
            s.append("\nif (-not $WhatIfPreference) { Write-Host 'iislint: all ")
                    .append(plan.steps())
                    .append(" steps done.' }\n");
        }
        out.write(s.toString());
    }

    private static void header(StringBuilder s, Report report, FixPlan.Plan plan) {
        comment(
                s,
                "iislint " + report.toolVersion() + " fix script (PowerShell): " + plan.steps() + " step"
                        + (plan.steps() == 1 ? "" : "s") + ", " + plan.manual().size() + " finding"
                        + (plan.manual().size() == 1 ? "" : "s") + " to fix by hand (listed at the end).");
        for (String f : plan.files()) comment(s, "  from " + f);
        for (String f : plan.notLinted()) comment(s, "  NOT LINTED (its fixes are missing here): " + f);
        comment(s, "The findings are those the run's other formats report: selection, suppressions, exemptions and");
        comment(s, "baseline applied. Each step names its rule, the finding's file:line and the change it makes.");
        comment(s, "");
        comment(s, "Read it before running it, as an administrator, on the server the configuration comes from:");
        comment(s, "  .\\iislint-fix.ps1 -WhatIf   prints what each step would do and changes nothing");
        comment(
                s,
                "  .\\iislint-fix.ps1           backs up the configuration, then runs the steps; the first error stops it");
        if (plan.iis7())
            comment(
                    s,
                    "Undo: Restore-WebConfiguration -Name iislint-yyyyMMdd-HHmmss (the backup name the script prints)");
        if (plan.iis6())
            comment(
                    s,
                    "Undo (IIS 6): cscript //nologo %SystemRoot%\\system32\\iisback.vbs /restore /b iislint-yyyyMMdd-HHmmss");
        if (plan.files().size() > 1)
            comment(
                    s,
                    "It holds the steps for every input file: if they come from several servers, run on each only its own.");
    }

    private static void prologue(StringBuilder s, FixPlan.Plan plan) {
        s.append("$backup = 'iislint-' + (Get-Date -Format 'yyyyMMdd-HHmmss')\n");
        if (plan.iis7()) {
            s.append("Import-Module WebAdministration\n")
                    .append(
                            "if ($PSCmdlet.ShouldProcess('the IIS configuration', 'Backup-WebConfiguration -Name ' + $backup)) {\n")
                    .append("    Backup-WebConfiguration -Name $backup | Out-Null\n")
                    .append(
                            "    Write-Host ('Backed up the IIS configuration as ' + $backup + '. To undo the steps: Restore-WebConfiguration -Name ' + $backup)\n")
                    .append("}\n");
        }
        if (plan.iis6()) {
            s.append("$cscript = Join-Path $env:SystemRoot 'system32\\cscript.exe'\n")
                    .append("$adsutil = Join-Path $env:SystemDrive 'Inetpub\\AdminScripts\\adsutil.vbs'\n")
                    .append("$iisext = Join-Path $env:SystemRoot 'system32\\iisext.vbs'\n")
                    .append("$iisback = Join-Path $env:SystemRoot 'system32\\iisback.vbs'\n")
                    .append(
                            "if ($PSCmdlet.ShouldProcess('the IIS 6 metabase', 'iisback.vbs /backup /b ' + $backup)) {\n")
                    .append("    & $cscript '//nologo' $iisback '/backup' '/b' $backup\n")
                    .append(
                            "    if ($LASTEXITCODE -ne 0) { throw ('iisback.vbs could not back up the metabase: exit code ' + $LASTEXITCODE) }\n")
                    .append(
                            "    Write-Host ('Backed up the metabase as ' + $backup + '. To undo the steps: cscript //nologo ' + $iisback + ' /restore /b ' + $backup)\n")
                    .append("}\n");
        }
    }

    private static void step(StringBuilder s, FixPlan.Step step, int steps) {
        Finding f = step.finding();
        s.append('\n');
        about(s, f, "[" + step.number() + "/" + steps + "] ");
        String change = step.change().describe();
        comment(s, "    " + change);
        String target = FixCommands.powerShellLiteral(Escape.line(f.subject().display()))
                .orElseThrow();
        String action = FixCommands.powerShellLiteral(
                        Escape.line("step " + step.number() + ", " + f.ruleId() + ": " + change))
                .orElseThrow();
        s.append("if ($PSCmdlet.ShouldProcess(")
                .append(target)
                .append(", ")
                .append(action)
                .append(")) {\n");
        for (String line : step.lines()) {
            s.append("    ").append(line).append('\n');
            if (step.iis6()) {
                s.append("    if ($LASTEXITCODE -ne 0) { throw ('step ")
                        .append(step.number())
                        .append(" failed: exit code ' + $LASTEXITCODE) }\n");
            }
        }
        s.append("}\n");
    }

    /** The comment naming a finding: rule, name, file:line and subject. */
    private static void about(StringBuilder s, Finding f, String prefix) {
        comment(
                s,
                prefix + f.ruleId() + " " + f.ruleName() + ", " + f.location() + ", "
                        + f.subject().display());
    }

    private static void manual(StringBuilder s, FixPlan.Plan plan) {
        if (plan.manual().isEmpty()) return;
        s.append('\n');
        comment(
                s,
                "==== To fix by hand: " + plan.manual().size() + " finding"
                        + (plan.manual().size() == 1 ? "" : "s") + " ====");
        for (FixPlan.Manual m : plan.manual()) {
            s.append('\n');
            about(s, m.finding(), "");
            comment(s, "    " + m.finding().message());
            comment(s, "    not in the script: " + m.why());
            if (!m.command().isEmpty()) comment(s, "    the fix: " + m.command());
        }
    }

    /** A comment line: {@link Escape#line} leaves no line break, so nothing after it can start a statement. */
    private static void comment(StringBuilder s, String text) {
        s.append(text.isEmpty() ? "#" : "# " + Escape.line(text)).append('\n');
    }
}
