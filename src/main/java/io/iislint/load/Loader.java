package io.iislint.load;

import io.iislint.iis6.FcgiextReader;
import io.iislint.iis6.MetabaseReader;
import io.iislint.iis7.ConfigReader;
import io.iislint.iis7.Hierarchy;
import io.iislint.model.IisConfig;
import io.iislint.model.IisVersion;
import io.iislint.model.WebConfigPlace;
import io.iislint.source.FileKind;
import io.iislint.source.InputError;
import io.iislint.xml.XmlComment;
import io.iislint.xml.XmlDocument;
import io.iislint.xml.XmlElement;
import io.iislint.xml.XmlReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads one input into the model, whatever it is ({@link FileKinds} tells), with the reader for its kind. Comments
 * come along for inline suppressions.
 */
public final class Loader {
    private final XmlReader xml;
    private final Optional<IisVersion> version;

    public Loader(XmlReader xml) {
        this(xml, Optional.empty());
    }

    /** A loader for a server of the IIS version the user gave (it replaces what a file shows). */
    public Loader(XmlReader xml, Optional<IisVersion> version) {
        this.xml = xml;
        this.version = version;
    }

    /**
     * A loaded input: its model, the XML comments that may suppress findings (none for an .ini file), and the other
     * files read into it (its sections' configSource files).
     */
    public record Loaded(IisConfig config, List<XmlComment> comments, List<String> sources, Optional<XmlElement> root) {
        public Loaded {
            sources = List.copyOf(sources);
        }

        Loaded(IisConfig config, List<XmlComment> comments) {
            this(config, comments, List.of(), Optional.empty());
        }
    }

    public Loaded load(Path path, String displayName) throws InputError {
        return load(path, displayName, List.of());
    }

    /** The same for a web.config at {@code places} on servers among the inputs (see {@link ServerFolders}). */
    public Loaded load(Path path, String displayName, List<WebConfigPlace> places) throws InputError {
        return load(path, displayName, places, Hierarchy.NONE);
    }

    /** The same, with the files {@code above} it on that server (see {@link Hierarchy}). */
    public Loaded load(Path path, String displayName, List<WebConfigPlace> places, Hierarchy above) throws InputError {
        if (FileKinds.isIni(displayName)) {
            return new Loaded(new FcgiextReader().read(displayName, xml.readText(path, displayName)), List.of());
        }
        return fromXml(xml.read(path, displayName), Optional.of(path), places, false, above);
    }

    /**
     * The {@code <configuration>} element of an IIS 7+ file with its configSource sections expanded, for the files
     * below it; empty for a file that is not IIS 7+ configuration.
     */
    public Optional<XmlElement> root(Path path, String displayName) throws InputError {
        if (FileKinds.isIni(displayName)) return Optional.empty();
        XmlDocument read = xml.read(path, displayName);
        FileKind kind = FileKinds.ofXml(read.root());
        if (kind == FileKind.METABASE || kind == FileKind.APPCMD || kind == FileKind.FRAGMENT) return Optional.empty();
        return Optional.of(ConfigSources.expand(read, Optional.of(path), xml).root());
    }

    /** The same from bytes in memory (tests, fuzzing): a configSource cannot be followed there, and is refused. */
    public Loaded parse(String displayName, byte[] bytes) throws InputError {
        return parse(displayName, bytes, FileKinds.isIni(displayName));
    }

    /**
     * Standard input: an fcgiext.ini when its name says so (*.ini) or, when the name says nothing, when its content
     * reads as an ini file ({@link FileKinds#looksLikeIni}); else XML, told by its content.
     */
    public Loaded parseStandardInput(String displayName, byte[] bytes) throws InputError {
        boolean named = FileKinds.isIni(displayName)
                || displayName.toLowerCase(java.util.Locale.ROOT).endsWith(".config")
                || displayName.toLowerCase(java.util.Locale.ROOT).endsWith(".xml");
        return parse(displayName, bytes, named ? FileKinds.isIni(displayName) : FileKinds.looksLikeIni(bytes));
    }

    private Loaded parse(String displayName, byte[] bytes, boolean ini) throws InputError {
        if (ini) {
            return new Loaded(
                    new FcgiextReader().read(displayName, XmlReader.decodeText(displayName, bytes)), List.of());
        }
        return fromXml(xml.parse(displayName, bytes), Optional.empty(), List.of(), false, Hierarchy.NONE);
    }

    /**
     * A server that places web.config files (see {@link ServerFolders}): as {@link #load(Path, String)}, with its
     * section locks read too. Only such a server needs them, so a lint of a lone applicationHost.config does not pay
     * for them.
     */
    public Loaded loadServer(Path path, String displayName) throws InputError {
        if (FileKinds.isIni(displayName)) return load(path, displayName);
        return fromXml(xml.read(path, displayName), Optional.of(path), List.of(), true, Hierarchy.NONE);
    }

    private Loaded fromXml(
            XmlDocument read, Optional<Path> file, List<WebConfigPlace> places, boolean sectionLocks, Hierarchy above)
            throws InputError {
        FileKind kind = FileKinds.ofXml(read.root());
        if (kind == FileKind.METABASE) return new Loaded(new MetabaseReader().read(read), read.comments());
        if (kind == FileKind.APPCMD) return new Loaded(new ConfigReader().readAppcmd(read), read.comments());
        // an IIS 7+ file's sections may live in files beside it (an IIS 6 metabase has no configSource)
        XmlDocument doc = ConfigSources.expand(read, file, xml);
        return new Loaded(
                new ConfigReader(version).read(doc, kind, places, sectionLocks, above),
                doc.comments(),
                doc.sources(),
                Optional.of(doc.root()));
    }
}
