package io.iislint.rules.extensions;

import io.iislint.rules.SectionSwitchRule;

/** IIS-804: directory listings. */
public final class DirectoryBrowsing extends SectionSwitchRule {
    public DirectoryBrowsing() {
        super(
                "IIS-804",
                "directoryBrowse",
                "enabled",
                s -> s.directoryBrowse().enabled(),
                "directory browsing is on: folders without a default document list their files");
    }
}
