package io.iislint.rules;

import io.iislint.catalog.Parameters;
import io.iislint.catalog.RuleInfo;
import io.iislint.catalog.Catalog;
import io.iislint.finding.Finding;
import io.iislint.model.Display;
import io.iislint.model.Origin;
import io.iislint.model.TimeSpan;
import io.iislint.model.Value;
import io.iislint.model.WebServerScope;
import io.iislint.source.Location;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What a rule gets besides the model: its parameters, and a way to report findings with their fix filled in. */
public final class RuleContext {
    private final Catalog catalog;
    private final Parameters parameters;
    private final List<Finding> findings = new ArrayList<>();
    private String ruleId;
    private boolean iis6;

    RuleContext(Catalog catalog, Parameters parameters) {
        this.catalog = catalog;
        this.parameters = parameters;
    }

    /** The file being linted: an IIS 6 one gets metabase names and adsutil fixes. */
    void file(io.iislint.model.IisConfig config) {
        this.iis6 = config.isIis6();
    }

    /** Whether the file is an IIS 6 one (MetaBase.xml, fcgiext.ini). */
    public boolean isIis6() {
        return iis6;
    }

    void begin(String id) {
        this.ruleId = id;
    }

    List<Finding> findings() {
        return findings;
    }

    public long integer(String parameter) {
        return parameters.integer(ruleId, parameter);
    }

    public TimeSpan timeSpan(String parameter) {
        return parameters.timeSpan(ruleId, parameter);
    }

    public java.util.Set<io.iislint.model.RecycleEvent> recycleEvents(String parameter) {
        return parameters.recycleEvents(ruleId, parameter);
    }

    public Builder finding(String subjectKind, String subjectName) {
        return new Builder(subjectKind, subjectName);
    }

    /**
     * A finding about a section at one configuration path, with the appcmd/PowerShell scope filled in: pieces of
     * template ({@code {appcmdScope}}, {@code {commit}}, {@code {psLocation}}) whose path is itself a placeholder,
     * quoted like any other value.
     */
    public Builder finding(WebServerScope scope) {
        Builder b = new Builder("config path", scope.configPath()).at(scope.location());
        if (scope.kind().isMetabase()) {
            b.subject(scope.path().startsWith("/") ? "metabase key" : "fcgiext.ini section", scope.path());
            return b.metabase(scope.path());
        }
        switch (scope.kind()) {
            case SERVER -> b.splice("appcmdScope", "").splice("commit", "").fix("psPath", "MACHINE/WEBROOT/APPHOST").splice("psLocation", "");
            case LOCATION -> b.splice("appcmdScope", "\"{location}\" ").splice("commit", " /commit:apphost")
                    .fix("psPath", "MACHINE/WEBROOT/APPHOST").splice("psLocation", " -Location '{location}'").fix("location", scope.path());
            case METABASE_SERVICE, METABASE_KEY -> throw new IllegalStateException("handled above");
            case WEB_CONFIG -> {
                // The site and application a web.config belongs to is not in the file: the user fills in SITE/APP.
                String sub = scope.path().isEmpty() ? "" : "/" + scope.path();
                b.splice("appcmdScope", "\"SITE/APP{location}\" ").fix("location", sub).splice("commit", "")
                        .fix("psPath", "IIS:\\Sites\\SITE\\APP" + sub.replace('/', '\\')).splice("psLocation", "");
            }
        }
        return b;
    }

    /** Builds one finding. The location is the value's origin when it has one, else the given element. */
    public final class Builder {
        private String subjectKind;
        private String subjectName;
        private final Map<String, String> vars = new HashMap<>();
        private final Map<String, String> splices = new HashMap<>(4);
        private Location at;
        private String message = "";
        private String configPath = "";
        private Optional<String> value = Optional.empty();
        private Optional<Origin> origin = Optional.empty();
        private String attribute;
        private String metabaseKey;

        private Builder(String subjectKind, String subjectName) {
            this.subjectKind = subjectKind;
            this.subjectName = subjectName;
        }

        /** Where to point when the value has no line of its own (an IIS default): the element that did not set it. */
        public Builder at(Location location) {
            this.at = location;
            return this;
        }

        public Builder message(String text) {
            this.message = text;
            return this;
        }

