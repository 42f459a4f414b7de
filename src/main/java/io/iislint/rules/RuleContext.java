package io.iislint.rules;

import io.iislint.catalog.Catalog;
import io.iislint.catalog.Parameters;
import io.iislint.catalog.RuleInfo;
import io.iislint.dialect.Dialect;
import io.iislint.dialect.FixCommands;
import io.iislint.finding.Edit;
import io.iislint.finding.Finding;
import io.iislint.model.ApplicationPool;
import io.iislint.model.ConfigPath;
import io.iislint.model.IisConfig;
import io.iislint.model.Origin;
import io.iislint.model.Value;
import io.iislint.model.WebServerScope;
import io.iislint.source.Location;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a rule gets besides the model: its parameters, and a way to report findings. A finding names what it is about
 * ({@link ConfigPath}); the file's {@link Dialect} spells it and fills in the rule's fix commands.
 */
public final class RuleContext {
    private final Catalog catalog;
    private final Parameters parameters;
    private final List<Finding> findings = new ArrayList<>();
    private String ruleId = "";
    private Dialect dialect = Dialect.of(io.iislint.source.FileKind.APPLICATION_HOST);
    /** Whether findings may carry an {@link Edit}: only an IIS 7+ configuration file is rewritten by --fix. */
    private boolean editable = true;

    RuleContext(Catalog catalog, Parameters parameters) {
        this.catalog = catalog;
        this.parameters = parameters;
    }

    /**
     * The kinds of file --fix rewrites: IIS 7+ configuration. An appcmd or iiscnfg export is a listing of a live
     * server (fixing it fixes nothing); an IIS 6 metabase's values inherit down key paths that this does not follow.
     */
    private static final java.util.Set<io.iislint.source.FileKind> EDITABLE = java.util.EnumSet.of(
            io.iislint.source.FileKind.APPLICATION_HOST,
            io.iislint.source.FileKind.WEB_CONFIG,
            io.iislint.source.FileKind.FRAGMENT);

    /** The file being linted: its kind decides how findings are spelled and fixed. */
    void file(IisConfig config) {
        this.dialect = config.place().map(p -> Dialect.placed(p.configPath())).orElse(Dialect.of(config.kind()));
        this.editable = EDITABLE.contains(config.kind());
    }

    void begin(Rule rule) {
        this.ruleId = rule.id();
    }

    List<Finding> findings() {
        return findings;
    }

    /** A parameter's value for the rule being run: the catalog's default, or what the policy or command line set. */
    @SuppressWarnings(
            "unchecked") // Parameters parses each catalog type to the Java type its Param declares (a test holds them
    // to each other)
    public <T> T get(Param<T> param) {
        return (T) param.javaType().cast(parameters.value(ruleId, param.name()));
    }

    public Builder finding(String subjectKind, String subjectName) {
        return new Builder(subjectKind, subjectName);
    }

    /** A finding about an application pool: its subject, where it is written, and the {@code {pool}} fix value. */
    public Builder finding(ApplicationPool pool) {
        Builder b =
                new Builder("application pool", pool.name()).at(pool.location()).fix("pool", pool.name());
        dialect.fixKey(new ConfigPath.PoolSetting(pool, "")).ifPresent(k -> b.fix("key", k));
        return b;
    }

    /**
     * A finding about a section at one configuration path, with the scope's pieces of fix filled in (for IIS 7+,
     * {@code {appcmdScope}}, {@code {commit}}, {@code {psLocation}}, whose path is itself a placeholder, quoted like
     * any other value; for IIS 6, the key).
     */
    public Builder finding(WebServerScope scope) {
        Dialect.Subject subject = dialect.subject(scope);
        Builder b = new Builder(subject.kind(), subject.name()).at(scope.location());
        Dialect.Scope s = dialect.scope(scope);
        b.splices.putAll(s.splices());
        b.vars.putAll(s.values());
        return b;
    }

    /** Builds one finding. The location is the value's origin when it has one, else the given element. */
    public final class Builder {
        private String subjectKind;
        private String subjectName;
        private final Map<String, String> vars = new HashMap<>();
        private final Map<String, String> splices = new HashMap<>(4);
        private @Nullable Location at;
        private String message = "";
        private String configPath = "";
        private Optional<String> value = Optional.empty();
        private Optional<Origin> origin = Optional.empty();
        private @Nullable String attribute;
        private boolean fixable = true;
        private @Nullable ConfigPath setting;
        private @Nullable String newValue;

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

