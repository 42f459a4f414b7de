package io.iislint.report;

import io.iislint.rules.Finding;
import io.iislint.source.FileKind;
import io.iislint.source.InputError;
import java.util.List;
import java.util.Optional;

/** What happened to one input: linted (its kind and findings) or refused (its error). */
public record FileResult(String path, Optional<FileKind> kind, Optional<InputError> error, List<Finding> findings, int suppressed) {

    public FileResult {
        findings = List.copyOf(findings);
    }

    public static FileResult linted(String path, FileKind kind, List<Finding> findings, int suppressed) {
        return new FileResult(path, Optional.of(kind), Optional.empty(), findings, suppressed);
    }

    public static FileResult failed(String path, InputError error) {
        return new FileResult(path, Optional.empty(), Optional.of(error), List.of(), 0);
    }
}
