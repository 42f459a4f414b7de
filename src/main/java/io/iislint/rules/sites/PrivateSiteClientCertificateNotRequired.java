package io.iislint.rules.sites;

import java.util.Optional;
import java.util.Set;

/**
 * IIS-1327: a private site (parameter {@code privateSites}) whose root does not require a client certificate
 * ({@code sslFlags} without SslRequireCert): its users are not authenticated with their PKI certificates, as the STIG
 * asks of private sites.
 */
public final class PrivateSiteClientCertificateNotRequired extends PrivateSiteRule {
    public PrivateSiteClientCertificateNotRequired() {
        super("IIS-1327");
    }

    @Override
    Optional<String> judge(Set<String> flags) {
        if (flags.contains("sslrequirecert")) return Optional.empty();
        return Optional.of("does not require a client certificate: anyone who reaches it gets as far as its"
                + " own logon, without the certificate that would show who they are");
    }

    @Override
    String fixFlags(Set<String> flags) {
        return spelled(flags, STIG);
    }
}
