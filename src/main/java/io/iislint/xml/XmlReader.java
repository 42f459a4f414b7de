package io.iislint.xml;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.stax.WstxInputFactory;
import io.iislint.source.InputError;
import io.iislint.source.Location;
import java.io.CharArrayReader;
import java.io.IOException;
import java.nio.CharBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLInputFactory2;
import org.codehaus.stax2.XMLStreamReader2;
import org.jspecify.annotations.Nullable;

/**
 * Reads a configuration file into a light element tree, refusing anything an IIS configuration file never
 * legitimately contains: a DOCTYPE (so no entity tricks can read files or exhaust memory), absurd nesting,
 * absurd attribute counts or sizes, files larger than the configured limit. Never writes to the file.
 */
public final class XmlReader {

    /** Default largest file read, in bytes. The largest real applicationHost.config files are a few MB. */
    public static final long DEFAULT_MAX_FILE_BYTES = 64L << 20;

    private static final int MAX_DEPTH = 128;
    private static final int MAX_ATTRIBUTES = 512;
    private static final int MAX_ATTRIBUTE_CHARS = 1 << 20;
    private static final long MAX_ELEMENTS = 5_000_000L;

    private final XMLInputFactory2 factory;
    private final long maxFileBytes;
    private final boolean keepText;

    public XmlReader() {
        this(DEFAULT_MAX_FILE_BYTES);
    }

    public XmlReader(long maxFileBytes) {
        this(maxFileBytes, false);
    }

    /**
     * @param keepText whether to keep elements' text: IIS configuration has none (only whitespace, which would
     *     cost time and memory on large files); the rule catalog and policy files need it
     */
    public XmlReader(long maxFileBytes, boolean keepText) {
        this.maxFileBytes = maxFileBytes;
        this.keepText = keepText;
        // Created directly, not through ServiceLoader: a shaded jar must not silently fall back to the JDK parser.
        WstxInputFactory f = new WstxInputFactory();
        f.configureForSpeed(); // resets some flags, so it comes before the security settings
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        f.setProperty(XMLInputFactory2.P_REPORT_PROLOG_WHITESPACE, false);
        f.setProperty(XMLInputFactory2.P_PRESERVE_LOCATION, true);
        f.setProperty(WstxInputProperties.P_MAX_ELEMENT_DEPTH, MAX_DEPTH);
        f.setProperty(WstxInputProperties.P_MAX_ATTRIBUTES_PER_ELEMENT, MAX_ATTRIBUTES);
        f.setProperty(WstxInputProperties.P_MAX_ATTRIBUTE_SIZE, MAX_ATTRIBUTE_CHARS);
        // Woodstox counts the text it skips too: with its default (16 Mi characters) a well-formed 30 MB comment was
        // refused. A file holds no more characters than bytes, so the file-size limit bounds every text; skipped text
        // costs no memory, and what is kept (a directive's comment, a policy's text) is part of the file already read.
        f.setProperty(
                WstxInputProperties.P_MAX_TEXT_LENGTH, (int) Math.min(Math.max(maxFileBytes, 1), Integer.MAX_VALUE));
        f.setProperty(WstxInputProperties.P_MAX_ELEMENT_COUNT, MAX_ELEMENTS);
        f.setProperty(WstxInputProperties.P_MAX_ENTITY_COUNT, 1L);
        f.setProperty(WstxInputProperties.P_MAX_ENTITY_DEPTH, 1);
        f.setProperty(WstxInputProperties.P_MAX_DTD_DEPTH, 1);
        this.factory = f;
    }

    /** Reads a file from disk. {@code displayName} is the path as the user gave it, used in every location. */
    public XmlDocument read(Path path, String displayName) throws InputError {
        return parse(displayName, bytes(path, displayName));
    }

    /** Decodes a text file's bytes as XML input is decoded (BOM, UTF-8, UTF-16), with located errors; empty is refused. */
    public static String decodeText(String file, byte[] bytes) throws InputError {
        if (bytes.length == 0) throw new InputError(new Location(file, 1, 1), "empty file");
        return TextDecoder.decode(file, bytes);
    }

    /** A text file read with the same checks and limits as XML input, decoded as {@link #parse(String, byte[])} does. */
    public String readText(Path path, String displayName) throws InputError {
        return decodeText(displayName, bytes(path, displayName));
    }

