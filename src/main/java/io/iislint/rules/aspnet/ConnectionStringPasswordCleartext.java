package io.iislint.rules.aspnet;

import io.iislint.model.ConfigPath;
import io.iislint.model.IisConfig;
import io.iislint.model.Origin;
import io.iislint.model.Settings;
import io.iislint.model.WebServerScope;
import io.iislint.rules.Rule;
import io.iislint.rules.RuleContext;
import java.util.Locale;
import java.util.Optional;

/**
 * IIS-1112: a connection string holding a password in clear text. A section encrypted with protected configuration
 * holds no {@code <add>} elements (only its EncryptedData), so it is never judged. The password itself is never
 * shown: the finding gives its length only.
 */
public final class ConnectionStringPasswordCleartext implements Rule {
    private static final String SECTION = "connectionStrings";

    @Override
    public String id() {
        return "IIS-1112";
    }

    @Override
    public void check(IisConfig config, RuleContext ctx) {
        for (WebServerScope scope : config.scopes()) {
            if (scope.kind().isMetabase()) continue;
            for (Settings.Entry e : scope.settings().collection(SECTION, "add", "name")) {
                if (!(e.origin() instanceof Origin.SetHere here)) continue;
                Optional<Integer> length = passwordLength(e.attribute("connectionString"));
                if (length.isEmpty()) continue;
                String name = e.attribute("name").trim();
                ctx.finding(scope)
                        .subject("connection string", name)
                        .message("the connection string holds a password in clear text (" + length.get()
                                + " characters): anyone who can read this file, its backups or its repository"
                                + " can log on to the database")
                        .about(new ConfigPath.Written(SECTION + "/add[@name='" + name + "']/@connectionString"))
                        .at(here.at())
                        .report();
            }
        }
    }

    /**
     * The length of the value of the connection string's {@code Password} or {@code Pwd} key, when it has a real one:
     * empty for none, an empty value, or a placeholder a deployment fills in ({@code $(DbPassword)},
     * {@code #{DbPassword}}, {@code {{db_password}}}, {@code __DbPassword__}, {@code %DB_PASSWORD%}).
     */
    public static Optional<Integer> passwordLength(String connectionString) {
        String s = connectionString;
        int i = 0;
        while (i < s.length()) {
            int eq = s.indexOf('=', i);
            if (eq < 0) break;
            String key = s.substring(i, eq).trim().toLowerCase(Locale.ROOT);
            // a value in quotes may hold semicolons; a doubled quote inside stands for one
            int j = eq + 1;
            while (j < s.length() && s.charAt(j) == ' ') j++;
            StringBuilder value = new StringBuilder();
            if (j < s.length() && (s.charAt(j) == '\'' || s.charAt(j) == '"')) {
                char q = s.charAt(j++);
                while (j < s.length()) {
                    char c = s.charAt(j++);
                    if (c != q) value.append(c);
                    else if (j < s.length() && s.charAt(j) == q) value.append(s.charAt(j++));
                    else break;
                }
                int semi = s.indexOf(';', j);
                i = semi < 0 ? s.length() : semi + 1;
            } else {
                int semi = s.indexOf(';', j);
                value.append(s, j, semi < 0 ? s.length() : semi);
                i = semi < 0 ? s.length() : semi + 1;
            }
            if (!key.equals("password") && !key.equals("pwd")) continue;
            String v = value.toString().trim();
            if (v.isEmpty() || placeholder(v)) return Optional.empty();
            return Optional.of(v.length());
        }
        return Optional.empty();
    }

    static boolean placeholder(String v) {
        return v.startsWith("$(") && v.endsWith(")")
                || v.startsWith("#{") && v.endsWith("}")
                || v.startsWith("{{") && v.endsWith("}}")
                || v.startsWith("__") && v.endsWith("__") && v.length() > 4
                || v.startsWith("%") && v.endsWith("%") && v.length() > 2;
    }
}
