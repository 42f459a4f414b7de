package io.iislint.rules;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rule catalog ({@code rules/catalog.xml} in the repository, packaged in the jar): ids, names, severities,
 * rationale, fix templates, references and parameters. It feeds the findings, {@code iislint rules} and the docs.
 */
public final class Catalog {

    static final String RESOURCE = "/io/iislint/rules/catalog/catalog.xml";

    private final Map<String, RuleInfo> byId;

    private Catalog(Map<String, RuleInfo> byId) {
        this.byId = byId;
    }

    public static Catalog load() {
        try (InputStream in = Catalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("rule catalog missing from the jar: " + RESOURCE);
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Catalog parse(InputStream in) throws IOException {
        XmlMapper mapper = new XmlMapper();
        mapper.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        CatalogXml xml = mapper.readValue(in, CatalogXml.class);
        Map<String, RuleInfo> rules = new LinkedHashMap<>();
        for (RuleXml r : xml.rule) {
            RuleInfo info = r.toInfo();
            if (rules.putIfAbsent(info.id(), info) != null) throw new IllegalStateException("duplicate rule id " + info.id());
        }
        return new Catalog(rules);
    }

    public Optional<RuleInfo> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public RuleInfo require(String id) {
        return get(id).orElseThrow(() -> new IllegalStateException("rule " + id + " has no catalog entry"));
    }

    public Collection<RuleInfo> all() {
        return byId.values();
    }

    // ---- the XML shape (plain fields for Jackson; turned into immutable records at once) ----

    static final class CatalogXml {
        @JacksonXmlElementWrapper(useWrapping = false)
        public List<RuleXml> rule = new ArrayList<>();
    }

    static final class RuleXml {
        @JacksonXmlProperty(isAttribute = true) public String id;
        @JacksonXmlProperty(isAttribute = true) public String name;
        @JacksonXmlProperty(isAttribute = true) public String severity;
        @JacksonXmlProperty(isAttribute = true) public String category;
        public String title;
        public String rationale;
        public FixXml fix = new FixXml();
        @JacksonXmlElementWrapper(useWrapping = false)
        public List<String> reference = new ArrayList<>();
        @JacksonXmlElementWrapper(useWrapping = false)
        public List<ParameterXml> parameter = new ArrayList<>();

        RuleInfo toInfo() {
            Severity sev = Severity.parse(String.valueOf(severity))
                    .orElseThrow(() -> new IllegalStateException("rule " + id + ": bad severity " + severity));
            return new RuleInfo(id, name, sev, category, text(title), text(rationale), text(fix.appcmd),
                    text(fix.powershell), reference.stream().map(RuleXml::text).toList(),
                    parameter.stream().map(p -> new RuleInfo.Parameter(p.name, p.type, p.defaultValue, text(p.description))).toList());
        }

        /** Catalog text is wrapped for reading; it is shown on one line. */
        static String text(String s) {
            return s == null ? "" : s.strip().replaceAll("\\s+", " ");
        }
    }

    static final class FixXml {
        public String appcmd;
        public String powershell;
    }

    static final class ParameterXml {
        @JacksonXmlProperty(isAttribute = true) public String name;
        @JacksonXmlProperty(isAttribute = true) public String type;
        @JacksonXmlProperty(isAttribute = true, localName = "default") public String defaultValue;
        @JacksonXmlText public String description;
    }
}
