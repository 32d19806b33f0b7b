package vn.chungtay.app.sync;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Opens and verifies a package before anything touches the database (DESIGN.md import rule 1): a readable ZIP with
 * only known entry names (no absolute or {@code ..} paths), within the entry-count and size bounds, a manifest that
 * follows the schema, a valid Ed25519 signature over the manifest's bytes, and every entry's row count and SHA-256
 * as the manifest states. Sizes are counted while reading, never taken from the ZIP's headers.
 */
final class PackageReader implements AutoCloseable {

    private final Path file;
    private final ZipFile zip;
    private Manifest manifest;

    private PackageReader(Path file, ZipFile zip) {
        this.file = file;
        this.zip = zip;
    }

    /** Opens the file as a ZIP; a file that is not one (or is cut off) is rejected. */
    static PackageReader open(Path file) {
        try {
            return new PackageReader(file, new ZipFile(file.toFile(), StandardCharsets.UTF_8));
        } catch (ZipException e) {
            throw PackageRejectedException.of("sync.reject.not-zip", file.getFileName().toString());
        } catch (IOException e) {
            throw PackageRejectedException.of("sync.reject.unreadable", file.getFileName().toString());
        }
    }

    /** Checks everything the file can tell without the database, and returns its manifest. */
    Manifest verify(int localSchema) {
        return verify(localSchema, SyncFormat.MAX_UNCOMPRESSED_BYTES);
    }

    /** {@link #verify(int)} with another bound on the entries' uncompressed bytes (tests of the bound). */
    Manifest verify(int localSchema, long uncompressedBudget) {
        Map<String, ZipEntry> entries = entries();
        byte[] manifestBytes = readAll(entries.get(SyncFormat.MANIFEST), SyncFormat.MAX_MANIFEST_BYTES,
                SyncFormat.MANIFEST);
        byte[] signature = readAll(entries.get(SyncFormat.SIGNATURE), SyncFormat.SIGNATURE_BYTES + 1,
                SyncFormat.SIGNATURE);
        Manifest m = ManifestJson.read(manifestBytes);
        if (m.schema() < 1 || m.schema() > localSchema) {
            throw PackageRejectedException.of("sync.reject.schema", m.schema(), localSchema);
        }
        if (signature.length != SyncFormat.SIGNATURE_BYTES
                || !Signatures.verify(m.publicKey(), manifestBytes, signature)) {
            throw PackageRejectedException.of("sync.reject.signature");
        }
        Set<String> listed = new java.util.HashSet<>();
        m.entries().forEach(e -> listed.add(e.name()));
        for (String name : entries.keySet()) {
            if (!name.equals(SyncFormat.MANIFEST) && !name.equals(SyncFormat.SIGNATURE) && !listed.contains(name)) {
                throw PackageRejectedException.of("sync.reject.entry-unlisted", name);
            }
        }
        long[] budget = {uncompressedBudget};
        for (Manifest.Entry e : m.entries()) {
            ZipEntry entry = entries.get(e.name());
            if (entry == null) {
                throw PackageRejectedException.of("sync.reject.entry-missing", e.name());
            }
            checkEntry(entry, e, budget);
        }
        this.manifest = m;
        return m;
    }

    /** The entries by name, each name checked; duplicates, unsafe paths and too many entries are rejected. */
    private Map<String, ZipEntry> entries() {
        Map<String, ZipEntry> out = new HashMap<>();
        Enumeration<? extends ZipEntry> all = zip.entries();
        while (all.hasMoreElements()) {
            ZipEntry e = all.nextElement();
            String name = e.getName();
            if (name.startsWith("/") || name.startsWith("\\") || name.contains("..") || name.contains(":")
                    || name.contains("\\") || name.contains("/") || e.isDirectory()) {
                throw PackageRejectedException.of("sync.reject.entry-path", name);
            }
            if (out.put(name, e) != null) {
                throw PackageRejectedException.of("sync.reject.entry-duplicate", name);
            }
            if (out.size() > SyncFormat.MAX_ENTRIES) {
                throw PackageRejectedException.of("sync.reject.too-many-entries", SyncFormat.MAX_ENTRIES);
            }
        }
        if (!out.containsKey(SyncFormat.MANIFEST)) {
            throw PackageRejectedException.of("sync.reject.manifest-missing");
        }
        if (!out.containsKey(SyncFormat.SIGNATURE)) {
            throw PackageRejectedException.of("sync.reject.signature-missing");
        }
        return out;
    }

    private void checkEntry(ZipEntry entry, Manifest.Entry expected, long[] budget) {
        MessageDigest sha = sha256();
        long rows = 0;
        try (InputStream raw = new BoundedInputStream(zip.getInputStream(entry), budget, expected.name());
             BufferedReader reader = new BufferedReader(new InputStreamReader(new DigestInputStream(raw, sha),
                     StandardCharsets.UTF_8))) {
            while (reader.readLine() != null) {
                rows++;
            }
        } catch (ZipException e) {
            throw PackageRejectedException.of("sync.reject.entry-corrupt", expected.name());
        } catch (IOException e) {
            throw PackageRejectedException.of("sync.reject.entry-corrupt", expected.name());
        }
        String actual = HexFormat.of().formatHex(sha.digest());
        if (!actual.equals(expected.sha256()) || rows != expected.rows()) {
            throw PackageRejectedException.of("sync.reject.checksum", expected.name());
        }
    }

    /**
     * Reads an entry's lines in order; the line number starts at 1. Only called after {@link #verify}, so the bytes
     * are those the signed manifest vouches for.
     */
    void forEachLine(String entryName, LineConsumer action) {
        if (manifest == null) {
            throw new IllegalStateException("verify the package before reading it");
        }
        ZipEntry entry = zip.getEntry(entryName);
        if (entry == null) {
            return;
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(zip.getInputStream(entry),
                StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.length() > SyncFormat.MAX_LINE_CHARS) {
                    throw PackageRejectedException.of("sync.reject.line", entryName, number, "", "sync.line.too-long");
                }
                action.accept(number, line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Receives one line of an entry with its number. */
    @FunctionalInterface
    interface LineConsumer {
        void accept(int number, String line);
    }

    private byte[] readAll(ZipEntry entry, long max, String name) {
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] bytes = in.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 8));
            if (bytes.length > max) {
                throw PackageRejectedException.of("sync.reject.too-large", name);
            }
            return bytes;
        } catch (ZipException e) {
            throw PackageRejectedException.of("sync.reject.entry-corrupt", name);
        } catch (IOException e) {
            throw PackageRejectedException.of("sync.reject.unreadable", file.getFileName().toString());
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException ignored) {
            // Closing a file only read cannot lose data.
        }
    }
}
