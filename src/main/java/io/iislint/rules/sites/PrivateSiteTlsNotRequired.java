package io.iislint.rules.sites;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * IIS-1328: a private site (parameter {@code privateSites}) whose root does not require TLS with 128-bit encryption
 * ({@code sslFlags} without Ssl, or without Ssl128): its pages can be had over plain http, or over a weakly
 * encrypted connection. The client-certificate part of the same STIG control is IIS-1327's.
 */
public final class PrivateSiteTlsNotRequired extends PrivateSiteRule {
    public PrivateSiteTlsNotRequired() {
        super("IIS-1328");
    }

    @Override
    Optional<String> judge(Set<String> flags) {
        List<String> missing = new ArrayList<>();
        if (!flags.contains("ssl")) missing.add("SSL");
        if (!flags.contains("ssl128")) missing.add("128-bit encryption");
        if (missing.isEmpty()) return Optional.empty();
        return Optional.of("does not require " + String.join(" or ", missing)
                + (flags.contains("ssl")
                        ? ": a client may connect with a weaker cipher"
                        : ": its pages can be had" + " over plain http"));
    }

    @Override
    String fixFlags(Set<String> flags) {
        return spelled(flags, STIG);
    }
}
