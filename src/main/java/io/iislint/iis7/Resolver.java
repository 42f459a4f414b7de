package io.iislint.iis7;

import io.iislint.model.ConfigProblem;
import io.iislint.model.IisVersion;
import io.iislint.model.Origin;
import io.iislint.model.SchemaDefaults;
import io.iislint.model.Value;
import io.iislint.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Resolves one attribute the way IIS does: the most specific layer that sets it wins, then the enclosing
 * layers in order, then the schema default. A value IIS would refuse is recorded as a {@link ConfigProblem}
 * and the next layer is used, as IIS falls back when reporting the error.
 */
final class Resolver {

    /** One place an attribute can come from. {@code inheritedFrom} is empty for the element itself. */
    record Layer(Optional<XmlElement> element, Optional<String> inheritedFrom) {
        static Layer here(Optional<XmlElement> e) {
            return new Layer(e, Optional.empty());
        }

        static Layer from(String label, Optional<XmlElement> e) {
            return new Layer(e, Optional.of(label));
        }
    }

    /** What a problem is about, for the message. */
    record Subject(String kind, String name, String configPath) {}

    private final List<ConfigProblem> problems = new ArrayList<>();
    private final IisVersion version;
    /** Where no default is assumed (an export of effective values), what an unset value is "not set on". */
    private final Optional<String> exported;

    Resolver() {
        this(IisVersion.UNKNOWN);
    }

    /** A resolver whose schema defaults are those of {@code version}. */
    Resolver(IisVersion version) {
        this(version, Optional.empty());
    }

    private Resolver(IisVersion version, Optional<String> exported) {
        this.version = version;
        this.exported = exported;
    }

    /**
     * A resolver for an export of effective values ({@code appcmd list config}): a value no layer sets is unknown, not
     * the schema default, as the export may leave out what the server sets ({@code notSetOn} names the export).
     */
    static Resolver exported(String notSetOn) {
        return new Resolver(IisVersion.UNKNOWN, Optional.of(notSetOn));
    }

    List<ConfigProblem> problems() {
        return problems;
    }

    <T> Value<T> resolve(Subject subject, List<Layer> layers, String attribute, String defaultKey, Parser<T> parser) {
        return first(subject, layers, attribute, parser).orElseGet(() -> {
            if (exported.isPresent()) return Value.notSet(exported.get());
            T value = parser.parse()
                    .apply(SchemaDefaults.get(defaultKey, version))
                    .orElseThrow(() -> new IllegalStateException("bad schema default for " + defaultKey));
            // a default IIS 10 changed is said to be the older version's, and why the file is taken for one
            return SchemaDefaults.differsOn(defaultKey, version)
                            && version.describeDefault().isPresent()
                    ? Value.ofDefault(value, version.describeDefault().get())
                    : Value.ofDefault(value);
        });
    }

    /**
     * As {@link #resolve}, for a setting whose default is not IIS's to give (an ASP.NET one, set by machine.config
     * or the root web.config): not set when no layer of this file sets it.
     */
    <T> Value<T> resolveIfSet(
            Subject subject, List<Layer> layers, String attribute, Parser<T> parser, String notSetAt) {
        return first(subject, layers, attribute, parser).orElseGet(() -> Value.notSet(notSetAt));
    }

    /** The value of the most specific layer that sets the attribute validly; each invalid one on the way is a problem. */
    private <T> Optional<Value<T>> first(Subject subject, List<Layer> layers, String attribute, Parser<T> parser) {
        for (Layer layer : layers) {
            if (layer.element().isEmpty()) continue;
            XmlElement e = layer.element().get();
            Optional<String> raw = e.attribute(attribute);
            if (raw.isEmpty()) continue;
            Optional<T> parsed = parser.parse().apply(raw.get());
            if (parsed.isPresent()) {
                Origin origin = layer.inheritedFrom().isEmpty()
                        ? new Origin.SetHere(e.locationOf(attribute))
                        : new Origin.Inherited(layer.inheritedFrom().get(), e.locationOf(attribute));
                return Optional.of(Value.of(parsed.get(), origin));
            }
            problem(subject, e, attribute, raw.get(), "expected " + parser.expected());
        }
        return Optional.empty();
    }

    void problem(Subject subject, XmlElement e, String attribute, String raw, String why) {
        problems.add(new ConfigProblem(
                e.locationOf(attribute),
                subject.kind(),
                subject.name(),
                subject.configPath() + "/@" + attribute,
                raw,
                why));
    }

    void problem(Subject subject, XmlElement e, String message) {
        problems.add(
                new ConfigProblem(e.location(), subject.kind(), subject.name(), subject.configPath(), "", message));
    }
}
