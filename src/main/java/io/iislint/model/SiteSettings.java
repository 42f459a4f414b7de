package io.iislint.model;

import io.iislint.source.Location;
import io.iislint.xml.XmlElement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A site's own elements below {@code <site>} ({@code logFile}, {@code limits}, {@code hsts},
 * {@code ftpServer/security/ssl}), resolved as IIS resolves them: an attribute the site writes, else the one
 * {@code sites/siteDefaults} writes (inherited, attribute by attribute), else the schema default (table key
 * {@code sites/site/<path>/@<attribute>}). The sites of an appcmd export come without their {@code siteDefaults}: a
 * value the site does not write is then unknown. {@link #NONE} is a site whose elements are not read (IIS 6).
 */
public final class SiteSettings {
    /** Every value unknown: a site read from a file that does not hold these elements. */
    public static final SiteSettings NONE = new SiteSettings(Optional.empty(), Optional.empty(), true);

    /** How an origin names {@code siteDefaults}. */
    public static final String SITE_DEFAULTS = "siteDefaults";

    private final Optional<XmlElement> site;
    private final Optional<XmlElement> defaults;
    private final boolean exported;

    /**
     * @param site the {@code <site>} element
     * @param defaults {@code sites/siteDefaults}, when the file writes one
     * @param exported whether the file is an appcmd export, which leaves {@code siteDefaults} out
     */
    public SiteSettings(Optional<XmlElement> site, Optional<XmlElement> defaults, boolean exported) {
        this.site = site;
        this.defaults = defaults;
        this.exported = exported;
    }

    /** Whether the file is an appcmd export, which leaves {@code siteDefaults} out: what a site does not write is unknown. */
    public boolean exported() {
        return exported;
    }

    /** Where {@code siteDefaults} is written, when it is. */
    public Optional<Location> defaultsLocation() {
        return defaults.map(XmlElement::location);
    }

    /** The settings {@code siteDefaults} itself gives: what a site that writes nothing gets. */
    public SiteSettings defaults() {
        return new SiteSettings(defaults, Optional.empty(), exported);
    }

    public Value<String> text(String path, String attribute) {
        return typed(path, attribute, Optional::of);
    }

    public Value<Boolean> bool(String path, String attribute) {
        return typed(path, attribute, t -> switch (t.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> Optional.of(true);
            case "false" -> Optional.of(false);
            default -> Optional.empty();
        });
    }

    public Value<Long> number(String path, String attribute) {
        return typed(path, attribute, t -> {
            String s = t.trim();
            return Digits.upTo(s, 18) ? Optional.of(Long.parseLong(s)) : Optional.empty();
        });
    }

    public Value<TimeSpan> timeSpan(String path, String attribute) {
        return typed(path, attribute, TimeSpan::parse);
    }

    /**
     * {@code attribute} of the element at {@code path} below the site ({@code logFile}, {@code ftpServer/security/ssl}),
     * read by {@code parse}; a text it refuses is unknown (IIS refuses the configuration, IIS-001's concern).
     */
    public <T> Value<T> typed(String path, String attribute, Function<String, Optional<T>> parse) {
        String key = "sites/site/" + path + "/@" + attribute;
        String[] names = path.split("/");
        for (int i = 0; i < 2; i++) {
            Optional<XmlElement> level = i == 0 ? site : defaults;
            Optional<XmlElement> e = level.flatMap(l -> l.path(names));
            if (e.isEmpty()) continue;
            Optional<String> raw = e.get().attribute(attribute);
            if (raw.isEmpty()) continue;
            Location at = e.get().locationOf(attribute);
            Optional<T> parsed = parse.apply(raw.get());
            if (parsed.isEmpty()) return Value.notSet(key);
            return Value.of(parsed.get(), i == 0 ? new Origin.SetHere(at) : new Origin.Inherited(SITE_DEFAULTS, at));
        }
        if (exported) return Value.notSet(key);
        Optional<String> fallback = SchemaDefaults.find(key);
        if (fallback.isEmpty()) return Value.notSet(key);
        return parse.apply(fallback.get())
                .map(Value::ofDefault)
                .orElseThrow(() -> new IllegalStateException("bad schema default for " + key));
    }

    /** The element at {@code path} the site writes, else the one {@code siteDefaults} writes. */
    public Optional<XmlElement> element(String path) {
        String[] names = path.split("/");
        return site.flatMap(s -> s.path(names)).or(() -> defaults.flatMap(d -> d.path(names)));
    }

    /**
     * The entries of a collection below the site ({@code logFile/customFields}): those of {@code siteDefaults}, then
     * the site's own {@code <add>}, {@code <remove>} and {@code <clear/>}, keyed by {@code key} without letter case.
     */
    public List<Settings.Entry> collection(String path, String key) {
        String[] names = path.split("/");
        Map<String, Settings.Entry> entries = new LinkedHashMap<>();
        for (int i = 1; i >= 0; i--) {
            Optional<XmlElement> c = (i == 0 ? site : defaults).flatMap(l -> l.path(names));
            if (c.isEmpty()) continue;
            for (XmlElement item : c.get().children()) {
                String k = item.attribute(key).orElse("").trim().toLowerCase(Locale.ROOT);
                if (item.name().equals("clear")) entries.clear();
                else if (item.name().equals("remove")) entries.remove(k);
                else if (item.name().equals("add")) {
                    Origin o = i == 0
                            ? new Origin.SetHere(item.location())
                            : new Origin.Inherited(SITE_DEFAULTS, item.location());
                    entries.put(k, new Settings.Entry(item, o));
                }
            }
        }
        return List.copyOf(new ArrayList<>(entries.values()));
    }
}
