package io.iislint.report;

import io.iislint.catalog.RuleInfo;
import io.iislint.finding.FileResult;
import io.iislint.finding.Finding;
import io.iislint.source.FileKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a fix script does, and in which order, before either script ({@link PowerShellScript}, {@link CmdScript})
 * spells it: the findings of a report that have a command for the script's shell, per input file, then per server
 * level, site and application pool, each with the change it makes; and the findings left to do by hand, with why.
 *
 * <p>A step is the finding's own fix command, already quoted for its shell by the dialect ({@code FixCommand}); the
 * plan only decides which steps may run unattended. It leaves out, with the reason: a command that needs a value
 * only the administrator can give (the catalog's {@code NEW_PASSWORD}, {@code PHYSICAL_PATH} and the like), a
 * FastCGI setting of an IIS 6 fcgiext.ini (its fix is for the IIS 7+ server it moves to), a command an earlier step
 * for the same file already runs (run twice, an add or a remove fails), and the other steps about something a step
 * removes (a pool, a FastCGI application).
 */
final class FixPlan {

    enum Shell {
        POWERSHELL,
        CMD
    }

    /**
     * A finding's fix, as the script runs it: {@code lines} are the commands in the script's spelling (the dialect's
     * command with the programs named by their full paths; for an IIS 6 fix in PowerShell, its arguments quoted for
     * PowerShell), each to be stopped on when it fails; {@code iis6} for an adsutil.vbs or iisext.vbs command.
     */
    record Step(int number, Finding finding, List<String> lines, boolean iis6, Change change) {}

    /** A finding in its group that gets no step of its own, and why (the same command as an earlier step, …). */
    record Skip(Finding finding, String why) {}

    /** A step or a skip, in the order the script writes them. */
    sealed interface Entry permits StepEntry, SkipEntry {}

    record StepEntry(Step step) implements Entry {}

    record SkipEntry(Skip skip) implements Entry {}

    /** The steps about one thing of one input: its server level, a site or an application pool. */
    record Group(String file, String title, List<Entry> entries) {}

    /** A finding to fix by hand: why the script does not, and the command that would (empty when there is none). */
    record Manual(Finding finding, String why, String command) {}

    /**
     * The change a step makes, for its comment: the setting (empty when the command does not name one), the value
     * the finding reports (masked by the rule when it is a password; empty when it reports none) and the value the
     * command sets, or else what the command does ("adds", "removes", "changes").
     */
    record Change(String setting, String before, String after) {
        /** {@code setting: before -> after}, as much of it as the finding and its command tell. */
        String describe() {
            if (!setting.isEmpty()) return setting + ": " + (before.isEmpty() ? "(not set)" : before) + " -> " + after;
            return (before.isEmpty() ? "" : "now " + before + "; ") + "the command " + after
                    + " what the finding names";
        }
    }

    record Plan(
            List<String> files,
            List<String> notLinted,
            List<Group> groups,
            List<Manual> manual,
            int steps,
            boolean iis7,
            boolean iis6) {}

    private FixPlan() {}

    /** A word of capitals and underscores in a catalog template: a value the administrator fills in. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\b[A-Z][A-Z0-9]*_[A-Z0-9_]*[A-Z0-9]\\b");

    static Plan of(Report report, Shell shell) {
        Map<String, RuleInfo> rules = new HashMap<>();
        for (RuleInfo r : report.rules()) rules.put(r.id(), r);
        List<String> files = new ArrayList<>();
        List<String> notLinted = new ArrayList<>();
        List<Group> groups = new ArrayList<>();
        List<Manual> manual = new ArrayList<>();
        int number = 0;
        boolean iis7 = false, iis6 = false;
        for (FileResult file : report.files()) {
            files.add(file.path());
            if (file.error().isPresent()) {
                notLinted.add(file.path());
                continue;
            }
            boolean fcgiext = file.kind().orElse(null) == FileKind.FCGIEXT;
            // command → the step of this file that runs it; not across files, which may be other servers' (run
            // apart, a server must not miss a step because another file had it first)
            Map<String, Integer> taken = new HashMap<>();
            // group key → findings with a command, in report order; server level first, then sites, then pools
            TreeMap<String, List<Candidate>> byGroup = new TreeMap<>();
            List<Finding> findings = new ArrayList<>(file.findings());
            findings.sort(Finding.ORDER);
            for (Finding f : findings) {
                Candidate c = candidate(f, shell, Optional.ofNullable(rules.get(f.ruleId())), fcgiext);
                if (!c.why().isEmpty()) {
                    manual.add(new Manual(f, c.why(), reference(f, shell)));
                    continue;
                }
                byGroup.computeIfAbsent(groupKey(f, file), k -> new ArrayList<>())
                        .add(c);
            }
            for (Map.Entry<String, List<Candidate>> g : byGroup.entrySet()) {
                List<Entry> entries = new ArrayList<>();
                java.util.Set<String> removed = new java.util.HashSet<>(); // subjects a step of this group removes
                List<Candidate> ordered = new ArrayList<>(g.getValue());
                // what removes a thing goes after the other steps about it, which it then makes pointless
                ordered.sort(Comparator.comparing(Candidate::removes));
                List<Candidate> removals =
                        ordered.stream().filter(Candidate::removes).toList();
                for (Candidate c : removals) removed.add(subjectKey(c.finding()));
                for (Candidate c : ordered) {
                    Finding f = c.finding();
                    Integer earlier = taken.get(String.join("\n", c.lines()));
                    if (earlier != null) {
                        entries.add(new SkipEntry(new Skip(f, "the same command as step " + earlier)));
                        continue;
                    }
                    if (!c.removes() && removed.contains(subjectKey(f))) {
                        entries.add(new SkipEntry(new Skip(
                                f,
                                "a later step of this group removes the "
                                        + f.subject().kind() + " (" + removal(removals, f) + ")")));
                        continue;
                    }
                    number++;
                    taken.put(String.join("\n", c.lines()), number);
                    iis7 |= !c.iis6();
                    iis6 |= c.iis6();
                    entries.add(new StepEntry(new Step(number, f, c.lines(), c.iis6(), change(f, c))));
                }
                groups.add(new Group(file.path(), title(g.getKey(), file), entries));
            }
        }
        return new Plan(files, notLinted, groups, manual, number, iis7, iis6);
    }

    private static String removal(List<Candidate> removals, Finding about) {
        for (Candidate c : removals)
            if (subjectKey(c.finding()).equals(subjectKey(about)))
                return c.finding().ruleId();
        return "";
    }

    /** A finding's command for the shell, or why it has none that may run unattended (empty when it has one). */
    private record Candidate(Finding finding, List<String> lines, boolean iis6, boolean removes, String why) {}

    private static Candidate candidate(Finding f, Shell shell, Optional<RuleInfo> rule, boolean fcgiext) {
        Finding.Fix fix = f.fix();
        boolean iis6 = !fix.adsutil().isEmpty();
        String command = iis6 ? fix.adsutil() : shell == Shell.POWERSHELL ? fix.powershell() : fix.appcmd();
        String template = rule.map(r -> iis6 ? r.adsutil() : shell == Shell.POWERSHELL ? r.powershell() : r.appcmd())
                .orElse(command);
        if (command.isEmpty()) {
            String other = iis6 ? "" : shell == Shell.POWERSHELL ? fix.appcmd() : fix.powershell();
            return manual(
                    f,
                    Finding.Fix.isCommand(other)
                            ? "no " + (shell == Shell.POWERSHELL ? "PowerShell" : "appcmd")
                                    + " command for it; the other script has one"
                            : "no command fixes it: 'iislint explain " + f.ruleId() + "' says what to do");
        }
        if (!Finding.Fix.isCommand(command)) {
            // the dialect's note: "rem no appcmd command: the pool name holds …; use the PowerShell command"
            return manual(f, command.substring(command.indexOf(": ") + 2));
        }
        if (fcgiext) {
            return manual(
                    f, "a FastCGI setting of an IIS 6 fcgiext.ini: the command is for the IIS 7+ server it moves to");
        }
        Matcher m = PLACEHOLDER.matcher(template);
        List<String> mine = new ArrayList<>();
        while (m.find()) if (!mine.contains(m.group())) mine.add(m.group());
        if (!mine.isEmpty()) {
            return manual(f, "the command needs " + String.join(" and ", mine) + ", which only you can fill in");
        }
        if (shell == Shell.POWERSHELL && !iis6 && wildcardPath(command)) {
            return manual(
                    f, "the path holds a wildcard character (* ? [ ]), which -Path would match against other names");
        }
        if (shell == Shell.CMD && !ascii(command)) {
            return manual(
                    f,
                    "it holds characters beyond ASCII, which cmd.exe reads in the console's code page, not as written:"
                            + " use the PowerShell script");
        }
        List<String> lines = shell == Shell.POWERSHELL ? powerShellLines(command, iis6) : cmdLines(command, iis6);
        if (lines.isEmpty()) return manual(f, "the command has a form this script cannot run as it is");
        return new Candidate(f, lines, iis6, removes(f), "");
    }

    /**
     * Whether a {@code -Path '…'} of the command holds {@code * ? [ ]}: the IIS provider expands them, so that
     * {@code IIS:\AppPools\Shop*} would change every pool whose name starts with Shop.
     */
    static boolean wildcardPath(String command) {
        for (int at = command.indexOf("-Path '"); at >= 0; at = command.indexOf("-Path '", at + 1)) {
            for (int i = at + 7; i < command.length(); i++) {
                char c = command.charAt(i);
                if (c == '\'') {
                    if (i + 1 < command.length() && command.charAt(i + 1) == '\'') {
                        i++;
                        continue;
                    }
                    break;
                }
                if (c == '*' || c == '?' || c == '[' || c == ']') return true;
            }
        }
        return false;
    }

    private static Candidate manual(Finding f, String why) {
        return new Candidate(f, List.of(), false, false, why);
    }

    /** The PowerShell statement: the fix as it is, or an IIS 6 fix's arguments, each quoted for PowerShell. */
    private static List<String> powerShellLines(String command, boolean iis6) {
        if (!iis6) return List.of(command);
        List<String> args = cmdArguments(command);
        if (args.size() < 2 || !args.get(0).equals("cscript")) return List.of();
        String script = switch (args.get(1)) {
            case "adsutil.vbs" -> "$adsutil";
            case "%SystemRoot%\\system32\\iisext.vbs" -> "$iisext";
            default -> "";
        };
        if (script.isEmpty()) return List.of();
        StringBuilder sb = new StringBuilder("& $cscript '//nologo' ").append(script);
        for (String a : args.subList(2, args.size())) {
            // Windows PowerShell puts an argument with a space in quotes without doubling a backslash before the
            // closing one, and leaves an empty one out: such an argument would not reach the program as it is
            boolean spaced = a.chars().anyMatch(Character::isWhitespace);
            if (a.isEmpty() || (spaced && a.endsWith("\\")) || a.indexOf('"') >= 0 || a.indexOf('%') >= 0)
                return List.of();
            Optional<String> literal = io.iislint.dialect.FixCommands.powerShellLiteral(a);
            if (literal.isEmpty()) return List.of();
            sb.append(' ').append(literal.get());
        }
        return List.of(sb.toString());
    }

    /**
     * The cmd.exe lines: each appcmd command of the fix (a fix may join two with {@code &&}) on a line of its own,
     * appcmd.exe, cscript.exe and the IIS 6 scripts named through the variables the script sets. In a batch file
     * {@code %} is read even where the dialect could leave it (it refuses values holding one), so a fix that still
     * holds one is not run.
     */
    private static List<String> cmdLines(String command, boolean iis6) {
        List<String> lines = new ArrayList<>();
        if (iis6) {
            String adsutil = "cscript adsutil.vbs ", iisext = "cscript %SystemRoot%\\system32\\iisext.vbs ";
            if (command.startsWith(adsutil))
                lines.add("\"%CSCRIPT%\" //nologo \"%ADSUTIL%\" " + command.substring(adsutil.length()));
            else if (command.startsWith(iisext))
                lines.add("\"%CSCRIPT%\" //nologo \"%IISEXT%\" " + command.substring(iisext.length()));
            else return List.of();
            return command.indexOf('%', command.startsWith(iisext) ? iisext.length() : 0) >= 0 ? List.of() : lines;
        }
        if (command.indexOf('%') >= 0) return List.of();
        for (String part : splitOutsideQuotes(command, " && ")) {
            if (!part.startsWith("appcmd ")) return List.of();
            lines.add("\"%APPCMD%\" " + part.substring("appcmd ".length()));
        }
        return lines;
    }

    /** {@code s} split at each {@code separator} that stands outside double quotes. */
    private static List<String> splitOutsideQuotes(String s, String separator) {
        List<String> parts = new ArrayList<>();
        boolean quoted = false;
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') quoted = !quoted;
            else if (!quoted && s.startsWith(separator, i)) {
                parts.add(s.substring(from, i));
                from = i + separator.length();
                i = from - 1;
            }
        }
        parts.add(s.substring(from));
        return parts;
    }

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 0x80) return false;
        return true;
    }

    /** Whether the fix removes the finding's subject itself (a pool, a FastCGI application), not one of its settings. */
    private static boolean removes(Finding f) {
        String ps = f.fix().powershell();
        String kind = f.subject().kind();
        return (kind.equals("application pool") && ps.startsWith("Remove-WebAppPool "))
                || (kind.equals("fastCgi application")
                        && ps.startsWith("Remove-WebConfigurationProperty ")
                        && ps.contains("-Filter 'system.webServer/fastCgi' -Name '.' -AtElement"));
    }

    /** The command shown beside a finding to fix by hand: the shell's own if it has one, else the other's. */
    private static String reference(Finding f, Shell shell) {
        Finding.Fix fix = f.fix();
        List<String> order = shell == Shell.POWERSHELL
                ? List.of(fix.powershell(), fix.appcmd(), fix.adsutil())
                : List.of(fix.appcmd(), fix.adsutil(), fix.powershell());
        for (String c : order) if (Finding.Fix.isCommand(c)) return c;
        return "";
    }

    private static String subjectKey(Finding f) {
        return f.subject().kind() + "\u0000" + f.subject().name();
    }

    // ---- groups: "0" the server level, "1<site>" a site, "2<pool>" an application pool ----

    private static final String APPHOST = "MACHINE/WEBROOT/APPHOST";
    private static final String SITES = "system.applicationHost/sites/site[@name='";

    static String groupKey(Finding f, FileResult file) {
        String kind = f.subject().kind();
        String name = f.subject().name();
        String path = f.configPath();
        switch (kind) {
            case "application pool":
                return "2" + name;
            case "site":
                return "1" + name;
            case "application", "virtual directory":
                return site(name, path).map(s -> "1" + s).orElse("0");
            case "config path":
                if (name.equals(APPHOST)) return "0";
                if (name.startsWith(APPHOST + "/")) return "1" + firstSegment(name.substring(APPHOST.length() + 1));
                // a placed web.config's path (Intranet/files); a web.config linted alone is its own server level
                if (file.kind().orElse(null) == FileKind.WEB_CONFIG && !file.alone()) return "1" + firstSegment(name);
                return "0";
            case "metabase key":
                return metabaseSite(name).map(s -> "1" + s).orElse("0");
            default:
                return "0";
        }
    }

    /** The site of an application or virtual directory ({@code Shop/images}), as its configuration path names it. */
    private static Optional<String> site(String name, String path) {
        if (path.startsWith(SITES)) {
            for (int i = name.indexOf('/'); i >= 0; i = name.indexOf('/', i + 1)) {
                String candidate = name.substring(0, i);
                if (path.startsWith(SITES + candidate + "']")) return Optional.of(candidate);
            }
        }
        if (path.startsWith("/LM/W3SVC/")) return metabaseSite(path);
        int slash = name.indexOf('/');
        return slash > 0 ? Optional.of(name.substring(0, slash)) : Optional.empty();
    }

    /** {@code /LM/W3SVC/2/ROOT/…} is site 2 (IIS 6 names sites by number in the metabase). */
    private static Optional<String> metabaseSite(String key) {
        String prefix = "/LM/W3SVC/";
        if (!key.regionMatches(true, 0, prefix, 0, prefix.length())) return Optional.empty();
        String rest = firstSegment(key.substring(prefix.length()));
        if (rest.isEmpty() || !rest.chars().allMatch(Character::isDigit)) return Optional.empty();
        return Optional.of("#" + rest);
    }

    private static String firstSegment(String s) {
        int slash = s.indexOf('/');
        return slash < 0 ? s : s.substring(0, slash);
    }

    private static String title(String key, FileResult file) {
        return switch (key.charAt(0)) {
            case '0' ->
                file.kind().orElse(null) == FileKind.WEB_CONFIG ? "the web.config's own settings" : "server level";
            case '1' -> key.startsWith("1#") ? "site W3SVC/" + key.substring(2) : "site '" + key.substring(1) + "'";
            default -> "application pool '" + key.substring(1) + "'";
        };
    }

    // ---- the change, for the comment ----

    /** {@code -Name x -Value v}: the end of a Set-ItemProperty or Set-WebConfigurationProperty command. */
    private static final Pattern PS_SET =
            Pattern.compile(" -Name ([A-Za-z][A-Za-z0-9.]*) -Value ('(?:[^']|'')*'|\\$true|\\$false|[A-Za-z0-9:.,]+)");

    private static Change change(Finding f, Candidate c) {
        String before = f.value().orElse("");
        if (c.iis6()) {
            // cscript adsutil.vbs SET W3SVC/…/Property value
            List<String> args = cmdArguments(f.fix().adsutil());
            if (args.size() == 5
                    && args.get(1).equals("adsutil.vbs")
                    && args.get(2).equals("SET")) {
                String key = args.get(3);
                return new Change(key.substring(key.lastIndexOf('/') + 1), before, args.get(4));
            }
            return new Change("", before, "changes");
        }
        String ps = f.fix().powershell();
        String verb = ps.startsWith("Remove-")
                ? "removes"
                : ps.startsWith("Add-") || ps.startsWith("New-") ? "adds" : "changes";
        int name = ps.lastIndexOf(" -Name ");
        if (name < 0 || !(ps.startsWith("Set-ItemProperty ") || ps.startsWith("Set-WebConfigurationProperty ")))
            return new Change("", before, verb);
        Matcher m = PS_SET.matcher(ps.substring(name));
        if (!m.matches()) return new Change("", before, verb);
        String v = m.group(2);
        if (v.startsWith("'")) v = v.substring(1, v.length() - 1).replace("''", "'");
        else if (v.startsWith("$")) v = v.substring(1);
        return new Change(m.group(1), before, v.isEmpty() ? "(empty)" : v);
    }

    /**
     * The arguments a program gets from a cmd.exe command line the dialect quoted: split at spaces outside quotes,
     * the quotes taken away, and 2n backslashes before a quote read as n (the dialect doubles them there; a value
     * never holds a quote).
     */
    static List<String> cmdArguments(String line) {
        List<String> args = new ArrayList<>();
        StringBuilder arg = new StringBuilder();
        boolean quoted = false, any = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\') {
                int j = i;
                while (j < line.length() && line.charAt(j) == '\\') j++;
                int n = j - i;
                boolean beforeQuote = j < line.length() && line.charAt(j) == '"';
                arg.append("\\".repeat(beforeQuote ? n / 2 : n));
                i = j - 1;
                any = true;
            } else if (c == '"') {
                quoted = !quoted;
                any = true;
            } else if (c == ' ' && !quoted) {
                if (any) args.add(arg.toString());
                arg.setLength(0);
                any = false;
            } else {
                arg.append(c);
                any = true;
            }
        }
        if (any) args.add(arg.toString());
        return args;
    }
}
