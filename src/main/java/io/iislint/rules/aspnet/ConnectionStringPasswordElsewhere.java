package io.iislint.rules.aspnet;

import io.iislint.model.ConfigPath;
import io.iislint.model.IisConfig;
import io.iislint.model.Settings;
import io.iislint.model.WebServerScope;
import io.iislint.rules.Rule;
import io.iislint.rules.RuleContext;
import io.iislint.xml.XmlElement;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * IIS-1133: a connection string with a password in clear text outside the connectionStrings section (IIS-1112's):
 * an appSettings value, sessionState's sqlConnectionString, or any attribute of another section (a logging or
 * error-log library's connectionString). An attribute counts as a connection string when it has a Password or Pwd key
 * and a key naming a server or database. Each is reported once, where it is written; a section encrypted with
 * protected configuration holds only its EncryptedData, so it is never judged; the password is never shown.
 */
public final class ConnectionStringPasswordElsewhere implements Rule {
    /** A key that names where to connect: together with a password it makes a connection string. */
    private static final Pattern TARGET =
            Pattern.compile("(?i)(?:^|;)\\s*(?:server|data source|datasource|database|initial catalog|host|address|addr"
                    + "|network address|dsn|driver|provider|user id|userid|uid|user name|username)\\s*=");
    /** Sections other rules judge (IIS-1112: connectionStrings) or that hold no application data. */
    private static final Set<String> SKIPPED =
            Set.of("connectionStrings", "configProtectedData", "configSections", "system.applicationHost", "location");

    @Override
    public String id() {
        return "IIS-1133";
    }

    /** Whether a value is a connection string holding a password in clear text. */
    static boolean isConnectionString(String value) {
        return value.indexOf('=') > 0
                && TARGET.matcher(value).find()
                && ConnectionStringPasswordCleartext.passwordLength(value).isPresent();
    }

    @Override
    public void check(IisConfig config, RuleContext ctx) {
        Map<XmlElement, Boolean> seen = new IdentityHashMap<>();
        for (WebServerScope scope : config.scopes()) {
            if (scope.kind().isMetabase()) continue;
            List<Settings.Level> chain = scope.settings().chain();
            if (chain.isEmpty() || !chain.get(chain.size() - 1).own()) continue;
            for (XmlElement container : chain.get(chain.size() - 1).containers()) {
                if (seen.put(container, true) != null) continue;
                List<Found> found = new ArrayList<>();
                for (XmlElement section : container.children()) {
                    if (!SKIPPED.contains(section.name())) scan(section, section.name(), found);
                }
                for (Found f : found) {
                    int length = ConnectionStringPasswordCleartext.passwordLength(f.value())
                            .orElseThrow();
                    ctx.finding(scope)
                            .subject("setting", f.path())
                            .message("a connection string outside connectionStrings holds a password in clear text ("
                                    + length + " characters): anyone who can read this file, its backups or its"
                                    + " repository can log on to the database")
                            .about(new ConfigPath.Written(f.path()))
                            .at(f.element().locationOf(f.attribute()))
                            .fix("section", sectionOf(container, f.path()))
                            .report();
                }
            }
        }
    }

    private record Found(XmlElement element, String attribute, String value, String path) {}

    private static void scan(XmlElement e, String path, List<Found> found) {
        for (Map.Entry<String, String> a : e.attributes().entrySet()) {
            if (!isConnectionString(a.getValue())) continue;
            Optional<String> key =
                    e.name().equals("add") ? e.attribute("key").or(() -> e.attribute("name")) : Optional.empty();
            String where = key.map(
                            k -> path + "[@" + (e.attribute("key").isPresent() ? "key" : "name") + "='" + k + "']")
                    .orElse(path);
            found.add(new Found(e, a.getKey(), a.getValue(), where + "/@" + a.getKey()));
        }
        for (XmlElement c : e.children()) scan(c, path + "/" + c.name(), found);
    }

    /**
     * The section aspnet_regiis encrypts for a setting at {@code path}: system.web/sessionState,
     * system.net/mailSettings/smtp, or a custom section, inside the section group the file's configSections declares
     * (elmah/errorLog) or at the top (log4net).
     */
    static String sectionOf(XmlElement container, String path) {
        String[] p = path.split("/");
        int depth = 1;
        if (p[0].equals("system.web") || p[0].equals("system.net") || p[0].equals("system.webServer")) depth = 2;
        if (p.length > 2 && p[0].equals("system.net") && p[1].equals("mailSettings")) depth = 3;
        if (depth == 1) {
            for (XmlElement group : container
                    .child("configSections")
                    .map(c -> c.children("sectionGroup"))
                    .orElse(List.of())) {
                if (group.attribute("name").orElse("").equals(p[0])) depth = 2;
            }
        }
        StringBuilder section = new StringBuilder();
        for (int i = 0; i < Math.min(depth, p.length); i++) {
            if (i > 0) section.append('/');
            section.append(p[i].replaceAll("\\[.*$", ""));
        }
        return section.toString();
    }
}