        /**
         * The finding is about an IIS 6 metabase key ({@code /LM/W3SVC/AppPools/Shop}): values are named by their
         * metabase property, and adsutil fixes get {@code {key}} ({@code W3SVC/AppPools/Shop}).
         */
        public Builder metabase(String key) {
            this.metabaseKey = key;
            String k = key.regionMatches(true, 0, "/LM/", 0, 4) ? key.substring(4) : key;
            return fix("key", k);
        }

        /** The value the finding is about; {@code attribute} is its name as written, e.g. {@code identityType}. */
        public Builder value(String attribute, String configPath, Value<?> v) {
            this.attribute = attribute;
            this.configPath = configPath;
            this.value = Optional.of(v.display());
            if (metabaseKey != null) {
                this.attribute = MetabaseNames.property(configPath);
                this.configPath = metabaseKey + "/" + this.attribute;
                this.value = Optional.of(MetabaseNames.display(this.attribute, v.value()));
            }
            this.origin = Optional.of(v.origin());
            v.location().ifPresent(l -> this.at = l);
            return this;
        }

        /** Overrides the subject (a section finding about one entry: a handler, a MIME map). */
        public Builder subject(String kind, String name) {
            this.subjectKind = kind;
            this.subjectName = name;
            return this;
        }

        public Builder configPath(String path) {
            this.configPath = path;
            return this;
        }

        /** A value for the fix templates' {@code {name}}, quoted for where it stands in each command. */
        public Builder fix(String name, String value) {
            vars.put(name, value);
            return this;
        }

        /** A piece of template put in place of {@code {name}} before the values are filled in. */
        private Builder splice(String name, String template) {
            splices.put(name, template);
            return this;
        }

        public void report() {
            RuleInfo info = catalog.require(ruleId);
            if (at == null) throw new IllegalStateException(ruleId + ": finding without a location");
            String text = message;
            if (attribute != null) {
                Origin o = origin.orElseThrow();
                // an IIS 6 default is the IIS 6 documentation's, not the IIS 7+ schema's
                String where = iis6 && o instanceof Origin.Default ? "IIS 6 default" : o.describe(at.file());
                text += " (" + attribute + "=" + Display.of(value.orElse("")) + ", " + where + ")";
            }
            findings.add(new Finding(info.id(), info.name(), info.severity(), info.category(), at,
                    new Finding.Subject(subjectKind, subjectName), text, configPath, value, origin, fix(info)));
        }

        /**
         * The commands, each quoted for its shell; where a value cannot be carried, a note in the command's place
         * says why and points to the other command (a comment to its shell, so pasting it does nothing).
         */
        private Finding.Fix fix(RuleInfo info) {
            if (iis6 && !info.tags().contains("fcgiext")) {
                return new Finding.Fix("", "", text(render(info.adsutil(), FixCommand.Shell.CMD), "rem no adsutil command: ", MANAGER));
            }
            FixCommand.Rendered appcmd = render(info.appcmd(), FixCommand.Shell.CMD);
            FixCommand.Rendered ps = render(info.powershell(), FixCommand.Shell.POWERSHELL);
            return new Finding.Fix(text(appcmd, "rem no appcmd command: ", given(ps) ? "use the PowerShell command" : MANAGER),
                    text(ps, "# no PowerShell command: ", given(appcmd) ? "use the appcmd command" : MANAGER), "");
        }

        private FixCommand.Rendered render(String template, FixCommand.Shell shell) {
            for (Map.Entry<String, String> s : splices.entrySet()) template = template.replace("{" + s.getKey() + "}", s.getValue());
            try {
                return FixCommand.render(template, shell, vars);
            } catch (IllegalStateException e) {
                throw new IllegalStateException(ruleId + ": " + e.getMessage(), e);
            }
        }
    }

    private static final String MANAGER = "make this change in IIS Manager";

    private static boolean given(FixCommand.Rendered r) {
        return r instanceof FixCommand.Command c && !c.text().isEmpty();
    }

    private static String text(FixCommand.Rendered r, String none, String instead) {
        if (r instanceof FixCommand.Command c) return c.text();
        FixCommand.Withheld w = (FixCommand.Withheld) r;
        return none + "the " + FixCommand.noun(w.placeholder()) + " holds " + w.why() + "; " + instead;
    }
}
