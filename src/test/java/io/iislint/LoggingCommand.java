package io.iislint;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An Azure Pipelines logging command read back as the agent reads a line of a step's output. The agent's parser
 * (Microsoft's azure-pipelines-agent: Command.TryParse, and Agent.Sdk's CommandStringConvertor for the escapes) does
 * this, described here in our words: the command starts at the first {@code ##vso[} of the line and its head ends at
 * the first ']' after it; the head is {@code area.event}, then (after a space) properties separated by ';', each
 * {@code name=value} split at its first '='; the rest of the line is the message. Property values and the message
 * are unescaped alike: {@code %3B} → ';', {@code %0D} → CR, {@code %0A} → LF, {@code %5D} → ']', then
 * {@code %AZP25} → '%'. The documented form is learn.microsoft.com, "Logging commands" (LogIssue: properties type,
 * sourcepath, linenumber, columnnumber, code).
 */
public record LoggingCommand(String area, String event, Map<String, String> properties, String message) {

    public static Optional<LoggingCommand> parse(String line) {
        int start = line.indexOf("##vso[");
        if (start < 0) return Optional.empty();
        int end = line.indexOf(']', start);
        if (end < 0) return Optional.empty();
        String head = line.substring(start + "##vso[".length(), end);
        int space = head.indexOf(' ');
        String name = space < 0 ? head : head.substring(0, space);
        String[] areaEvent = name.split("\\.");
        if (areaEvent.length != 2) return Optional.empty();
        Map<String, String> properties = new LinkedHashMap<>();
        if (space > 0) {
            for (String property : head.substring(space + 1).split(";")) {
                if (property.isEmpty()) continue;
                int eq = property.indexOf('=');
                if (eq <= 0 || eq == property.length() - 1) continue; // the agent skips a property without both parts
                properties.put(property.substring(0, eq), unescape(property.substring(eq + 1)));
            }
        }
        return Optional.of(
                new LoggingCommand(areaEvent[0], areaEvent[1], properties, unescape(line.substring(end + 1))));
    }

    public static String unescape(String s) {
        return s.replace("%3B", ";")
                .replace("%0D", "\r")
                .replace("%0A", "\n")
                .replace("%5D", "]")
                .replace("%AZP25", "%");
    }
}
