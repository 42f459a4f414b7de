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
            Optional<String> problem,
            Certificate certificate) {

        /** A binding whose file says nothing of a certificate (not https, or a reader that does not look). */
        public Binding(
                String protocol,
                String bindingInformation,
                Location location,
                Optional<Endpoint> endpoint,
                Optional<String> problem) {
            this(protocol, bindingInformation, location, endpoint, problem, new Certificate.NotSaid());
        }

        public boolean isValid() {
            return problem.isEmpty();
        }

        public String display() {
            return protocol + "/" + bindingInformation;
        }
    }

    /**
     * What the file says of the certificate an https binding serves. IIS 7+ keeps the certificate itself in HTTP.sys,
     * not in applicationHost.config: the binding's {@code sslFlags} only say which HTTP.sys entry holds it (1: by host
     * name, SNI; 2: the central certificate store). IIS 6 keeps the site's certificate in its metabase key
     * ({@code SSLCertHash}, {@code SSLStoreName}).
     */
    public sealed interface Certificate {
        /** Nothing said: not an https binding, an appcmd export that does not list sslFlags, or a reader that does not look. */
        record NotSaid() implements Certificate {}

        /** IIS 7+: the binding's {@code sslFlags} as written (0 when absent, the schema default). */
        record HttpSys(String sslFlags) implements Certificate {}

        /** IIS 6: the site's {@code SSLCertHash} (hex, empty when no certificate is set) and {@code SSLStoreName}. */
        record Metabase(String hash, String store) implements Certificate {}
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
