package io.iislint;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What GitLab requires of a Code Quality report, checked as its merge request widget reads one. No package on Maven
 * Central or npm carries a schema for it, so the rules are written here from what GitLab publishes:
 *
 * <ul>
 *   <li>docs.gitlab.com, "Code Quality", section "Implement a custom tool" (doc/ci/testing/code_quality.md in the
 *       GitLab repository): the file is a JSON array of objects with {@code description}, {@code check_name},
 *       {@code fingerprint}, {@code severity} (one of info, minor, major, critical, blocker), {@code location.path}
 *       (relative) and {@code location.lines.begin} or {@code location.positions.begin.line}; the parser refuses a
 *       byte-order mark at the start;
 *   <li>GitLab's reader (lib/gitlab/ci/reports/codequality_reports.rb and the schema it checks each object against,
 *       app/validators/json_schemas/codeclimate.json): an object without description, fingerprint, severity or
 *       location, or with one of them (or path, lines.begin) of another JSON type, is dropped without a word, and
 *       objects are kept by fingerprint, so a second object with the same fingerprint replaces the first.
 * </ul>
 *
 * Anything that would make GitLab drop or merge a finding is an error here, and so is a field the documentation
 * requires that is missing.
 */
public final class CodeQualityCheck {
    private static final Set<String> SEVERITIES = Set.of("info", "minor", "major", "critical", "blocker");
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private CodeQualityCheck() {}

    /** Every reason GitLab would not show the report's findings as written; empty when it would show them all. */
    public static List<String> problems(String report) {
        List<String> problems = new ArrayList<>();
        if (report.startsWith("\uFEFF")) problems.add("starts with a byte-order mark");
        JsonNode root;
        try {
            root = JSON.readTree(report);
        } catch (IOException e) {
            problems.add("not JSON: " + e.getMessage());
            return problems;
        }
        if (root == null || !root.isArray()) {
            problems.add("not a JSON array");
            return problems;
        }
        Set<String> fingerprints = new HashSet<>();
        for (int i = 0; i < root.size(); i++) {
            JsonNode issue = root.get(i);
            String at = "[" + i + "]";
            if (!issue.isObject()) {
                problems.add(at + " is not an object");
                continue;
            }
            for (String field : List.of("description", "check_name", "fingerprint", "severity"))
                if (!issue.path(field).isTextual() || issue.path(field).asText().isEmpty())
                    problems.add(at + "." + field + " is not a non-empty string");
            if (!SEVERITIES.contains(issue.path("severity").asText()))
                problems.add(at + ".severity is not one of " + SEVERITIES);
            if (!fingerprints.add(issue.path("fingerprint").asText()))
                problems.add(at + ".fingerprint repeats an earlier one: GitLab keeps only one of them");
            JsonNode location = issue.path("location");
            if (!location.isObject()) {
                problems.add(at + ".location is not an object");
                continue;
            }
            String path = location.path("path").asText("");
            if (!location.path("path").isTextual() || path.isEmpty())
                problems.add(at + ".location.path is not a non-empty string");
            if (path.startsWith("/") || path.matches("^[A-Za-z]:.*") || path.startsWith("./"))
                problems.add(at + ".location.path is not relative to the repository: " + path);
            JsonNode begin = location.path("lines").path("begin");
            JsonNode positions = location.path("positions").path("begin").path("line");
            JsonNode line = begin.isMissingNode() ? positions : begin;
            if (!line.isIntegralNumber() || line.asLong() < 1)
                problems.add(at + ".location.lines.begin is not a line number");
        }
        return problems;
    }
}
