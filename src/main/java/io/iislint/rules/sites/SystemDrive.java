package io.iislint.rules.sites;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Whether a path is on the system drive: for sure through its environment variables, probably by a drive letter. */
final class SystemDrive {
    /** Variables that expand to the system drive or a folder on it. */
    private static final List<String> VARIABLES = List.of(
            "%systemdrive%",
            "%systemroot%",
            "%windir%",
            "%programfiles%",
            "%programfiles(x86)%",
            "%programdata%",
            "%public%",
            "%allusersprofile%");

    private SystemDrive() {}

    /** "on the system drive", "probably on the system drive (C:)", or empty. */
    static Optional<String> judge(String path, String systemDrive) {
        String p = path.trim().toLowerCase(Locale.ROOT);
        for (String v : VARIABLES) {
            if (p.startsWith(v)) return Optional.of("on the system drive (" + path.trim() + ")");
        }
        String drive = systemDrive.trim().toLowerCase(Locale.ROOT);
        if (drive.endsWith(":")) drive = drive.substring(0, drive.length() - 1);
        if (drive.length() == 1
                && p.length() >= 2
                && p.charAt(1) == ':'
                && p.substring(0, 1).equals(drive))
            return Optional.of("probably on the system drive (" + path.trim() + ", taking "
                    + drive.toUpperCase(Locale.ROOT) + ": for it)");
        return Optional.empty();
    }
}
