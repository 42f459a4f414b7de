package io.iislint.finding;

import io.iislint.model.Origin;
import io.iislint.source.Location;
import java.util.Comparator;
import java.util.Optional;

/**
 * One thing a rule found: where (the line that set the value, or the element that failed to set it), about
 * what, why, and the exact command that fixes it.
 */
public record Finding(
        String ruleId,
        String ruleName,
        Severity severity,
        String category,
        Location location,
        Subject subject,
        String message,
        String configPath,
        Optional<String> value,
        Optional<Origin> origin,
        Fix fix,
        Optional<Edit> edit) {

    /** A finding whose fix is a command only: no change iislint can make in the file itself. */
    public Finding(
            String ruleId,
            String ruleName,
            Severity severity,
            String category,
            Location location,
            Subject subject,
            String message,
            String configPath,
            Optional<String> value,
            Optional<Origin> origin,
            Fix fix) {
        this(
                ruleId,
                ruleName,
                severity,
                category,
                location,
                subject,
                message,
                configPath,
                value,
                origin,
                fix,
                Optional.empty());
    }

    /** A finding about iislint's own input (a suppression, a policy exemption): no value, origin or fix command. */
    public static Finding about(RuleRef rule, Location at, Subject subject, String message) {
        return new Finding(
                rule.id(),
                rule.name(),
                rule.severity(),
                rule.category(),
                at,
                subject,
                message,
                "",
                Optional.empty(),
                Optional.empty(),
                Fix.NONE);
    }

    /** What the finding is about, in IIS's words: {@code application pool 'Shop'}. */
    public record Subject(String kind, String name) {
        public String display() {
            return kind + " '" + name + "'";
        }
    }

    /**
     * The commands that fix it; any may be empty when no single command can (a choice is needed). An IIS 7+
     * finding has appcmd and PowerShell; an IIS 6 one has an {@code adsutil.vbs} command.
     */
    public record Fix(String appcmd, String powershell, String adsutil) {
        public static final Fix NONE = new Fix("", "", "");

        /**
         * Whether {@code s} is a command, not empty and not the note given in a command's place when a value from the
         * file cannot be quoted for its shell (a comment to that shell: {@code rem …} for cmd.exe, {@code # …} for
         * PowerShell).
         */
        public static boolean isCommand(String s) {
            return !s.isEmpty() && !s.startsWith("rem ") && !s.startsWith("# ");
        }

        /** The command to show first: appcmd, else PowerShell (when appcmd cannot be given), else adsutil; else a note. */
        public String primary() {
            if (isCommand(appcmd)) return appcmd;
            if (isCommand(powershell)) return powershell;
            if (isCommand(adsutil)) return adsutil;
            return !appcmd.isEmpty() ? appcmd : adsutil;
        }
    }

    /**
     * Identifies the finding without its line: rule, file and the logical path of its subject (pool, site,
     * section). It survives edits that move lines, and changes when the finding is about something else.
     */
    public String fingerprint() {
        String key = ruleId + "|" + location.file().replace('\\', '/') + "|" + subject.kind() + "|" + subject.name()
                + "|" + configPath;
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest, 0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Report order: file, line, column, then rule and subject so equal positions stay stable. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::location)
            .thenComparing(Finding::ruleId)
            .thenComparing(f -> f.subject().kind())
            .thenComparing(f -> f.subject().name())
            .thenComparing(Finding::message);
}
