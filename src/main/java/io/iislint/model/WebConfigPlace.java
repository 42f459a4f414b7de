package io.iislint.model;

import java.util.List;
import java.util.Locale;

/**
 * Where a web.config sits on a server whose applicationHost.config is among the inputs: the site, the configuration
 * path of its folder ({@code Site/app/dir}), whether that folder is an application's root, and the server's
 * section locks.
 *
 * @param server the applicationHost.config, as the reports name it
 * @param applicationPaths the configuration paths of the site's applications ({@code Site}, {@code Site/app})
 * @param aspNet whether the application's pool runs managed code (ASP.NET reads the file's system.web)
 * @param pool the pool of the application that serves the folder, when the server defines it
 */
public record WebConfigPlace(
        String server,
        String site,
        String configPath,
        List<String> applicationPaths,
        SectionLocks locks,
        java.util.Optional<Ignored> ignored,
        boolean aspNet,
        java.util.Optional<ApplicationPool> pool) {

    public WebConfigPlace {
        applicationPaths = List.copyOf(applicationPaths);
    }

    public WebConfigPlace(
            String server,
            String site,
            String configPath,
            List<String> applicationPaths,
            SectionLocks locks,
            java.util.Optional<Ignored> ignored,
            boolean aspNet) {
        this(server, site, configPath, applicationPaths, locks, ignored, aspNet, java.util.Optional.empty());
    }

    public WebConfigPlace(
            String server,
            String site,
            String configPath,
            List<String> applicationPaths,
            SectionLocks locks,
            java.util.Optional<Ignored> ignored) {
        this(server, site, configPath, applicationPaths, locks, ignored, true);
    }

    /**
     * The same place in an application whose pool runs no managed code ({@code managedRuntimeVersion=""}): ASP.NET
     * never reads the file's {@code system.web}, so nothing in it applies or fails.
     */
    public WebConfigPlace withoutAspNet() {
        return new WebConfigPlace(server, site, configPath, applicationPaths, locks, ignored, false, pool);
    }

    /** The same place, served by {@code pool}. */
    public WebConfigPlace withPool(java.util.Optional<ApplicationPool> pool) {
        return new WebConfigPlace(server, site, configPath, applicationPaths, locks, ignored, aspNet, pool);
    }

    /** The same place judged by {@code other} locks. */
    public WebConfigPlace withLocks(SectionLocks other) {
        return new WebConfigPlace(server, site, configPath, applicationPaths, other, ignored, aspNet, pool);
    }

    public WebConfigPlace(
            String server, String site, String configPath, List<String> applicationPaths, SectionLocks locks) {
        this(server, site, configPath, applicationPaths, locks, java.util.Optional.empty());
    }

    /**
     * Why IIS reads no web.config at this place: the application's pool has {@code enableConfigurationOverride}
     * false ({@code pool}, {@code setting} where that value comes from), or the folder is below a virtual directory
     * with {@code allowSubDirConfig} false.
     */
    public record Ignored(String pool, String setting, java.util.Optional<String> virtualDirectory) {
        public Ignored(String pool, String setting) {
            this(pool, setting, java.util.Optional.empty());
        }

        /**
         * IIS reads no web.config in the folders below virtual directory {@code virtualDirectory} ({@code Site/app/dir}
         * as IIS names it), whose {@code allowSubDirConfig} is false ({@code setting} where that comes from).
         */
        public static Ignored belowVirtualDirectory(String virtualDirectory, String setting) {
            return new Ignored("", setting, java.util.Optional.of(virtualDirectory));
        }
    }

    /** Whether {@code path} ({@code Site/app}) is the root of one of the site's applications. */
    public boolean isApplicationRoot(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        return applicationPaths.stream()
                .anyMatch(a -> a.toLowerCase(Locale.ROOT).equals(p));
    }
}
