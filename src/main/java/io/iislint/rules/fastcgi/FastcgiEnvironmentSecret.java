package io.iislint.rules.fastcgi;

import io.iislint.model.ConfigPath;
import io.iislint.model.FastCgiApplication;
import io.iislint.model.IisConfig;
import io.iislint.rules.Param;
import io.iislint.rules.Rule;
import io.iislint.rules.RuleContext;
import io.iislint.rules.aspnet.ConnectionStringPasswordCleartext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * IIS-311: a FastCGI environment variable holding a secret in clear text: a password, key or token by its name, or a
 * connection string with a password. The value is never shown: the finding gives its length only.
 */
public final class FastcgiEnvironmentSecret implements Rule {
    static final Param<String> WORDS =
            Param.text("words", "PASSWORD PASSWD PASS PWD SECRET TOKEN KEY APIKEY CREDENTIAL CREDENTIALS");

    @Override
    public String id() {
        return "IIS-311";
    }

    @Override
    public List<Param<?>> params() {
        return List.of(WORDS);
    }

    @Override
    public void check(IisConfig config, RuleContext ctx) {
        Set<String> words =
                Set.of(ctx.get(WORDS).toUpperCase(Locale.ROOT).trim().split("\\s+"));
        for (FastCgiApplication app : config.fastCgiApplications()) {
            for (FastCgiApplication.EnvironmentVariable env : app.environmentVariables()) {
                Optional<Integer> length = secretLength(env, words);
                if (length.isEmpty()) continue;
                FastCgi.finding(ctx, app)
                        .at(env.location())
                        .about(new ConfigPath.Written("system.webServer/fastCgi/application[@fullPath='"
                                + app.fullPath() + "']/environmentVariables/environmentVariable[@name='"
                                + env.name() + "']"))
                        .message("environment variable '" + env.name() + "' holds a secret in clear text ("
                                + length.get() + " characters): anyone who can read this file or its backups has it,"
                                + " and every process PHP or the application starts inherits it")
                        .fix("name", env.name())
                        .report();
            }
        }
    }

    /**
     * The length of the value when it is a secret: a name with one of the words, or a connection string with a
     * password; none for an empty value, a placeholder or a file path (a key file's path is not the key).
     */
    static Optional<Integer> secretLength(FastCgiApplication.EnvironmentVariable env, Set<String> words) {
        Optional<Integer> inConnectionString = ConnectionStringPasswordCleartext.passwordLength(env.value());
        if (inConnectionString.isPresent()) return inConnectionString;
        String v = env.value().trim();
        if (v.isEmpty() || placeholder(v) || path(v) || !secretName(env.name(), words)) return Optional.empty();
        return Optional.of(v.length());
    }

    /**
     * Whether a name says it holds a secret: one of its words (split at {@code _ - .} and where lower case turns to
     * upper) is listed, or a listed word of five letters or more is part of one ({@code DBPASSWORD},
     * {@code AUTHTOKEN}). Short words (KEY, PWD, PASS) count only whole, so that MONKEY or PASSENGER do not. A name
     * with PUBLIC in it names a public key.
     */
    static boolean secretName(String name, Set<String> words) {
        List<String> parts = new ArrayList<>();
        for (String piece : name.split("[^A-Za-z0-9]+")) {
            for (String w : piece.split("(?<=[a-z0-9])(?=[A-Z])")) {
                if (!w.isEmpty()) parts.add(w.toUpperCase(Locale.ROOT));
            }
        }
        if (parts.contains("PUBLIC")) return false;
        for (String part : parts) {
            if (words.contains(part)) return true;
            for (String w : words) if (w.length() >= 5 && part.contains(w)) return true;
        }
        return false;
    }

    private static boolean placeholder(String v) {
        return v.startsWith("$(") && v.endsWith(")")
                || v.startsWith("#{") && v.endsWith("}")
                || v.startsWith("{{") && v.endsWith("}}")
                || v.startsWith("__") && v.endsWith("__") && v.length() > 4
                || v.startsWith("%") && v.endsWith("%") && v.length() > 2;
    }

    private static boolean path(String v) {
        return v.matches("(?s)[A-Za-z]:[\\\\/].*") || v.startsWith("\\\\") || v.startsWith("/");
    }
}
