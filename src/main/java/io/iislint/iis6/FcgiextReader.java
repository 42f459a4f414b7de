package io.iislint.iis6;

import io.iislint.model.ConfigProblem;
import io.iislint.model.Digits;
import io.iislint.model.FastCgiApplication;
import io.iislint.model.FastCgiProtocol;
import io.iislint.model.Iis6;
import io.iislint.model.IisConfig;
import io.iislint.model.IisEnums;
import io.iislint.model.Inventory;
import io.iislint.model.Origin;
import io.iislint.model.SchemaDefaults;
import io.iislint.model.StderrMode;
import io.iislint.model.Value;
import io.iislint.model.WebServerScope;
import io.iislint.source.FileKind;
import io.iislint.source.InputError;
import io.iislint.source.Location;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the IIS 6 FastCGI extension's {@code fcgiext.ini}: {@code [Types]} maps extensions (optionally per site
 * id, {@code php:3=PHP}) to sections, and each section is one FastCGI process pool. Sections become the model's
 * FastCGI applications and {@code [Types]} entries its handler mappings, so the IIS 7+ FastCGI rules apply; the
 * settings IIS 7+ has no place for are kept with how they fare on migration. A value the file does not write is
 * "not set": the extension's defaults differ between versions 1.0 and 1.5.
 */
public final class FcgiextReader {
    /** The section that maps extensions to process pools. */
    public static final String TYPES = "Types";

    /** Keys a section may hold, in the extension's spelling, and what becomes of them on the way to IIS 7+. */
    private static final Map<String, Optional<Iis6.Migration>> KEYS = keys();

    private static Map<String, Optional<Iis6.Migration>> keys() {
        Map<String, Optional<Iis6.Migration>> m = new LinkedHashMap<>();
        for (String k : List.of(
                "ExePath",
                "Arguments",
                "QueueLength",
                "MaxInstances",
                "IdleTimeout",
                "ActivityTimeout",
                "RequestTimeout",
                "InstanceMaxRequests",
                "FlushNamedPipe",
                "Protocol",
                "RapidFailsPerMinute",
                "EnvironmentVars")) {
            m.put(k, Optional.empty());
        }
        for (String k :
                List.of("ResponseBufferLimit", "IgnoreExistingFiles", "IgnoreDirectories", "UnhealthyOnQueueFull")) {
            m.put(k, Optional.of(Iis6.Migration.DROPPED));
        }
        for (String k : List.of("StderrMode", "MonitorChangesTo", "SignalBeforeTerminateSeconds")) {
            m.put(k, Optional.of(Iis6.Migration.NEEDS_FASTCGI_15));
        }
        return m;
    }

    private record Line(String key, String value, Location at) {}

    private record Section(String name, Location at, Map<String, Line> entries) {}

    public IisConfig read(String file, String text) throws InputError {
        List<ConfigProblem> problems = new ArrayList<>();
        Map<String, Section> sections = new LinkedHashMap<>();
        Section current = null;
        String[] lines = text.split("\r\n|\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            String raw = lines[i];
            refuseNonCharacters(file, raw, i + 1);
            String t = raw.strip();
            int col = raw.indexOf(t.isEmpty() ? " " : t.substring(0, 1)) + 1;
            Location at = new Location(file, i + 1, Math.max(1, col));
            if (t.isEmpty() || t.startsWith(";") || t.startsWith("#")) continue;
            if (t.startsWith("[")) {
                if (!t.endsWith("]") || t.length() < 3) {
                    throw new InputError(at, "malformed section header '" + t + "': expected [Name]");
                }
                String name = t.substring(1, t.length() - 1).strip();
                Section existing = sections.get(name.toLowerCase(Locale.ROOT));
                if (existing != null) {
                    problems.add(new ConfigProblem(
                            at,
                            "fcgiext.ini section",
                            name,
                            "[" + name + "]",
                            "",
                            "section [" + name + "] is written twice (first at line "
                                    + existing.at().line() + "): the extension reads only one of them"));
                    current = new Section(name, at, new LinkedHashMap<>()); // read, then dropped
                    continue;
                }
                current = new Section(name, at, new LinkedHashMap<>());
                sections.put(name.toLowerCase(Locale.ROOT), current);
                continue;
            }
            int eq = t.indexOf('=');
            if (eq <= 0) throw new InputError(at, "malformed line '" + clip(t) + "': expected Key=Value or [Section]");
            if (current == null) throw new InputError(at, "'" + clip(t) + "' comes before any [Section]");
            String key = t.substring(0, eq).strip();
            String value = t.substring(eq + 1).strip();
            Line l = new Line(key, value, at);
            Line before = current.entries().putIfAbsent(key.toLowerCase(Locale.ROOT), l);
            if (before != null) {
                problems.add(new ConfigProblem(
                        at,
                        "fcgiext.ini section",
                        current.name(),
                        "[" + current.name() + "]/" + key,
                        value,
                        key + " is written twice in [" + current.name() + "] (first at line "
                                + before.at().line() + ")"));
            }
        }
        if (sections.isEmpty())
            throw new InputError(new Location(file, 1, 1), "no [Types] or other section: not an fcgiext.ini");
        return build(file, sections, problems);
    }

