package io.iislint.model;

import java.util.Optional;

/**
 * The IIS version a file was written by, as far as the file shows it, and what shows it. Only what changes a default
 * is told apart: IIS 10 (and later), IIS 7.0 to 8.5, IIS Express. Schema defaults that changed between versions follow
 * it ({@link SchemaDefaults#get(String, IisVersion)}); an unknown version takes IIS 10's.
 *
 * <p>The signs (the stock files of IIS 7.5 to 10 and IIS Express): every IIS 10 install lists {@code IISCngProvider}
 * among the {@code configProtectedData} providers and no earlier version does; IIS Express's applicationhost.config
 * begins with a comment naming its {@code %IIS_USER_HOME%} and {@code %IIS_BIN%} variables.
 */
public record IisVersion(Release release, String evidence) {

    public enum Release {
        UNKNOWN(""),
        IIS_7_TO_85("IIS 7.0 to 8.5"),
        IIS_10("IIS 10"),
        EXPRESS("IIS Express");

        private final String label;

        Release(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public static final IisVersion UNKNOWN = new IisVersion(Release.UNKNOWN, "");

    /** Whether defaults from before IIS 10 apply (IIS Express keeps some of them too). */
    public boolean beforeIis10() {
        return release == Release.IIS_7_TO_85 || release == Release.EXPRESS;
    }

    /** How a default of this version is described in a finding: "IIS 7.0 to 8.5 default, probably: …". */
    public Optional<String> describeDefault() {
        if (!beforeIis10()) return Optional.empty();
        return Optional.of(release.label() + " default (probably: " + evidence + ")");
    }
}