        /** The setting the finding is about, and its value: the message gets {@code (attribute=value, where it came from)}. */
        public Builder value(ConfigPath setting, Value<?> v) {
            about(setting);
            this.setting = setting;
            this.attribute = dialect.attribute(setting, configPath);
            this.value = Optional.of(v instanceof Value.Known<?> k ? dialect.show(setting, k.value()) : v.display());
            this.origin = Optional.of(v.origin());
            v.location().ifPresent(l -> this.at = l);
            return this;
        }

        /** The setting or element the finding is about, without a value of its own. */
        public Builder about(ConfigPath setting) {
            this.configPath = dialect.path(setting);
            if (!vars.containsKey("key")) dialect.fixKey(setting).ifPresent(k -> vars.put("key", k));
            return this;
        }

        /** Overrides the subject (a section finding about one entry: a handler, a MIME map). */
        public Builder subject(String kind, String name) {
            this.subjectKind = kind;
            this.subjectName = name;
            return this;
        }

        /** A piece of the fix templates ({@code {siteElement}}), put in before the values are filled in. */
        public Builder splice(String name, String template) {
            splices.put(name, template);
            return this;
        }

        public Builder fix(String name, String value) {
            vars.put(name, value);
            return this;
        }

        /**
         * The fix as a change to the file: the setting of {@link #value} becomes {@code value} (as the file writes
         * it). Where the setting is written, it changes there; when it is inherited or the IIS default, it is added
         * on the pool or FastCGI application itself (never on the defaults it inherits from). The catalog's
         * fix-safety says whether --fix makes it.
         */
        public Builder fixTo(String value) {
            this.newValue = value;
            return this;
        }

        /** This finding has no command that fixes it (its rule's templates do not apply to it). */
        public Builder withoutFix() {
            this.fixable = false;
            return this;
        }

        public void report() {
            RuleInfo info = catalog.require(ruleId);
            if (at == null) throw new IllegalStateException(ruleId + ": finding without a location");
            String text = message;
            if (attribute != null) {
                text += " (" + attribute + "=" + value.orElse("") + ", "
                        + dialect.describe(origin.orElseThrow(), at.file()) + ")";
            }
            FixCommands.Commands fix = new FixCommands.Commands("", "", "");
            if (fixable)
                try {
                    fix = FixCommands.render(
                            new FixCommands.Templates(info.appcmd(), info.powershell(), info.adsutil()),
                            dialect.adsutil(info.tags().contains("fcgiext")),
                            vars,
                            splices);
                } catch (IllegalStateException e) {
                    throw new IllegalStateException(ruleId + ": " + e.getMessage(), e);
                }
            findings.add(new Finding(
                    info.id(),
                    info.name(),
                    info.severity(),
                    info.category(),
                    at,
                    new Finding.Subject(subjectKind, subjectName),
                    text,
                    configPath,
                    value,
                    origin,
                    new Finding.Fix(fix.appcmd(), fix.powershell(), fix.adsutil()),
                    info.fileFix().exists() ? edit() : Optional.empty()));
        }

        private Optional<Edit> edit() {
            if (!editable || newValue == null || setting == null || origin.isEmpty()) return Optional.empty();
            String path = setting instanceof ConfigPath.PoolSetting p
                    ? p.path()
                    : setting instanceof ConfigPath.FastCgiSetting f
                            ? "@" + f.attribute()
                            : setting instanceof ConfigPath.SectionSetting s ? s.path() : "";
            int at = path.lastIndexOf('@');
            if (at < 0 || (at > 0 && path.charAt(at - 1) != '/')) return Optional.empty();
            String name = path.substring(at + 1);
            List<String> children =
                    at == 0 ? List.of() : List.of(path.substring(0, at - 1).split("/"));
            if (origin.get() instanceof Origin.SetHere here)
                return Optional.of(new Edit(here.at(), List.of(), name, newValue));
            if (origin.get() instanceof Origin.NotSet) return Optional.empty();
            // inherited or the IIS default: added where the rule's fix sets it, the pool or application itself
            if (setting instanceof ConfigPath.PoolSetting p)
                return Optional.of(new Edit(p.pool().location(), children, name, newValue));
            if (setting instanceof ConfigPath.FastCgiSetting f)
                return Optional.of(new Edit(f.application().location(), List.of(), name, newValue));
            return Optional.empty(); // a section's scope may have no element to add it to
        }
    }
}
