package io.iislint.model;

import io.iislint.source.Location;
import java.util.Optional;

/** Where an effective value comes from, so that a finding can point at the line to change. */
public sealed interface Origin {

    /** Written on the element the value belongs to. */
    record SetHere(Location at) implements Origin {}

    /**
     * Inherited from a defaults element or an enclosing scope: {@code applicationPoolDefaults},
     * {@code sites/applicationDefaults}, {@code <location path="Site">}, the server-level section, …
     */
    record Inherited(String from, Location at) implements Origin {}

    /**
     * Not written anywhere: the value IIS uses when nothing sets it (from the IIS configuration schema). {@code which}
     * names a default of some IIS versions only, and why the file is taken for one of them; empty for the default
     * every version has (or IIS 10's, when the file does not tell its version).
     */
    record Default(String which) implements Origin {
        public Default() {
            this("");
        }
    }

    /**
     * Not written on the key or any parent key, and no default is reliable enough to assume (IIS 6 metabase).
     * {@code key} is the metabase key that was searched from.
     */
    record NotSet(String key) implements Origin {}

    default Optional<Location> location() {
        if (this instanceof SetHere s) return Optional.of(s.at());
        if (this instanceof Inherited i) return Optional.of(i.at());
        return Optional.empty();
    }

    /**
     * "set at line 12", "inherited from applicationPoolDefaults at line 5", "IIS default"; a location in
     * another file than {@code currentFile} is given as {@code file:line}.
     */
    default String describe(String currentFile) {
        Optional<Location> at = location();
        String where = at.map(l -> l.file().equals(currentFile) ? "line " + l.line() : l.fileAndLine())
                .orElse("");
        if (this instanceof SetHere) return "set at " + where;
        if (this instanceof Inherited i) return "inherited from " + i.from() + " at " + where;
        if (this instanceof NotSet n) return "not set on " + n.key() + " or any parent key";
        if (this instanceof Default d && !d.which().isEmpty()) return d.which();
        return "IIS default";
    }

    default String kind() {
        if (this instanceof SetHere) return "set";
        if (this instanceof Inherited) return "inherited";
        if (this instanceof NotSet) return "not set";
        return "default";
    }
}
