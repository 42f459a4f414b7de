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
        /** IIS 7.0 (Windows Server 2008): a few defaults of its own, such as the NetworkService pool identity. */
        IIS_70("IIS 7.0"),
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
        return release == Release.IIS_70 || release == Release.IIS_7_TO_85 || release == Release.EXPRESS;
    }

    /**
     * The version the user gives ({@code --iis-version}, the policy file's {@code iisVersion}): {@code 7.0},
     * {@code 7.5}, {@code 8.0}, {@code 8.5}, {@code 10} or {@code express}; {@code how} says where it was given.
     * Empty for anything else.
     */
    public static Optional<IisVersion> given(String text, String how) {
        String t = text.trim().toLowerCase(java.util.Locale.ROOT);
        Release r = switch (t) {
            case "7", "7.0" -> Release.IIS_70;
            case "7.5", "8", "8.0", "8.5" -> Release.IIS_7_TO_85;
            case "10", "10.0" -> Release.IIS_10;
            case "express" -> Release.EXPRESS;
            default -> null;
        };
        return r == null ? Optional.empty() : Optional.of(new IisVersion(r, "given: " + how + " " + text.trim()));
    }

    /** What {@link #given} accepts, for messages. */
    public static final String GIVEN_VALUES = "7.0, 7.5, 8.0, 8.5, 10 or express";

    /**
     * What decided the version, as reports give it: the user's value or the file's sign, or that nothing did and IIS
     * 10's defaults apply.
     */
    public String decidedBy() {
        return release == Release.UNKNOWN ? "nothing in the file shows it: IIS 10's defaults apply" : evidence;
    }

    /** How reports show it: "IIS 10 (configProtectedData lists IISCngProvider at line 12)", or "unknown". */
    public String display() {
        return release == Release.UNKNOWN ? "unknown" : release.label() + " (" + evidence + ")";
    }

    /** How a default of this version is described in a finding: "IIS 7.0 to 8.5 default, probably: …". */
    public Optional<String> describeDefault() {
        if (!beforeIis10()) return Optional.empty();
        return Optional.of(release.label() + " default ("
                + (evidence.startsWith("given: ") ? evidence : "probably: " + evidence) + ")");
    }
}
