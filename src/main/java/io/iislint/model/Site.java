package io.iislint.model;

import io.iislint.source.Location;
import java.util.List;
import java.util.Optional;

/**
 * A site from {@code system.applicationHost/sites}, with its bindings and applications; {@code settings} reads its
 * other elements (logFile, limits, hsts, ftpServer) through {@code siteDefaults}.
 */
public record Site(
        String name,
        String id,
        Location location,
        Value<Boolean> serverAutoStart,
        List<Binding> bindings,
        List<Application> applications,
        SiteSettings settings) {

    public Site {
        bindings = List.copyOf(bindings);
        applications = List.copyOf(applications);
    }

    /** A site whose other elements are not read (IIS 6): every value of {@link #settings} is unknown. */
    public Site(
            String name,
            String id,
            Location location,
            Value<Boolean> serverAutoStart,
            List<Binding> bindings,
            List<Application> applications) {
        this(name, id, location, serverAutoStart, bindings, applications, SiteSettings.NONE);
    }

    public Optional<Application> rootApplication() {
        return applications.stream().filter(a -> a.path().equals("/")).findFirst();
    }

    /**
     * A binding: {@code protocol} plus {@code bindingInformation}. For http, https and ftp that is
     * {@code ip:port:host}; {@link #endpoint} holds it parsed, or {@link #problem} says why it is not valid.
     */
    public record Binding(
            String protocol,
            String bindingInformation,
            Location location,
            Optional<Endpoint> endpoint,
            Optional<String> problem) {

        public boolean isValid() {
            return problem.isEmpty();
        }

        public String display() {
            return protocol + "/" + bindingInformation;
        }
    }

    /** {@code ip} is {@code *} for all unassigned addresses; {@code host} is empty for none. */
    public record Endpoint(String ip, int port, String host) {}

    /** An application; its pool is resolved through the applicationDefaults chain down to {@code DefaultAppPool}. */
    public record Application(
            String siteName,
            String path,
            Location location,
            Value<String> applicationPool,
            List<VirtualDirectory> virtualDirectories) {

        public Application {
            virtualDirectories = List.copyOf(virtualDirectories);
        }

        /** {@code Site/app}, as in {@code <location path="…">} and appcmd. */
        public String locationPath() {
            return path.equals("/") ? siteName : siteName + path;
        }
    }

    /**
     * A virtual directory. {@code allowSubDirConfig} is false when IIS reads no web.config in the folders below its
     * physical path (its own folder's still counts); where that is set, or empty for the default (true).
     */
    public record VirtualDirectory(
            String path,
            String physicalPath,
            Location location,
            String userName,
            Secret password,
            boolean allowSubDirConfig,
            java.util.Optional<Location> allowSubDirConfigAt) {

        public VirtualDirectory(String path, String physicalPath, Location location, String userName, Secret password) {
            this(path, physicalPath, location, userName, password, true, java.util.Optional.empty());
        }
    }
}
