package io.iislint.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** The version Maven wrote into the jar. */
final class Version implements CommandLine.IVersionProvider {
    static String get() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("/io/iislint/version.properties")) {
            if (in != null) p.load(in);
        } catch (IOException e) {
            // fall through to "unknown"
        }
        return p.getProperty("version", "unknown");
    }

    @Override
    public String[] getVersion() {
        return new String[] {"iislint " + get()};
    }
}
