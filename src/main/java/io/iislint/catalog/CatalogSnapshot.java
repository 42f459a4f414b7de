package io.iislint.catalog;

import io.iislint.finding.Severity;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * The rule catalog as the build last read it, in a form read without the XML parser ({@code catalog.bin} beside
 * {@code catalog.xml} in the jar). Every run reads the whole catalog before the JVM has compiled anything: parsing
 * the XML took about 70 ms of a cold run, reading this takes a few. The XML stays the catalog's source: the
 * snapshot records the CRC-32 of the XML it was made from, and one that does not match the packaged XML (or is
 * missing, or damaged) is ignored and the XML parsed instead.
 *
 * <p>Written at {@code mvn process-classes} by {@link #main}, from the catalog {@link Catalog#parse} reads.
 */
public final class CatalogSnapshot {

    static final String RESOURCE = "/io/iislint/catalog/catalog.bin";
    private static final long MAGIC = 0x4949_534c_494e_5433L; // "IISLINT3": the format's version is its last byte

    private CatalogSnapshot() {}

    /** Build step: {@code CatalogSnapshot CATALOG.xml OUT.bin}. */
    public static void main(String[] args) throws Exception {
        if (args.length != 2) throw new IllegalArgumentException("usage: CatalogSnapshot CATALOG.xml OUT.bin");
        byte[] xml = Files.readAllBytes(Path.of(args[0]));
        Path out = Path.of(args[1]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream o = Files.newOutputStream(out)) {
            write(Catalog.parse(xml), crc(xml), o);
        }
    }

    static long crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }

    static void write(Catalog catalog, long xmlCrc, OutputStream out) throws IOException {
        DataOutputStream d = new DataOutputStream(out);
        d.writeLong(MAGIC);
        d.writeLong(xmlCrc);
        List<RuleInfo> entries = catalog.entries();
        d.writeInt(entries.size());
        for (RuleInfo r : entries) {
            for (String s : List.of(
                    r.id(),
                    r.name(),
                    r.severity().name(),
                    r.category(),
                    r.title(),
                    r.rationale(),
                    r.appcmd(),
                    r.powershell(),
                    r.adsutil())) {
                d.writeUTF(s);
            }
            strings(d, r.tags());
            strings(d, r.references());
            d.writeInt(r.parameters().size());
            for (RuleInfo.Parameter p : r.parameters()) {
                d.writeUTF(p.name());
                d.writeUTF(p.type());
                d.writeUTF(p.defaultValue());
                d.writeUTF(p.description());
            }
            d.writeUTF(r.badExample());
            d.writeUTF(r.goodExample());
            d.writeUTF(r.target());
            d.writeUTF(r.fileFix().safety());
            d.writeUTF(r.fileFix().why());
            d.writeBoolean(r.offByDefault());
        }
        d.flush();
    }

    private static void strings(DataOutputStream d, List<String> list) throws IOException {
        d.writeInt(list.size());
        for (String s : list) d.writeUTF(s);
    }

    /** The catalog in {@code snapshot}, if it was made from XML with this CRC-32 and reads whole; else empty. */
    static Optional<Catalog> read(byte[] snapshot, long xmlCrc) {
        try {
            DataInputStream d = new DataInputStream(new ByteArrayInputStream(snapshot));
            if (d.readLong() != MAGIC || d.readLong() != xmlCrc) return Optional.empty();
            int count = d.readInt();
            Map<String, RuleInfo> rules = new LinkedHashMap<>();
            for (int i = 0; i < count; i++) {
                String id = d.readUTF(), name = d.readUTF();
                Severity severity = Severity.valueOf(d.readUTF());
                String category = d.readUTF(),
                        title = d.readUTF(),
                        rationale = d.readUTF(),
                        appcmd = d.readUTF(),
                        powershell = d.readUTF(),
                        adsutil = d.readUTF();
                List<String> tags = strings(d), references = strings(d);
                int parameterCount = d.readInt();
                List<RuleInfo.Parameter> parameters = new ArrayList<>(); // a damaged count must not size an array
                for (int p = 0; p < parameterCount; p++) {
                    parameters.add(new RuleInfo.Parameter(d.readUTF(), d.readUTF(), d.readUTF(), d.readUTF()));
                }
                rules.put(
                        id,
                        new RuleInfo(
                                id,
                                name,
                                severity,
                                category,
                                title,
                                rationale,
                                appcmd,
                                powershell,
                                adsutil,
                                tags,
                                references,
                                parameters,
                                d.readUTF(),
                                d.readUTF(),
                                d.readUTF(),
                                new RuleInfo.FileFix(d.readUTF(), d.readUTF()),
                                d.readBoolean()));
            }
            return d.read() == -1 ? Optional.of(new Catalog(rules)) : Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty(); // truncated or damaged: the XML is read instead
        }
    }

    private static List<String> strings(DataInputStream d) throws IOException {
        int n = d.readInt();
        List<String> list = new ArrayList<>(); // a damaged count must not size an array
        for (int i = 0; i < n; i++) list.add(d.readUTF());
        return list;
    }
}
