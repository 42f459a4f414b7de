package io.iislint.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** The IIS schema defaults, one table ({@code schema-defaults.properties}) keyed by schema path. */
public final class SchemaDefaults {
    private static final Properties TABLE = load();

    private SchemaDefaults() {}

    public static String get(String key) {
        String v = TABLE.getProperty(key);
        if (v == null) throw new IllegalStateException("no IIS schema default for " + key);
        return v;
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = SchemaDefaults.class.getResourceAsStream("schema-defaults.properties")) {
            if (in == null) throw new IllegalStateException("schema-defaults.properties missing from the jar");
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