    private byte[] bytes(Path path, String displayName) throws InputError {
        Location start = new Location(displayName, 1, 1);
        byte[] bytes;
        try {
            if (Files.isDirectory(path)) throw new InputError(start, "is a directory, not a file");
            if (!Files.exists(path)) throw new InputError(start, "no such file (removed while it was being scanned?)");
            // a pipe or device could block forever or never end: only regular files are read
            if (!Files.isRegularFile(path))
                throw new InputError(start, "is not a regular file (a pipe, socket or device)");
            long size = Files.size(path);
            if (size > maxFileBytes || size > MOST_BYTES) throw tooLarge(start, size);
            bytes = Files.readAllBytes(path);
            // a file that grew since its size was taken, or one that gives no size (under /proc): the limit still holds
            if (bytes.length > maxFileBytes) throw tooLarge(start, bytes.length);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new InputError(start, "no such file");
        } catch (java.nio.file.AccessDeniedException e) {
            throw new InputError(start, "permission denied");
        } catch (IOException e) {
            throw new InputError(start, "cannot read: " + e.getMessage(), e);
        }
        return bytes;
    }

    /** The longest array a JVM makes: a larger file cannot be read, whatever the heap or --max-file-size. */
    private static final long MOST_BYTES = Integer.MAX_VALUE - 8;

    private InputError tooLarge(Location start, long size) {
        if (size > MOST_BYTES && maxFileBytes > MOST_BYTES) {
            return new InputError(
                    start, "file is " + size + " bytes, more than the 2 GiB a Java program can read as one piece");
        }
        return new InputError(
                start,
                "file is " + size + " bytes, larger than the limit of " + maxFileBytes
                        + " bytes (raise it with --max-file-size)");
    }

    public XmlDocument parse(String file, byte[] bytes) throws InputError {
        if (bytes.length == 0) throw new InputError(new Location(file, 1, 1), "empty file");
        CharBuffer text = TextDecoder.decodeChars(file, bytes);
        if (isBlank(text)) throw new InputError(new Location(file, 1, 1), "file holds only whitespace");
        if (text.position() == 0) return parse(file, text.array(), text.limit());
        return parse(file, Arrays.copyOfRange(text.array(), text.position(), text.limit()), text.remaining());
    }

    public XmlDocument parse(String file, String text) throws InputError {
        return parse(file, text.toCharArray(), text.length());
    }

    private static boolean isBlank(CharBuffer text) {
        for (int i = text.position(); i < text.limit(); i++) if (!Character.isWhitespace(text.get(i))) return false;
        return true;
    }

    /**
     * Parses the first {@code length} characters of {@code text}. The line index, the attribute scan and the
     * parser all read the array itself: several times faster than going through a String when the JIT is C1 only
     * (as the launcher runs it), and two fewer copies of the file.
     */
    private XmlDocument parse(String file, char[] text, int length) throws InputError {
        LineIndex lines = new LineIndex(text, length);
        XMLStreamReader2 r = null;
        try {
            r = (XMLStreamReader2) factory.createXMLStreamReader(file, new CharArrayReader(text, 0, length));
            return build(file, text, length, lines, r, keepText);
        } catch (XMLStreamException e) {
            // Limit violations carry no location of their own: the reader's position is where it stopped.
            javax.xml.stream.Location at =
                    e.getLocation() != null ? e.getLocation() : r == null ? null : r.getLocation();
            throw new InputError(locate(file, at, lines), cleanMessage(e), e);
        } catch (RuntimeException e) {
            // Woodstox reports some malformed input lazily, wrapped in an unchecked exception: still bad input.
            if (e.getCause() instanceof XMLStreamException x) {
                throw new InputError(locate(file, x.getLocation(), lines), cleanMessage(x), e);
            }
            throw new InputError(new Location(file, 1, 1), "not well-formed XML: " + e.getMessage(), e);
        } finally {
            if (r != null) {
                try {
                    r.closeCompletely();
                } catch (XMLStreamException ignored) {
                    // nothing left to release
                }
            }
        }
    }