    /**
     * Whether a dropped setting asks for what IIS 7+ does anyway: ResponseBufferLimit at the handlers' schema default
     * (4194304 bytes). The extension's defaults for IgnoreExistingFiles, IgnoreDirectories and UnhealthyOnQueueFull
     * are not documented where they could be checked, so those stay reported whatever their value.
     */
    private static boolean sameAsIis7(String key, String value) {
        String v = value.strip();
        return key.equals("ResponseBufferLimit")
                && Digits.upTo(v, 10)
                && Long.parseLong(v) == Long.parseLong(SchemaDefaults.get("handlers/add/@responseBufferLimit"));
    }

    /**
     * U+FFFE and U+FFFF are not text (no editor writes them; a damaged or wrongly decoded file holds them), and no
     * XML report could carry them: refused where they stand, as in XML input. Other controls are read as they are.
     */
    private static void refuseNonCharacters(String file, String line, int number) throws InputError {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\uFFFE' || c == '\uFFFF') {
                throw new InputError(
                        new Location(file, number, i + 1),
                        String.format(
                                Locale.ROOT,
                                "U+%04X is not a character but a Unicode noncharacter: the file is damaged, or not text",
                                (int) c));
            }
        }
    }

    private static String clip(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }

    private IisConfig build(String file, Map<String, Section> sections, List<ConfigProblem> problems) {
        Section types = sections.get(TYPES.toLowerCase(Locale.ROOT));
        List<FastCgiApplication> apps = new ArrayList<>();
        Map<String, FastCgiApplication> bySection = new LinkedHashMap<>();
        List<Iis6.FcgiextSetting> legacy = new ArrayList<>();
        Map<String, List<String>> mappedBy = new LinkedHashMap<>();
        if (types != null) {
            for (Line l : types.entries().values())
                mappedBy.computeIfAbsent(l.value().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(l.key());
        }
        for (Section s : sections.values()) {
            // [Types] maps extensions: not an application (sections are keyed by their name in lower case)
            if (s.name().toLowerCase(Locale.ROOT).equals(TYPES.toLowerCase(Locale.ROOT))) continue;
            List<String> users = mappedBy.getOrDefault(s.name().toLowerCase(Locale.ROOT), List.of());
            for (Line l : s.entries().values()) {
                Optional<String> known = KEYS.keySet().stream()
                        .filter(k -> k.equalsIgnoreCase(l.key()))
                        .findFirst();
                if (known.isEmpty()) {
                    problems.add(new ConfigProblem(
                            l.at(),
                            "fcgiext.ini section",
                            s.name(),
                            "[" + s.name() + "]/" + l.key(),
                            l.value(),
                            "unknown setting " + l.key() + ": the FastCGI extension ignores it (a typo?)"));
                    continue;
                }
                Objects.requireNonNull(KEYS.get(known.get())) // known is one of its keys
                        .ifPresent(m -> legacy.add(new Iis6.FcgiextSetting(
                                s.name(),
                                known.get(),
                                l.value(),
                                l.at(),
                                sameAsIis7(known.get(), l.value()) ? Iis6.Migration.DROPPED_UNCHANGED : m,
                                users)));
            }
            Optional<Line> exe = get(s, "ExePath");
            if (exe.isEmpty() || exe.get().value().isBlank()) {
                problems.add(new ConfigProblem(
                        s.at(),
                        "fcgiext.ini section",
                        s.name(),
                        "[" + s.name() + "]/ExePath",
                        "",
                        "section [" + s.name() + "] has no ExePath: requests mapped to it fail"));
                continue;
            }
            FastCgiApplication app = application(s, exe.get(), problems);
            apps.add(app);
            bySection.put(s.name().toLowerCase(Locale.ROOT), app);
        }
        List<WebServerScope.HandlerMapping> mappings = new ArrayList<>();
        if (types != null) {
            for (Line l : types.entries().values()) {
                String ext = l.key();
                String target = l.value();
                FastCgiApplication app = bySection.get(target.toLowerCase(Locale.ROOT));
                if (app == null) {
                    boolean exists = sections.containsKey(target.toLowerCase(Locale.ROOT));
                    problems.add(new ConfigProblem(
                            l.at(),
                            "fcgiext.ini mapping",
                            ext,
                            "[Types]/" + ext,
                            target,
                            exists
                                    ? "maps ." + ext + " to section [" + target + "], which has no ExePath"
                                    : "maps ." + ext + " to section [" + target
                                            + "], which does not exist: requests for it fail"));
                    continue;
                }
                String extension = ext.contains(":") ? ext.substring(0, ext.indexOf(':')) : ext;
                // the section exists: its application was found above
                Value<Long> buffer = get(
                                Objects.requireNonNull(sections.get(target.toLowerCase(Locale.ROOT))),
                                "ResponseBufferLimit")
                        .flatMap(b -> number(b).map(n -> Value.of(n, new Origin.SetHere(b.at()))))
                        .orElse(Value.notSet("[" + target + "]"));
                mappings.add(new WebServerScope.HandlerMapping(
                        ext, "*." + extension, "*", "FastCgiModule", app.scriptProcessorKey(), "", buffer, l.at()));
            }
        }
        Location top =
                types != null ? types.at() : sections.values().iterator().next().at();
        WebServerScope scope = new WebServerScope(
                WebServerScope.Kind.METABASE_SERVICE,
                "[" + TYPES + "]",
                top,
                new WebServerScope.Handlers(Value.notSet("[Types]"), mappings),
                new WebServerScope.Asp(Value.notSet(""), Value.notSet(""), Value.notSet(""), Value.notSet("")),
                new WebServerScope.IsapiCgiRestriction(Value.notSet(""), Value.notSet(""), List.of()),
                new WebServerScope.AnonymousAuthentication(Value.notSet(""), Value.notSet(""), Value.notSet("")),
                new WebServerScope.DirectoryBrowse(Value.notSet("")),
                new WebServerScope.StaticContent(List.of()),
                Value.notSet(""));
        Iis6 iis6 = Iis6.fcgiext(top, legacy);
        return new IisConfig(
                file,
                FileKind.FCGIEXT,
                Optional.empty(),
                List.of(),
                Optional.empty(),
                List.of(),
                Optional.of(top),
                apps,
                List.of(scope),
                problems,
                Inventory.EMPTY,
                Optional.of(iis6));
    }

    private FastCgiApplication application(Section s, Line exe, List<ConfigProblem> problems) {
        Function<String, Value<Long>> num = key -> get(s, key)
                .flatMap(l -> {
                    Optional<Long> n = number(l);
                    if (n.isEmpty())
                        problems.add(new ConfigProblem(
                                l.at(),
                                "fcgiext.ini section",
                                s.name(),
                                "[" + s.name() + "]/" + key,
                                l.value(),
                                "expected a whole number"));
                    return n.map(v -> Value.of(v, new Origin.SetHere(l.at())));
                })
                .orElse(Value.notSet("[" + s.name() + "]"));
        return new FastCgiApplication(
                exe.value(),
                get(s, "Arguments").map(Line::value).orElse(""),
                s.at(),
                num.apply("MaxInstances"),
                num.apply("InstanceMaxRequests"),
                num.apply("ActivityTimeout"),
                num.apply("RequestTimeout"),
                num.apply("IdleTimeout"),
                num.apply("QueueLength"),
                num.apply("RapidFailsPerMinute"),
                num.apply("SignalBeforeTerminateSeconds"),
                enumerated(s, "StderrMode", StderrMode.class, problems),
                enumerated(s, "Protocol", FastCgiProtocol.class, problems),
                get(s, "FlushNamedPipe")
                        .flatMap(l -> number(l).map(n -> Value.of(n != 0, new Origin.SetHere(l.at()))))
                        .orElse(Value.notSet("[" + s.name() + "]")),
                get(s, "MonitorChangesTo")
                        .map(l -> Value.of(l.value(), new Origin.SetHere(l.at())))
                        .orElse(Value.notSet("[" + s.name() + "]")),
                environment(s, problems));
    }

    private static <E extends Enum<E> & io.iislint.model.IisEnum> Value<E> enumerated(
            Section s, String key, Class<E> type, List<ConfigProblem> problems) {
        Optional<Line> l = get(s, key);
        if (l.isEmpty()) return Value.notSet("[" + s.name() + "]");
        Optional<E> e = IisEnums.parse(type, l.get().value());
        if (e.isEmpty()) {
            problems.add(new ConfigProblem(
                    l.get().at(),
                    "fcgiext.ini section",
                    s.name(),
                    "[" + s.name() + "]/" + key,
                    l.get().value(),
                    "expected one of " + IisEnums.names(type)));
            return Value.notSet("[" + s.name() + "]");
        }
        return Value.of(e.get(), new Origin.SetHere(l.get().at()));
    }

    /** {@code EnvironmentVars=NAME:value,NAME2:value2}. */
    private static List<FastCgiApplication.EnvironmentVariable> environment(Section s, List<ConfigProblem> problems) {
        Optional<Line> l = get(s, "EnvironmentVars");
        if (l.isEmpty()) return List.of();
        List<FastCgiApplication.EnvironmentVariable> out = new ArrayList<>();
        for (String pair : l.get().value().split(",")) {
            if (pair.isBlank()) continue;
            int colon = pair.indexOf(':');
            if (colon <= 0) {
                problems.add(new ConfigProblem(
                        l.get().at(),
                        "fcgiext.ini section",
                        s.name(),
                        "[" + s.name() + "]/EnvironmentVars",
                        shown(pair.strip()),
                        "expected NAME:value pairs separated by commas"));
                continue;
            }
            out.add(new FastCgiApplication.EnvironmentVariable(
                    pair.substring(0, colon).strip(),
                    pair.substring(colon + 1).strip(),
                    l.get().at()));
        }
        return out;
    }

    /**
     * A pair without its colon, as a message may show it: the name before an {@code =} and the length of the rest,
     * since what follows may be a password (NAME=secret written for NAME:secret); without {@code =}, only its length.
     */
    private static String shown(String pair) {
        int eq = pair.indexOf('=');
        return eq > 0
                ? pair.substring(0, eq) + "=… (" + (pair.length() - eq - 1) + " characters)"
                : "(" + pair.length() + " characters)";
    }

    private static Optional<Line> get(Section s, String key) {
        return Optional.ofNullable(s.entries().get(key.toLowerCase(Locale.ROOT)));
    }

    private static Optional<Long> number(Line l) {
        String v = l.value().strip();
        return Digits.upTo(v, 10) ? Optional.of(Long.parseLong(v)) : Optional.empty();
    }

    /** The keys a section may hold, for documentation and tests. */
    public static Set<String> knownKeys() {
        return KEYS.keySet();
    }
}
