package io.iislint.model;

import io.iislint.source.Location;

/**
 * A value IIS itself would refuse (an unknown enum name, a malformed time span, a number out of range). The
 * model then uses the value IIS would fall back to, and the problem is reported as a finding.
 */
public record ConfigProblem(
        Location location, String subjectKind, String subjectName, String configPath, String value, String message) {}
