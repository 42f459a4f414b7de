package io.iislint.rules.sites;

import io.iislint.model.IisConfig;
import io.iislint.model.Settings;
import io.iislint.model.Value;
import io.iislint.model.WebServerScope;
import java.util.Locale;
import java.util.Optional;

/** What the logging rules share: the server's settings, and whether IIS writes one central log instead of the sites'. */
final class Logging {
    static final String LOG = "system.applicationHost/log";

    private Logging() {}

    /** The server level of an applicationHost.config (or fragment), whose system.applicationHost sections it reads. */
    static Optional<WebServerScope> server(IisConfig config) {
        return config.scopes().stream()
                .filter(s -> s.kind() == WebServerScope.Kind.SERVER)
                .findFirst();
    }

    /** {@code log/@centralLogFileMode}: Site (each site's logFile), CentralW3C or CentralBinary; unknown without a server level. */
    static Value<String> centralMode(IisConfig config) {
        return server(config)
                .map(s -> s.settings().text(LOG, "centralLogFileMode"))
                .orElse(Value.notSet(LOG + "/@centralLogFileMode"));
    }

    /**
     * Whether IIS logs per site, as each site's {@code logFile} says: in a central mode those are not used. An appcmd
     * export of sites holds no log section: it is taken as per site, the mode IIS has unless one is chosen.
     */
    static boolean perSite(IisConfig config) {
        Value<String> mode = centralMode(config);
        return !(mode instanceof Value.Known<String> k) || k.value().trim().equalsIgnoreCase("Site");
    }

    static Settings serverSettings(IisConfig config) {
        return server(config).map(WebServerScope::settings).orElse(Settings.EMPTY);
    }

    static String lower(String s) {
        return s.trim().toLowerCase(Locale.ROOT);
    }
}