    private static XmlDocument build(
            String file, char[] text, int length, LineIndex lines, XMLStreamReader2 r, boolean keepText)
            throws XMLStreamException, InputError {
        Deque<Builder> open = new ArrayDeque<>();
        List<XmlComment> comments = new ArrayList<>();
        List<XmlComment> waiting = new ArrayList<>(); // comments whose following element has not started yet
        XmlElement root = null;
        while (r.hasNext()) {
            int event = r.next();
            switch (event) {
                case XMLStreamConstants.DTD ->
                    throw new InputError(
                            lines.at(file, startOffset(r)),
                            "DOCTYPE declarations are not allowed in IIS configuration files (refused: they can read"
                                    + " other files or exhaust memory)");
                case XMLStreamConstants.ENTITY_REFERENCE ->
                    throw new InputError(
                            lines.at(file, startOffset(r)),
                            "entity reference &" + r.getLocalName() + "; is not allowed");
                case XMLStreamConstants.START_ELEMENT -> {
                    Builder b = startElement(file, text, length, lines, r);
                    for (XmlComment c : waiting) {
                        comments.add(new XmlComment(
                                c.text(),
                                c.location(),
                                Optional.of(new XmlComment.LineRange(b.location.line(), b.lastLine))));
                    }
                    waiting.clear();
                    open.push(b);
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    XmlElement done = open.pop().build();
                    if (open.isEmpty()) root = done;
                    else open.peek().addChild(done);
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                    if (keepText && !open.isEmpty()) open.peek().text.append(r.getText());
                }
                case XMLStreamConstants.COMMENT -> {
                    int at = startOffset(r);
                    if (mayBeDirective(text, length, at))
                        waiting.add(new XmlComment(r.getText(), lines.at(file, at), Optional.empty()));
                }
                default -> {
                    // whitespace between elements, processing instructions: nothing to keep
                }
            }
        }
        if (root == null) throw new InputError(new Location(file, 1, 1), "no root element");
        comments.addAll(waiting);
        comments.sort(java.util.Comparator.comparing(XmlComment::location));
        return new XmlDocument(file, root, comments);
    }

    /**
     * Whether the comment that starts at {@code offset} ({@code <!--}) may be a suppression directive: its text,
     * after white space, starts with {@code iislint-}. Only those are kept; the text of any other comment is
     * never built.
     */
    static boolean mayBeDirective(char[] text, int length, int offset) {
        int i = offset + 4;
        while (i < length && Character.isWhitespace(text[i])) i++;
        String prefix = "iislint-";
        if (i + prefix.length() > length) return false;
        for (int k = 0; k < prefix.length(); k++) if (text[i + k] != prefix.charAt(k)) return false;
        return true;
    }

    private static int startOffset(XMLStreamReader2 r) throws XMLStreamException {
        return (int) r.getLocationInfo().getStartingCharOffset();
    }

    private static Builder startElement(String file, char[] text, int length, LineIndex lines, XMLStreamReader2 r)
            throws XMLStreamException {
        int offset = startOffset(r);
        Builder b = new Builder(r.getPrefixedName(), lines.at(file, offset), r.getAttributeCount());
        AttributeScanner.Scan scan = AttributeScanner.scan(text, length, offset);
        Map<String, Integer> attributeOffsets = scan.attributes();
        b.lastLine = lines.at(file, scan.end()).line();
        for (int i = 0; i < r.getAttributeCount(); i++) {
            String prefix = r.getAttributePrefix(i);
            String name = prefix == null || prefix.isEmpty()
                    ? r.getAttributeLocalName(i)
                    : prefix + ":" + r.getAttributeLocalName(i);
            b.attributes.put(name, r.getAttributeValue(i));
            Integer at = attributeOffsets.get(name);
            if (at != null) b.attributeLocations.put(name, lines.at(file, at));
            String raw = scan.lineBroken().get(name);
            if (raw != null) b.addLineBroken(name, decode(raw));
        }
        return b;
    }

