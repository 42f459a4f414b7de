package io.iislint.rules.sites;

import io.iislint.model.IisConfig;
import io.iislint.model.Site;
import io.iislint.model.SiteSettings;
import io.iislint.model.Value;
import io.iislint.rules.RuleContext;
import java.util.Optional;

/**
 * IIS-1319: an FTP site whose control or data channel does not require TLS ({@code ftpServer/security/ssl
 * controlChannelPolicy} or {@code dataChannelPolicy} other than SslRequire): user names, passwords or files cross the
 * network in clear text. Judged only for sites with an ftp binding; each channel is its own finding.
 */
public final class FtpSslNotRequired extends SiteSettingRule<String> {
    static final String SSL = "ftpServer/security/ssl";

    public FtpSslNotRequired() {
        super("IIS-1319", SSL, "controlChannelPolicy");
    }

    @Override
    public void check(IisConfig config, RuleContext ctx) {
        check(config, ctx, "controlChannelPolicy");
        check(config, ctx, "dataChannelPolicy");
    }

    @Override
    Value<String> read(SiteSettings settings, String path, String attribute) {
        return settings.text(path, attribute);
    }

    @Override
    Optional<String> judge(String policy, Site site, IisConfig config, RuleContext ctx) {
        if (!Https.has(site, "ftp") || Logging.lower(policy).equals("sslrequire")) return Optional.empty();
        return Optional.of("the FTP site does not require TLS (" + policy.trim()
                + "): user names, passwords or files can cross the network in clear text");
    }
}
