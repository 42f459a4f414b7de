package io.iislint.model;

import java.util.List;
import java.util.Optional;

/**
 * What a file's model holds about the server around it (README, "Linting a server"): for an applicationHost.config its
 * section locks; for a web.config its place on a server among the inputs and the sections IIS refuses there; for a
 * redirection.config its shared-configuration setting. {@link #NONE} for a file linted alone.
 *
 * @param sectionLocks an applicationHost.config's section declarations and override modes
 * @param refusals the sections a web.config sets that IIS refuses at its place on the server
 * @param place where a server among the inputs places this web.config (the first site, when several share it)
 * @param redirection a redirection.config's configurationRedirection
 * @param above the files above a placed file among the inputs (machine.config, applicationHost.config, the
 *     web.config files of the folders above), whose values it inherits: an entry written there is theirs to report
 * @param version an applicationHost.config's IIS version, and how it was decided (the user's, or the file's signs)
 */
public record ServerFacts(
        Optional<SectionLocks> sectionLocks,
        List<SectionRefusal> refusals,
        Optional<WebConfigPlace> place,
        Optional<Redirection> redirection,
        java.util.Set<String> above,
        IisVersion version) {

    public static final ServerFacts NONE = new ServerFacts(
            Optional.empty(), List.of(), Optional.empty(), Optional.empty(), java.util.Set.of(), IisVersion.UNKNOWN);

    public ServerFacts {
        refusals = List.copyOf(refusals);
        above = java.util.Set.copyOf(above);
    }

    public ServerFacts(
            Optional<SectionLocks> sectionLocks,
            List<SectionRefusal> refusals,
            Optional<WebConfigPlace> place,
            Optional<Redirection> redirection) {
        this(sectionLocks, refusals, place, redirection, java.util.Set.of(), IisVersion.UNKNOWN);
    }
}