    /**
     * A raw attribute value (already checked well-formed by the parser) with its line breaks kept: character
     * and predefined entity references decoded, CRLF and lone CR read as LF.
     */
    static String decode(String raw) {
        StringBuilder sb = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\r') {
                sb.append('\n');
                if (i + 1 < raw.length() && raw.charAt(i + 1) == '\n') i++;
            } else if (c == '&') {
                int semi = raw.indexOf(';', i);
                if (semi < 0) {
                    sb.append(c);
                    continue;
                }
                String ref = raw.substring(i + 1, semi);
                switch (ref) {
                    case "amp" -> sb.append('&');
                    case "lt" -> sb.append('<');
                    case "gt" -> sb.append('>');
                    case "quot" -> sb.append('"');
                    case "apos" -> sb.append('\'');
                    default -> {
                        try {
                            int cp = ref.startsWith("#x")
                                    ? Integer.parseInt(ref.substring(2), 16)
                                    : ref.startsWith("#") ? Integer.parseInt(ref.substring(1)) : -1;
                            if (cp >= 0 && Character.isValidCodePoint(cp)) sb.appendCodePoint(cp);
                            else sb.append(raw, i, semi + 1);
                        } catch (NumberFormatException e) {
                            sb.append(raw, i, semi + 1);
                        }
                    }
                }
                i = semi;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static Location locate(String file, javax.xml.stream.@Nullable Location l, LineIndex lines) {
        if (l == null) return new Location(file, 1, 1);
        if (l.getCharacterOffset() >= 0) return lines.at(file, l.getCharacterOffset());
        return new Location(file, Math.max(1, l.getLineNumber()), Math.max(1, l.getColumnNumber()));
    }

    /** Woodstox messages end with a location block; the diagnostic line carries the location itself. */
    static String cleanMessage(XMLStreamException e) {
        String m = e.getMessage() == null ? "not well-formed XML" : e.getMessage();
        int at = m.indexOf("\n at [row,col");
        if (at >= 0) m = m.substring(0, at);
        m = m.replace('\n', ' ').replaceAll("\\s+", " ").trim();
        if (m.startsWith("ParseError at [row,col]:"))
            m = m.substring(m.indexOf("Message:") + 8).trim();
        return limit(m).orElse("not well-formed XML: " + m);
    }

    private static final Pattern LIMIT = Pattern.compile(
            "(Maximum Element Depth|Attribute|Maximum attribute size|Maximum Element Count) limit \\((\\d+)\\) exceeded",
            Pattern.CASE_INSENSITIVE);

    /** One of the reader's own limits: the file may well be well-formed, so the reason says what was refused. */
    private static Optional<String> limit(String message) {
        Matcher m = LIMIT.matcher(message);
        if (!m.matches()) return Optional.empty();
        String what = switch (m.group(1).toLowerCase(java.util.Locale.ROOT)) {
            case "maximum element depth" -> "elements nested more than " + m.group(2) + " deep";
            case "attribute" -> "more than " + m.group(2) + " attributes on one element";
            case "maximum attribute size" -> "an attribute value longer than " + m.group(2) + " characters";
            default -> "more than " + m.group(2) + " elements";
        };
        return Optional.of("refused: " + what + " (the limit for a configuration file)");
    }

    /**
     * One open element. The element keeps these collections as they are (no copy), for as long as the model lives,
     * so they are sized to the element's attributes, and the ones most elements leave empty are made only when
     * needed.
     */
    private static final class Builder {
        final String name;
        final Location location;
        final Map<String, String> attributes;
        final Map<String, Location> attributeLocations;
        private @Nullable List<XmlElement> children;
        private @Nullable Map<String, String> lineBroken;
        final StringBuilder text = new StringBuilder();
        int lastLine;

        Builder(String name, Location location, int attributeCount) {
            this.name = name;
            this.location = location;
            int capacity = (int) Math.ceil(attributeCount / 0.75);
            this.attributes = attributeCount == 0 ? Map.of() : new LinkedHashMap<>(capacity);
            this.attributeLocations = attributeCount == 0 ? Map.of() : new HashMap<>(capacity);
        }

        void addChild(XmlElement child) {
            if (children == null) children = new ArrayList<>();
            children.add(child);
        }

        void addLineBroken(String attribute, String raw) {
            if (lineBroken == null) lineBroken = new HashMap<>();
            lineBroken.put(attribute, raw);
        }

        XmlElement build() {
            String t = text.toString();
            return new XmlElement(
                    name,
                    attributes,
                    attributeLocations,
                    children == null ? List.of() : children,
                    t.isBlank() ? "" : t,
                    location,
                    lineBroken == null ? Map.of() : lineBroken);
        }
    }
}
