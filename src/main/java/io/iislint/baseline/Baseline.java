package io.iislint.baseline;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import io.iislint.finding.FileResult;
import io.iislint.finding.Finding;
import io.iislint.source.InputError;
import io.iislint.source.Location;
import io.iislint.text.Json;
import io.iislint.xml.XmlReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The findings a team has accepted for now, so that a CI gate fails only on new ones. Entries are matched by
 * {@link Finding#fingerprint()} (rule, file, logical path), never by line, and counted: two identical findings
 * need two entries. Entries that match nothing any more are stale: the finding was fixed.
 */
public final class Baseline {
    static final int FORMAT = 1;

    /** One accepted finding; the fields besides the fingerprint are there for people reading the file. */
    public record Entry(String fingerprint, String ruleId, String file, String subject, String configPath) {
        static Entry of(Finding f) {
            return new Entry(
                    f.fingerprint(),
                    f.ruleId(),
                    f.location().file().replace('\\', '/'),
                    f.subject().display(),
                    f.configPath());
        }
    }

    /**
     * The results with baselined findings removed, how many were removed, the entries nothing matched though the
     * run checked them (stale), and how many others nothing matched because the run did not check them.
     */
    public record Outcome(List<FileResult> results, int matched, List<Entry> stale, int unchecked) {}

    /**
     * What a run checked: the rules it ran and the files it linted, spelt as entries spell them. Only an entry in
     * this scope that matches nothing is known to be fixed; one for a rule not run or a file not linted is unknown.
     */
    public record Scope(Set<String> rules, Set<String> files) {
        public Scope {
            rules = Set.copyOf(rules);
            files = files.stream()
                    .map(f -> f.replace('\\', '/'))
                    .collect(java.util.stream.Collectors.toUnmodifiableSet());
        }

        /** The rules run, and the files linted among {@code results} (not those that failed), and any {@code others}. */
        public static Scope of(Set<String> rules, List<FileResult> results, List<String> others) {
            Set<String> files = new HashSet<>(others);
            for (FileResult r : results) {
                if (r.error().isPresent()) continue;
                files.add(r.path());
                files.addAll(r.sources());
            }
            return new Scope(rules, files);
        }

        boolean covers(Entry e) {
            return rules.contains(e.ruleId()) && files.contains(e.file());
        }
    }

    private final List<Entry> entries;

    private Baseline(List<Entry> entries) {
        this.entries = entries.stream()
                .sorted(Comparator.comparing(Entry::file)
                        .thenComparing(Entry::ruleId)
                        .thenComparing(Entry::subject)
                        .thenComparing(Entry::configPath)
                        .thenComparing(Entry::fingerprint))
                .toList();
    }

    public static Baseline of(List<FileResult> results) {
        List<Entry> list = new ArrayList<>();
        for (FileResult r : results) for (Finding f : r.findings()) list.add(Entry.of(f));
        return new Baseline(list);
    }

    public List<Entry> entries() {
        return entries;
    }

    public Outcome apply(List<FileResult> results, Scope checked) {
        Map<String, Integer> remaining = new HashMap<>();
        for (Entry e : entries) remaining.merge(e.fingerprint(), 1, Integer::sum);
        int matched = 0;
        List<FileResult> kept = new ArrayList<>();
        for (FileResult r : results) {
            List<Finding> left = new ArrayList<>();
            for (Finding f : r.findings()) {
                Integer n = remaining.get(f.fingerprint());
                if (n != null && n > 0) {
                    remaining.put(f.fingerprint(), n - 1);
                    matched++;
                } else {
                    left.add(f);
                }
            }
            kept.add(r.keeping(left, 0));
        }
        List<Entry> stale = new ArrayList<>();
        int unchecked = 0;
        Map<String, Integer> unmatched = new LinkedHashMap<>(remaining);
        for (Entry e : entries) {
            Integer n = unmatched.get(e.fingerprint());
            if (n != null && n > 0) {
                if (checked.covers(e)) stale.add(e);
                else unchecked++;
                unmatched.put(e.fingerprint(), n - 1);
            }
        }
        return new Outcome(kept, matched, stale, unchecked);
    }

    /** The same baseline without its stale entries. */
    public Baseline prune(List<Entry> stale) {
        List<Entry> left = new ArrayList<>(entries);
        for (Entry s : stale) left.remove(s);
        return new Baseline(left);
    }

    public void write(Writer out) throws IOException {
        try (JsonGenerator g = Json.generator(out)) {
            g.writeStartObject();
            g.writeNumberField("iislintBaseline", FORMAT);
            g.writeArrayFieldStart("findings");
            for (Entry e : entries) {
                g.writeStartObject();
                g.writeStringField("fingerprint", e.fingerprint());
                g.writeStringField("ruleId", e.ruleId());
                g.writeStringField("file", e.file());
                g.writeStringField("subject", e.subject());
                g.writeStringField("configPath", e.configPath());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    /**
     * Reads a baseline file: one JSON object, each key once, then nothing but white space. Anything else is an
     * error in plain words with its line and column.
     */
    public static Baseline read(Path path) throws InputError {
        String name = path.toString();
        Location start = new Location(name, 1, 1);
        if (!Files.exists(path))
            throw new InputError(start, "no such baseline file (create one with 'iislint baseline create')");
        // the input checks and decoding (a directory or pipe refused, UTF-8 or a BOM's encoding, a bad byte located)
        String text = new XmlReader(Long.MAX_VALUE).readText(path, name);
        JsonFactory json = JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        try (JsonParser p = json.createParser(text)) {
            Baseline b;
            try {
                b = parse(p, name);
            } catch (
                    JsonProcessingException e) { // a syntax error, or a limit of Jackson's (nesting, a number's length)
                var l = e.getLocation() != null ? e.getLocation() : p.currentLocation(); // its limits give none
                Location where = new Location(name, Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
                if (e.getOriginalMessage().startsWith("Duplicate field"))
                    where = at(name, text, keyStart(text, (int) l.getCharOffset()));
                if (e.getOriginalMessage().startsWith("Illegal character ("))
                    where = at(name, text, (int) l.getCharOffset() - 1); // it points past it
                throw new InputError(where, "not valid JSON: " + JsonErrors.plain(e.getOriginalMessage()));
            }
            int after = afterWhiteSpace(text, (int) p.currentLocation().getCharOffset());
            if (after < text.length())
                throw new InputError(
                        at(name, text, after), "not valid JSON: more after the end of the baseline's object");
            return b;
        } catch (IOException e) {
            throw new InputError(start, "cannot read: " + e.getMessage());
        }
    }

    /** The first offset from {@code i} that is not JSON white space (space, tab, CR, LF). */
    private static int afterWhiteSpace(String text, int i) {
        while (i < text.length() && " \t\r\n".indexOf(text.charAt(i)) >= 0) i++;
        return i;
    }

    /** Where the key that ends just before {@code end} (Jackson's place for a repeated key) starts: its opening quote. */
    private static int keyStart(String text, int end) {
        if (end < 1 || end > text.length() || text.charAt(end - 1) != '"')
            return Math.max(0, Math.min(end, text.length()));
        for (int i = end - 2; i >= 0; i--) {
            if (text.charAt(i) != '"') continue;
            int backslashes = 0;
            while (i - backslashes - 1 >= 0 && text.charAt(i - backslashes - 1) == '\\') backslashes++;
            if (backslashes % 2 == 0) return i;
        }
        return end;
    }

    /** The line and column of a character offset, counting line ends as JSON parsers do (CR, LF or CR LF). */
    private static Location at(String file, String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
                lineStart = i + 1;
            }
        }
        return new Location(file, line, offset - lineStart + 1);
    }

    private static Baseline parse(JsonParser p, String name) throws IOException, InputError {
        expect(p, p.nextToken() == JsonToken.START_OBJECT, name, "a baseline file is a JSON object");
        List<Entry> entries = new ArrayList<>();
        boolean versioned = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken t = p.nextToken();
            switch (field) {
                case "iislintBaseline" -> {
                    expect(
                            p,
                            t == JsonToken.VALUE_NUMBER_INT && p.getIntValue() == FORMAT,
                            name,
                            "unsupported baseline format (this iislint reads format " + FORMAT + ")");
                    versioned = true;
                }
                case "findings" -> {
                    expect(p, t == JsonToken.START_ARRAY, name, "\"findings\" must be an array");
                    while (p.nextToken() == JsonToken.START_OBJECT) entries.add(entry(p, name));
                    expect(p, p.currentToken() == JsonToken.END_ARRAY, name, "\"findings\" holds objects only");
                }
                default -> p.skipChildren();
            }
        }
        expect(p, versioned, name, "not an iislint baseline (no \"iislintBaseline\" field)");
        return new Baseline(entries);
    }

    private static Entry entry(JsonParser p, String name) throws IOException, InputError {
        Map<String, String> fields = new HashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            JsonToken t = p.nextToken();
            if (t == JsonToken.VALUE_STRING) fields.put(f, p.getText());
            else p.skipChildren();
        }
        expect(
                p,
                fields.containsKey("fingerprint") && fields.containsKey("ruleId"),
                name,
                "a baseline entry needs \"fingerprint\" and \"ruleId\"");
        return new Entry(
                Objects.requireNonNull(fields.get("fingerprint")), // present: checked just above
                Objects.requireNonNull(fields.get("ruleId")),
                fields.getOrDefault("file", ""),
                fields.getOrDefault("subject", ""),
                fields.getOrDefault("configPath", ""));
    }

    private static void expect(JsonParser p, boolean ok, String name, String why) throws InputError {
        if (ok) return;
        var l = p.currentLocation();
        throw new InputError(new Location(name, Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr())), why);
    }
}
