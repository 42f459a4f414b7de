package io.iislint.rules.sites;

import io.iislint.model.Site;
import java.util.Locale;

/**
 * Which bindings of a site take plain HTTP and which TLS, counting only those a client on the network can reach: a
 * binding to a loopback address or to the host name localhost (IIS Express's, a test harness's) carries nothing
 * across the network.
 */
final class Https {
    private Https() {}

    /** Whether the site has a valid binding of {@code protocol} that a client on the network can reach. */
    static boolean has(Site site, String protocol) {
        return site.bindings().stream()
                .anyMatch(b -> b.isValid()
                        && b.endpoint().isPresent()
                        && b.protocol().toLowerCase(Locale.ROOT).equals(protocol)
                        && !local(b.endpoint().get()));
    }

    /** A loopback address (127.0.0.0/8, ::1) or the host name localhost. */
    static boolean local(Site.Endpoint e) {
        String ip = e.ip().toLowerCase(Locale.ROOT).replace("[", "").replace("]", "");
        return e.host().equals("localhost") || ip.startsWith("127.") || ip.equals("::1");
    }
}
