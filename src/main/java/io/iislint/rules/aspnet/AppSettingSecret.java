package io.iislint.rules.aspnet;

import io.iislint.model.ConfigPath;
import io.iislint.model.IisConfig;
import io.iislint.model.Origin;
import io.iislint.model.Settings;
import io.iislint.model.WebServerScope;
import io.iislint.rules.Rule;
import io.iislint.rules.RuleContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * IIS-1132: an appSettings entry whose key names a password, secret, token or key (ApiKey, SmtpPassword,
 * JwtSecret) holding a value in clear text. The key's last word decides (TokenEndpoint, PasswordMinLength and
 * RecaptchaSiteKey name something else); a value that is a placeholder, a boolean, a number or a connection string
 * (IIS-1133's) is not reported. An encrypted appSettings holds no {@code <add>}; the value is never shown.
 */
public final class AppSettingSecret implements Rule {
    private static final String SECTION = "appSettings";
    private static final Set<String> SECRET_WORDS =
            Set.of("password", "passwd", "pwd", "secret", "token", "apikey", "accesskey", "privatekey", "secretkey");
    /** Words before "key" that make it a secret: an API key, an access key, a signing key… */
    private static final Set<String> SECRET_KEYS = Set.of(
            "api",
            "access",
            "private",
            "secret",
            "signing",
            "encryption",
            "auth",
            "subscription",
            "master",
            "shared",
            "account",
            "storage");

    @Override
    public String id() {
        return "IIS-1132";
    }

    @Override
    public void check(IisConfig config, RuleContext ctx) {
        for (WebServerScope scope : config.scopes()) {
            if (scope.kind().isMetabase()) continue;
            for (Settings.Entry e : scope.settings().collection(SECTION, "add", "key")) {
                if (!(e.origin() instanceof Origin.SetHere here)) continue;
                String key = e.attribute("key").trim();
                String value = e.attribute("value").trim();
                if (!namesSecret(key) || !looksSecret(value)) continue;
                ctx.finding(scope)
                        .subject("app setting", key)
                        .message(
                                "the app setting's key names a secret and its value is in clear text (" + value.length()
                                        + " characters): anyone who can read this file, its backups or its repository has it")
                        .about(new ConfigPath.Written(SECTION + "/add[@key='" + key + "']/@value"))
                        .at(here.at())
                        .report();
            }
        }
    }

    /** Whether the key's last word names a secret: …Password, …Secret, …Token, ApiKey, AccessKey, … */
    static boolean namesSecret(String key) {
        List<String> words = words(key);
        if (words.isEmpty()) return false;
        String last = words.get(words.size() - 1);
        if (SECRET_WORDS.contains(last)) return true;
        return last.equals("key") && words.size() > 1 && SECRET_KEYS.contains(words.get(words.size() - 2));
    }

    /** A value worth hiding: not empty, not a placeholder, not a boolean or a number, not a connection string. */
    static boolean looksSecret(String value) {
        if (value.isEmpty() || ConnectionStringPasswordCleartext.placeholder(value)) return false;
        String v = value.toLowerCase(Locale.ROOT);
        if (v.equals("true") || v.equals("false") || v.chars().allMatch(Character::isDigit)) return false;
        if (v.chars().allMatch(c -> c == '*' || c == 'x')) return false; // a mask: ****, xxxx
        return !ConnectionStringPasswordElsewhere.isConnectionString(value);
    }

    /** The words of a key: split at separators and at lower-to-upper case changes, lower-cased. */
    static List<String> words(String key) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                flush(w, out);
                continue;
            }
            if (Character.isUpperCase(c)
                    && w.length() > 0
                    && (Character.isLowerCase(key.charAt(i - 1))
                            || (i + 1 < key.length() && Character.isLowerCase(key.charAt(i + 1))))) flush(w, out);
            w.append(Character.toLowerCase(c));
        }
        flush(w, out);
        return out;
    }

    private static void flush(StringBuilder w, List<String> out) {
        if (w.length() > 0) out.add(w.toString());
        w.setLength(0);
    }
}
