package io.iislint.fix;

import io.iislint.finding.Edit;
import io.iislint.source.InputError;
import io.iislint.source.Location;
import io.iislint.xml.TextFile;
import io.iislint.xml.XmlDocument;
import io.iislint.xml.XmlElement;
import io.iislint.xml.XmlReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Makes a file's {@link Edit}s in its text, changing nothing else: each attribute value is replaced between its
 * quotes (the quote kept, the new value escaped for XML and for the file's charset), a missing attribute is written
 * after the element's last one, a missing child element is written inside its parent, indented as its siblings and
 * with the file's own line ending. Comments, white space, attribute order, encoding, byte-order mark and line endings
 * stay as they are: the text is decoded as the linter decoded it and encoded back the same way, and a file whose
 * bytes would not come back the same from its own text is not rewritten at all.
 *
 * <p>The edits are located anew in the bytes given (the findings' lines and columns point at them): an edit whose
 * element or attribute is no longer where the finding said is not made.
 */
public final class Rewriter {
    private Rewriter() {}

    /** What an edit did not do, and why. */
    public record Skipped(Edit edit, String why) {}

    /**
     * A rewrite: the new bytes, the text before and after, the edits made and those not made, and the changed line
     * ranges (for a diff).
     */
    public record Result(
            byte[] bytes, String before, String after, List<Edit> made, List<Skipped> skipped, List<Change> changes) {
        public Result {
            made = List.copyOf(made);
            skipped = List.copyOf(skipped);
            changes = List.copyOf(changes);
        }

        public boolean changed() {
            return !made.isEmpty();
        }
    }

    /**
     * Lines {@code first} to {@code first + count - 1} (0-based) of the old text became {@code lines}, each line
     * without its line ending.
     */
    public record Change(int first, int count, List<String> lines) {
        public Change {
            lines = List.copyOf(lines);
        }
    }

    /** One replacement of the old text's {@code [start, end)}; {@code seq} keeps insertions at one place in order. */
    private record Op(int start, int end, String text, int seq) {}

    /** @throws InputError when the file cannot be read back or rewritten byte for byte; nothing is changed then */
    public static Result rewrite(String file, byte[] bytes, List<Edit> edits, XmlReader reader) throws InputError {
        TextFile decoded = TextFile.decode(file, bytes);
        if (!Arrays.equals(decoded.encode(decoded.text()).orElse(null), bytes)) {
            throw new InputError(
                    new Location(file, 1, 1),
                    "cannot be rewritten byte for byte in its encoding ("
                            + decoded.charset().name() + "): not fixed");
        }
        XmlDocument doc = reader.parse(file, bytes);
        String text = decoded.text();
        Rewriter.Work w = new Work(file, text, decoded, doc.root());
        for (Edit e : edits) w.plan(e);
        w.planCreations();
        String after = w.apply();
        byte[] out = decoded.encode(after)
                .orElseThrow(() -> new InputError(
                        new Location(file, 1, 1), "a new value cannot be written in the file's encoding: not fixed"));
        if (!w.made.isEmpty()) {
            try {
                reader.parse(file, out); // what is written must read back as well-formed XML
            } catch (InputError e) {
                throw new InputError(
                        new Location(file, 1, 1), "the fixed text would not be well-formed XML: not fixed", e);
            }
        }
        return new Result(w.made.isEmpty() ? bytes : out, text, after, w.made, w.skipped, w.changes);
    }

    /** A child element to write, with its attributes and its own new children. */
    private static final class NewElement {
        final String name;
        final Map<String, String> attributes = new LinkedHashMap<>();
        final Map<String, NewElement> children = new LinkedHashMap<>();

        NewElement(String name) {
            this.name = name;
        }
    }

    private static final class Work {
        final String file;
        final String text;
        final TextFile decoded;
        final int[] lineStarts;
        final Map<Location, XmlElement> byStart = new HashMap<>();
        final Map<Location, Map.Entry<XmlElement, String>> byAttribute = new HashMap<>();
        final Map<XmlElement, XmlElement> parents = new IdentityHashMap<>();
        final Map<XmlElement, NewElement> creations = new IdentityHashMap<>();
        final Set<String> touched = new HashSet<>(); // element offset + attribute: one change each
        final List<Op> ops = new ArrayList<>();
        final List<Edit> made = new ArrayList<>();
        final List<Skipped> skipped = new ArrayList<>();
        final List<Change> changes = new ArrayList<>();
        final String eol;

        Work(String file, String text, TextFile decoded, XmlElement root) {
            this.file = file;
            this.text = text;
            this.decoded = decoded;
            this.lineStarts = lineStarts(text);
            this.eol = lineEnding(text);
            List<XmlElement> todo = new ArrayList<>(List.of(root));
            while (!todo.isEmpty()) {
                XmlElement e = todo.remove(todo.size() - 1);
                byStart.put(e.location(), e);
                for (Map.Entry<String, Location> a : e.attributeLocations().entrySet())
                    byAttribute.put(a.getValue(), Map.entry(e, a.getKey()));
                for (XmlElement c : e.children()) {
                    parents.put(c, e);
                    todo.add(c);
                }
            }
        }

        void plan(Edit edit) {
            if (!edit.at().file().equals(file)) {
                skipped.add(new Skipped(edit, "belongs to another file"));
                return;
            }
            XmlElement base = byStart.get(edit.at());
            if (base == null) {
                Map.Entry<XmlElement, String> a = byAttribute.get(edit.at());
                if (a == null || !edit.children().isEmpty() || !a.getValue().equals(edit.attribute())) {
                    skipped.add(new Skipped(edit, "the file no longer has it where it was linted"));
                    return;
                }
                base = a.getKey();
            }
            XmlElement cur = base;
            int i = 0;
            for (; i < edit.children().size(); i++) {
                Optional<XmlElement> next = cur.lastChild(edit.children().get(i));
                if (next.isEmpty()) break;
                cur = next.get();
            }
            if (i < edit.children().size()) {
                NewElement n = creations.computeIfAbsent(cur, k -> new NewElement(k.name()));
                for (String name : edit.children().subList(i, edit.children().size()))
                    n = n.children.computeIfAbsent(name, NewElement::new);
                if (n.attributes.putIfAbsent(edit.attribute(), edit.value()) != null) {
                    skipped.add(new Skipped(edit, "another fix sets the same attribute"));
                    return;
                }
                made.add(edit);
                return;
            }
            int start = offset(cur.location());
            if (!touched.add(start + "@" + edit.attribute())) {
                skipped.add(new Skipped(edit, "another fix sets the same attribute"));
                return;
            }
            Tag tag = Tag.scan(text, start);
            Optional<Tag.Attribute> a = tag.attribute(edit.attribute());
            if (a.isPresent()) {
                ops.add(new Op(
                        a.get().valueStart(),
                        a.get().valueEnd(),
                        escape(edit.value(), a.get().quote()),
                        ops.size()));
            } else {
                char q = tag.quote();
                ops.add(new Op(
                        tag.attributesEnd(),
                        tag.attributesEnd(),
                        " " + edit.attribute() + "=" + q + escape(edit.value(), q) + q,
                        ops.size()));
            }
            made.add(edit);
        }

        /** The missing child elements, each parent's at once (a self-closing parent is opened once). */
        void planCreations() {
            for (Map.Entry<XmlElement, NewElement> c : creations.entrySet()) {
                XmlElement parent = c.getKey();
                int start = offset(parent.location());
                Tag tag = Tag.scan(text, start);
                String indent = indentOf(start);
                String step = step(parent, indent);
                char q = tag.quote();
                StringBuilder inner = new StringBuilder();
                for (NewElement n : c.getValue().children.values()) {
                    inner.append(eol).append(indent).append(step);
                    render(n, indent + step, step, q, inner);
                }
                if (tag.selfClosing()) {
                    ops.add(new Op(
                            tag.attributesEnd(),
                            tag.end() + 1,
                            ">" + inner + eol + indent + "</" + parent.name() + ">",
                            ops.size()));
                } else {
                    ops.add(new Op(tag.end() + 1, tag.end() + 1, inner.toString(), ops.size()));
                }
            }
        }

        void render(NewElement n, String indent, String step, char q, StringBuilder out) {
            out.append('<').append(n.name);
            for (Map.Entry<String, String> a : n.attributes.entrySet())
                out.append(' ')
                        .append(a.getKey())
                        .append('=')
                        .append(q)
                        .append(escape(a.getValue(), q))
                        .append(q);
            if (n.children.isEmpty()) {
                out.append(" />");
                return;
            }
            out.append('>');
            for (NewElement child : n.children.values()) {
                out.append(eol).append(indent).append(step);
                render(child, indent + step, step, q, out);
            }
            out.append(eol).append(indent).append("</").append(n.name).append('>');
        }

        /**
         * One level of indentation: what the element's first child is indented by more than the element, else
         * what the element is indented by more than its parent, else two spaces (a tab in a file indented by tabs).
         */
        String step(XmlElement e, String indent) {
            if (!e.children().isEmpty()) {
                int c = offset(e.children().get(0).location());
                String childIndent = indentOf(c);
                if (startsLine(c) && childIndent.startsWith(indent) && childIndent.length() > indent.length())
                    return childIndent.substring(indent.length());
            }
            XmlElement p = parents.get(e);
            if (p != null) {
                String parentIndent = indentOf(offset(p.location()));
                if (indent.startsWith(parentIndent) && indent.length() > parentIndent.length())
                    return indent.substring(parentIndent.length());
            }
            return indent.indexOf('\t') >= 0 ? "\t" : "  ";
        }

        String apply() {
            ops.sort(Comparator.comparingInt(Op::start)
                    .thenComparingInt(o -> o.end() - o.start())
                    .thenComparingInt(Op::seq));
            StringBuilder out = new StringBuilder(text.length() + 256);
            int pos = 0;
            int i = 0;
            while (i < ops.size()) {
                // the ops on the same lines make one change of those lines
                int firstLine = lineOf(ops.get(i).start());
                int lastLine = lineOf(Math.max(ops.get(i).start(), ops.get(i).end() - 1));
                int j = i + 1;
                while (j < ops.size() && lineOf(ops.get(j).start()) <= lastLine) {
                    lastLine = Math.max(
                            lastLine,
                            lineOf(Math.max(ops.get(j).start(), ops.get(j).end() - 1)));
                    j++;
                }
                int from = lineStarts[firstLine];
                int to = lineEnd(lastLine);
                out.append(text, pos, from);
                StringBuilder lines = new StringBuilder();
                int p = from;
                for (int k = i; k < j; k++) {
                    Op op = ops.get(k);
                    lines.append(text, p, op.start()).append(op.text());
                    p = op.end();
                }
                lines.append(text, p, to);
                out.append(lines);
                changes.add(change(firstLine, lastLine, splitLines(lines.toString())));
                pos = to;
                i = j;
            }
            out.append(text, pos, text.length());
            return out.toString();
        }

        /** Old lines {@code first..last} became {@code lines}: the lines that stay the same at either end are not part of it. */
        Change change(int first, int last, List<String> lines) {
            List<String> old = splitLines(text.substring(lineStarts[first], lineEnd(last)));
            int head = 0;
            while (head < old.size() && head < lines.size() && old.get(head).equals(lines.get(head))) head++;
            int tail = 0;
            while (tail < old.size() - head
                    && tail < lines.size() - head
                    && old.get(old.size() - 1 - tail).equals(lines.get(lines.size() - 1 - tail))) tail++;
            return new Change(first + head, old.size() - head - tail, lines.subList(head, lines.size() - tail));
        }

        int offset(Location at) {
            return lineStarts[at.line() - 1] + at.column() - 1;
        }

        int lineOf(int offset) {
            int i = Arrays.binarySearch(lineStarts, offset);
            return i >= 0 ? i : -i - 2;
        }

        /** Where the line's text ends, before its line ending. */
        int lineEnd(int line) {
            int end = line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length();
            while (end > lineStarts[line] && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) end--;
            return end;
        }

        String indentOf(int offset) {
            int s = lineStarts[lineOf(offset)];
            int e = s;
            while (e < text.length() && (text.charAt(e) == ' ' || text.charAt(e) == '\t')) e++;
            return text.substring(s, e);
        }

        boolean startsLine(int offset) {
            return offset - lineStarts[lineOf(offset)] == indentOf(offset).length();
        }

        /** A value between quotes {@code q}: markup, the quote, line breaks and tabs (which XML reads as spaces) as references. */
        String escape(String value, char q) {
            StringBuilder sb = new StringBuilder(value.length() + 8);
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                switch (c) {
                    case '&' -> sb.append("&amp;");
                    case '<' -> sb.append("&lt;");
                    case '>' -> sb.append("&gt;");
                    case '"' -> sb.append(q == '"' ? "&quot;" : "\"");
                    case '\'' -> sb.append(q == '\'' ? "&apos;" : "'");
                    default -> {
                        if (c < 0x20 || Character.isSurrogate(c) || !decoded.canEncode(c)) {
                            int cp = value.codePointAt(i);
                            sb.append("&#x")
                                    .append(Integer.toHexString(cp).toUpperCase(java.util.Locale.ROOT))
                                    .append(';');
                            i += Character.charCount(cp) - 1;
                        } else {
                            sb.append(c);
                        }
                    }
                }
            }
            return sb.toString();
        }
    }

    /** Where each line starts: CRLF, LF and a lone CR each end a line, as the XML reader counts them. */
    static int[] lineStarts(String text) {
        int[] s = new int[64];
        int n = 0;
        s[n++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                if (n == s.length) s = Arrays.copyOf(s, n * 2);
                s[n++] = i + 1;
            }
        }
        return Arrays.copyOf(s, n);
    }

    /** The file's first line ending, which new lines copy; LF in a file of one line. */
    static String lineEnding(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') return "\n";
            if (c == '\r') return i + 1 < text.length() && text.charAt(i + 1) == '\n' ? "\r\n" : "\r";
        }
        return "\n";
    }

    /** The text's lines, without their endings; text that ends with a line ending has no empty line after it. */
    static List<String> splitLines(String text) {
        List<String> lines = new ArrayList<>();
        int[] starts = lineStarts(text);
        for (int l = 0; l < starts.length; l++) {
            int end = l + 1 < starts.length ? starts[l + 1] : text.length();
            if (l + 1 == starts.length && end == starts[l] && l > 0) break;
            int e = end;
            while (e > starts[l] && (text.charAt(e - 1) == '\n' || text.charAt(e - 1) == '\r')) e--;
            lines.add(text.substring(starts[l], e));
        }
        return lines;
    }
}
