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

    /** The default of {@code key}, empty when the table has none (a setting whose default iislint does not hold). */
    public static java.util.Optional<String> find(String key) {
        return java.util.Optional.ofNullable(TABLE.getProperty(key));
    }

    /**
     * The default of {@code key} on {@code version}: the table's {@code key.before10} entry for IIS 7.0 to 8.5 and IIS
     * Express where IIS 10 changed it, else the IIS 10 default.
     */
    public static String get(String key, IisVersion version) {
        if (version.release() == IisVersion.Release.IIS_70) {
            String iis70 = TABLE.getProperty(key + ".iis70");
            if (iis70 != null) return iis70;
        }
        if (version.beforeIis10()) {
            String older = TABLE.getProperty(key + ".before10");
            if (older != null) return older;
        }
        return get(key);
    }

    /** Whether {@code key}'s default on {@code version} differs from IIS 10's. */
    public static boolean differsOn(String key, IisVersion version) {
        return !get(key, version).equals(get(key));
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
