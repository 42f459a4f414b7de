package io.iislint.dialect;

import io.iislint.model.ConfigPath;
import io.iislint.model.Origin;
import io.iislint.model.WebServerScope;
import io.iislint.source.FileKind;
import java.util.Map;
import java.util.Optional;

/**
 * How findings speak for one kind of file: how a setting is spelled (an IIS 7+ configuration path and attribute, or
 * an IIS 6 metabase key and property), how its value is written, what a default is called, and which of a rule's fix
 * commands apply and how a scope fills them in. The loader's file kind chooses it; rules never spell a path.
 */
public sealed interface Dialect permits Iis7Dialect, Iis6Dialect {

    static Dialect of(FileKind kind) {
        return kind == FileKind.METABASE || kind == FileKind.FCGIEXT ? Iis6Dialect.INSTANCE : Iis7Dialect.INSTANCE;
    }

    /**
     * The dialect of a web.config placed at {@code configPath} ({@code Site/app}) on a server among the inputs: its
     * findings name that path, and its fixes address it instead of a SITE/APP the user fills in.
     */
    static Dialect placed(String configPath) {
        return new Iis7Dialect(java.util.Optional.of(configPath));
    }

    /** The finding's configuration path. */
    String path(ConfigPath setting);

    /**
     * The setting's name as the file writes it ({@code identityType}, {@code AppPoolIdentityType}), given the path
     * {@link #path} gave it (a finding spells both, and the name is mostly the path's end).
     */
    String attribute(ConfigPath setting, String path);

    /** A value as the file writes it. */
    String show(ConfigPath setting, Object value);

    /** Where a value came from, in words ({@code set at line 12}, {@code IIS default}, {@code IIS 6 default}). */
    String describe(Origin origin, String currentFile);

    /** What a finding about a section at this scope is about: {@code config path 'MACHINE/WEBROOT/APPHOST/Shop'}. */
    Subject subject(WebServerScope scope);

    /**
     * The fix-template pieces and values a scope gives: placeholders that stand for pieces of template
     * ({@code {appcmdScope}}, {@code {commit}}, {@code {psLocation}}) and values ({@code {location}}, {@code {key}}).
     */
    Scope scope(WebServerScope scope);

    /** The {@code {key}} an adsutil fix about this setting names (its metabase key without {@code /LM/}), if any. */
    Optional<String> fixKey(ConfigPath setting);

    /** Whether this rule's fixes are IIS 6 commands (adsutil) here rather than IIS 7+ ones (appcmd, PowerShell). */
    boolean adsutil(boolean fcgiextRule);

    /** A finding's subject: its kind and name. */
    record Subject(String kind, String name) {}

    /** See {@link #scope}. */
    record Scope(Map<String, String> splices, Map<String, String> values) {
        public Scope {
            splices = Map.copyOf(splices);
            values = Map.copyOf(values);
        }
    }
}
