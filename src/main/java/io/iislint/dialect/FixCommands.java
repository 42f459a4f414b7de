package io.iislint.dialect;

import java.util.Map;

/**
 * A finding's fix commands, filled in from its rule's templates: appcmd and PowerShell for an IIS 7+ file, adsutil
 * for an IIS 6 one. Each value is quoted for its shell; where one cannot be carried, a comment to that shell takes
 * the command's place, says why and points to the other command (so pasting it does nothing).
 */
public final class FixCommands {
    private FixCommands() {}

    private static final String MANAGER = "make this change in IIS Manager";

    /** The commands; any may be empty when no single command can fix the finding. */
    public record Commands(String appcmd, String powershell, String adsutil) {}

    /** A rule's fix templates, as the catalog gives them. */
    public record Templates(String appcmd, String powershell, String adsutil) {}

    /**
     * @param splices placeholders that stand for pieces of template, put in place before the values are filled in
     * @throws IllegalStateException when a template names a placeholder without a value (a defect in a rule)
     */
    public static Commands render(
            Templates templates, boolean adsutil, Map<String, String> values, Map<String, String> splices) {
        if (adsutil) {
            return new Commands(
                    "",
                    "",
                    text(
                            render(templates.adsutil(), FixCommand.Shell.CMD, values, splices),
                            "rem no adsutil command: ",
                            MANAGER));
        }
        FixCommand.Rendered appcmd = render(templates.appcmd(), FixCommand.Shell.CMD, values, splices);
        FixCommand.Rendered ps = render(templates.powershell(), FixCommand.Shell.POWERSHELL, values, splices);
        return new Commands(
                text(appcmd, "rem no appcmd command: ", given(ps) ? "use the PowerShell command" : MANAGER),
                text(ps, "# no PowerShell command: ", given(appcmd) ? "use the appcmd command" : MANAGER),
                "");
    }

    /**
     * {@code s} as a PowerShell single-quoted string, each quote doubled (the typographic ones PowerShell also takes
     * for quotes included), for a script that shows text of its own (a {@code -WhatIf} message); empty when {@code s}
     * holds a control or invisible character, which must be shown escaped first.
     */
    public static java.util.Optional<String> powerShellLiteral(String s) {
        if (!io.iislint.text.Escape.isPlain(s)) return java.util.Optional.empty();
        StringBuilder sb = new StringBuilder(s.length() + 2).append('\'');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (FixCommand.isSingleQuote(c)) sb.append(c);
            sb.append(c);
        }
        return java.util.Optional.of(sb.append('\'').toString());
    }

    private static FixCommand.Rendered render(
            String template, FixCommand.Shell shell, Map<String, String> values, Map<String, String> splices) {
        // a splice may hold another ({appcmdFix} holding the scope's {appcmdScope}): as many passes as there are
        // splices put each in place, whatever order the map gives them
        for (int pass = 0; pass < splices.size(); pass++)
            for (Map.Entry<String, String> s : splices.entrySet())
                template = template.replace("{" + s.getKey() + "}", s.getValue());
        return FixCommand.render(template, shell, values);
    }

    private static boolean given(FixCommand.Rendered r) {
        return r instanceof FixCommand.Command c && !c.text().isEmpty();
    }

    private static String text(FixCommand.Rendered r, String none, String instead) {
        if (r instanceof FixCommand.Command c) return c.text();
        FixCommand.Withheld w = (FixCommand.Withheld) r;
        return none + "the " + FixCommand.noun(w.placeholder()) + " holds " + w.why() + "; " + instead;
    }
}
