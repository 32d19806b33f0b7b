package vn.chungtay.app.sync;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A package taken apart to be damaged the ways a hostile or broken file could be: entries replaced, added or removed,
 * the manifest rewritten (and signed again with a key of the test's choosing, so that only the intended check fails).
 */
final class PackageTamper {

    private final Map<String, byte[]> entries = new LinkedHashMap<>();

    private PackageTamper() {
    }

    static PackageTamper of(Path file) {
        PackageTamper t = new PackageTamper();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(file), StandardCharsets.UTF_8)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                t.entries.put(e.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return t;
    }

    PackageTamper put(String name, byte[] bytes) {
        entries.put(name, bytes);
        return this;
    }

    PackageTamper remove(String name) {
        entries.remove(name);
        return this;
    }

    List<String> names() {
        return List.copyOf(entries.keySet());
    }

    byte[] get(String name) {
        return entries.get(name);
    }

    /** Replaces one line (numbered from 1) of an entry. */
    PackageTamper editLine(String entry, int number, UnaryOperator<String> change) {
        List<String> lines = new ArrayList<>(List.of(new String(entries.get(entry), StandardCharsets.UTF_8)
                .split("\n")));
        lines.set(number - 1, change.apply(lines.get(number - 1)));
        entries.put(entry, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        return this;
    }

    Manifest manifest() {
        return ManifestJson.read(entries.get(SyncFormat.MANIFEST));
    }

    /** Writes the manifest with every entry's rows and checksum as they now are, signed with {@code privateKey}. */
    PackageTamper resign(UnaryOperator<Manifest> change, byte[] privateKey) {
        Manifest m = change.apply(manifest());
        List<Manifest.Entry> recounted = new ArrayList<>();
        for (Manifest.Entry e : m.entries()) {
            byte[] bytes = entries.get(e.name());
            recounted.add(bytes == null ? e : new Manifest.Entry(e.name(), lines(bytes), sha256(bytes)));
        }
        Manifest fixed = new Manifest(m.format(), m.schema(), m.packageId(), m.sourceInstallation(), m.sourceName(),
                m.sourceUnit(), m.publicKey(), m.packageNo(), m.full(), m.seqFrom(), m.seqTo(), m.createdAt(),
                m.scope(), recounted);
        byte[] bytes = ManifestJson.write(fixed);
        entries.put(SyncFormat.MANIFEST, bytes);
        entries.put(SyncFormat.SIGNATURE, Signatures.sign(privateKey, bytes));
        return this;
    }

    Path writeTo(Path file) {
        try (OutputStream raw = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(raw)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** A ZIP with one entry of {@code size} zero bytes under the name: a few hundred KB on disk. */
    static void writeBomb(ZipOutputStream zip, String name, long size) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        byte[] zeros = new byte[1 << 16];
        for (long written = 0; written < size; written += zeros.length) {
            zip.write(zeros);
        }
        zip.closeEntry();
    }

    static Manifest withScope(Manifest m, List<String> scope) {
        return new Manifest(m.format(), m.schema(), m.packageId(), m.sourceInstallation(), m.sourceName(),
                m.sourceUnit(), m.publicKey(), m.packageNo(), m.full(), m.seqFrom(), m.seqTo(), m.createdAt(), scope,
                m.entries());
    }

    static Manifest withFormat(Manifest m, int format, int schema) {
        return new Manifest(format, schema, m.packageId(), m.sourceInstallation(), m.sourceName(), m.sourceUnit(),
                m.publicKey(), m.packageNo(), m.full(), m.seqFrom(), m.seqTo(), m.createdAt(), m.scope(),
                m.entries());
    }

    static Manifest withKey(Manifest m, byte[] publicKey) {
        return new Manifest(m.format(), m.schema(), m.packageId(), m.sourceInstallation(), m.sourceName(),
                m.sourceUnit(), publicKey, m.packageNo(), m.full(), m.seqFrom(), m.seqTo(), m.createdAt(), m.scope(),
                m.entries());
    }

    static Manifest withNewId(Manifest m) {
        return new Manifest(m.format(), m.schema(), java.util.UUID.randomUUID(), m.sourceInstallation(),
                m.sourceName(), m.sourceUnit(), m.publicKey(), m.packageNo(), m.full(), m.seqFrom(), m.seqTo(),
                m.createdAt(), m.scope(), m.entries());
    }

    private static long lines(byte[] bytes) {
        long n = 0;
        for (byte b : bytes) {
            if (b == '\n') {
                n++;
            }
        }
        return bytes.length > 0 && bytes[bytes.length - 1] != '\n' ? n + 1 : n;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
