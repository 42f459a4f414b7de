package io.iislint.finding;

import io.iislint.model.IisVersion;
import io.iislint.source.FileKind;
import io.iislint.source.InputError;
import java.util.List;
import java.util.Optional;

/**
 * What happened to one input: linted (its kind and findings) or refused (its error). {@code sources} names the other
 * files its linting read (its sections' configSource files): their findings are this input's, and a report may
 * not go over them. {@code alone} marks a web.config linted without a server among the inputs to place it on: its
 * sections were judged as if nothing above it locked them. {@code topology}: the sites and pools the file defines
 * (for the HTML report's picture), {@link Topology#NONE} for a file that defines none or could not be read. {@code iisVersion} is an applicationHost.config's IIS
 * version and how it was decided (given by the user, or shown by the file), for the reports.
 */
public record FileResult(
        String path,
        Optional<FileKind> kind,
        Optional<InputError> error,
        List<Finding> findings,
        int suppressed,
        List<String> sources,
        boolean alone,
        Topology topology,
        Optional<IisVersion> iisVersion) {

    public FileResult {
        findings = List.copyOf(findings);
        sources = List.copyOf(sources);
    }

    public FileResult(
            String path,
            Optional<FileKind> kind,
            Optional<InputError> error,
            List<Finding> findings,
            int suppressed,
            List<String> sources,
            boolean alone) {
        this(path, kind, error, findings, suppressed, sources, alone, Topology.NONE, Optional.empty());
    }

    /** The same result, for an applicationHost.config of {@code version}. */
    public FileResult withIisVersion(IisVersion version) {
        return new FileResult(path, kind, error, findings, suppressed, sources, alone, topology, Optional.of(version));
    }

    /** The same result with {@code other} topology. */
    public FileResult withTopology(Topology other) {
        return new FileResult(path, kind, error, findings, suppressed, sources, alone, other, iisVersion);
    }

    public static FileResult linted(
            String path,
            FileKind kind,
            List<Finding> findings,
            int suppressed,
            List<String> sources,
            boolean alone,
            Topology topology) {
        return new FileResult(
                path,
                Optional.of(kind),
                Optional.empty(),
                findings,
                suppressed,
                sources,
                alone,
                topology,
                Optional.empty());
    }

    public static FileResult linted(
            String path, FileKind kind, List<Finding> findings, int suppressed, List<String> sources, boolean alone) {
        return linted(path, kind, findings, suppressed, sources, alone, Topology.NONE);
    }

    public static FileResult linted(
            String path, FileKind kind, List<Finding> findings, int suppressed, List<String> sources) {
        return linted(path, kind, findings, suppressed, sources, false);
    }

    public static FileResult linted(String path, FileKind kind, List<Finding> findings, int suppressed) {
        return linted(path, kind, findings, suppressed, List.of());
    }

    public static FileResult failed(String path, InputError error) {
        return new FileResult(
                path,
                Optional.empty(),
                Optional.of(error),
                List.of(),
                0,
                List.of(),
                false,
                Topology.NONE,
                Optional.empty());
    }

    /** The same input with only {@code kept} of its findings left, {@code hidden} more of them counted as suppressed. */
    public FileResult keeping(List<Finding> kept, int hidden) {
        return new FileResult(path, kind, error, kept, suppressed + hidden, sources, alone, topology, iisVersion);
    }
}
