package io.iislint.catalog;

import io.iislint.source.FileKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Which kinds of file each lint rule judges ({@code rules/files.properties}, in the jar beside the catalog): an
 * IIS 6 rule has nothing to say about a web.config, a pool rule nothing about an fcgiext.ini. Reports that list the
 * rules per file (JUnit's test cases) list these.
 */
public final class RuleFiles {
    private static final Map<String, Set<FileKind>> KINDS = read();

    private RuleFiles() {}

    /** The kinds {@code ruleId} judges; every kind for a rule the file does not list (RuleFilesTest forbids one). */
    public static Set<FileKind> of(String ruleId) {
        Set<FileKind> kinds = KINDS.get(ruleId);
        return kinds == null ? EnumSet.allOf(FileKind.class) : kinds;
    }

    /** Every rule the file lists. */
    public static Set<String> rules() {
        return KINDS.keySet();
    }

    private static Map<String, Set<FileKind>> read() {
        Properties p = new Properties();
        try (InputStream in = RuleFiles.class.getResourceAsStream("files.properties")) {
            if (in == null) throw new IllegalStateException("the jar holds no io/iislint/catalog/files.properties");
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read io/iislint/catalog/files.properties", e);
        }
        Map<String, Set<FileKind>> kinds = new HashMap<>();
        for (String rule : p.stringPropertyNames()) {
            Set<FileKind> set = EnumSet.noneOf(FileKind.class);
            for (String written : p.getProperty(rule).trim().split("\\s+")) {
                String label = written.replace('_', ' ');
                set.add(Arrays.stream(FileKind.values())
                        .filter(k -> k.label().equals(label))
                        .findFirst()
                        .orElseThrow(() -> new IllegalStateException(
                                "files.properties: " + rule + " names an unknown kind of file '" + label + "'")));
            }
            kinds.put(rule, Set.copyOf(set));
        }
        return Map.copyOf(kinds);
    }
}
