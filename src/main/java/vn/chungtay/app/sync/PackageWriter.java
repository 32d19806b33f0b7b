package vn.chungtay.app.sync;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import vn.chungtay.app.work.Progress;
import vn.chungtay.domain.identity.Installation;
import vn.chungtay.domain.sync.ImportCounts;
import vn.chungtay.domain.sync.PackageLogEntry;
import vn.chungtay.store.Repositories;
import vn.chungtay.store.sync.SyncRepository;

/**
 * Writes a sync package: the current state of the scope's records changed after the last package for that scope (or
 * all of them), one JSON line each, entry by entry through temporary files (bounded memory for a province), then the
 * signed manifest; the package appears under its name only once complete. Every exported revision's content is kept,
 * the common ancestor for merging edits made apart later.
 */
final class PackageWriter {

    private static final int KEEP_BATCH = 2000;

    private final Repositories repos;
    private final Installation local;

    PackageWriter(Repositories repos, Installation local) {
        this.repos = repos;
        this.local = local;
    }

    /** What was written. */
    record Written(Manifest manifest, long bytes) {
    }

    Written write(Scope scope, String sourceUnit, boolean full, Path out, Instant now, int schema, Progress progress) {
        SyncRepository sync = repos.sync();
        var last = sync.lastExport(scope.key());
        long from = full || last.isEmpty() ? 0 : last.get().seqTo();
        long to = Math.max(from, sync.highestSeq());
        int packageNo = last.map(l -> l.packageNo() + 1).orElse(1);
        List<Manifest.Entry> entries = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        try {
            int step = 0;
            for (SyncType<?> type : SyncTypes.ALL) {
                progress.checkCancelled();
                Path file = Files.createTempFile("chungtay-", ".jsonl");
                files.add(file);
                entries.add(writeEntry(type, scope, from, to, file, now));
                progress.update(++step, SyncTypes.ALL.size() + 1);
            }
            Manifest manifest = new Manifest(Manifest.FORMAT, schema, UUID.randomUUID(), local.id(), local.name(),
                    sourceUnit, local.publicKey(), packageNo, full || from == 0, from, to, now,
                    List.copyOf(new TreeSet<>(scope.communes())), entries);
            long bytes = zip(manifest, files, out);
            sync.logExport(new PackageLogEntry(manifest.packageId(), local.id(), local.name(), scope.key(), packageNo,
                    manifest.full(), from, to, now, ImportCounts.NONE), out.toString());
            progress.update(SyncTypes.ALL.size() + 1, SyncTypes.ALL.size() + 1);
            return new Written(manifest, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            files.forEach(PackageWriter::deleteQuietly);
        }
    }

    private <T> Manifest.Entry writeEntry(SyncType<T> type, Scope scope, long from, long to, Path file, Instant now)
            throws IOException {
        MessageDigest sha = sha256();
        long[] rows = {0};
        List<SyncRepository.RevisionContent> keep = new ArrayList<>();
        try (BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(
                new DigestOutputStream(Files.newOutputStream(file), sha), StandardCharsets.UTF_8))) {
            type.forEachChanged(repos, scope, from, to, record -> {
                var line = Lines.line(type, record);
                try {
                    writer.write(Lines.text(line));
                    writer.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                rows[0]++;
                keep.add(new SyncRepository.RevisionContent(type.meta(record),
                        Lines.text((ObjectNode) line.get("content"))));
                if (keep.size() >= KEEP_BATCH) {
                    repos.sync().keepRevisions(type.type(), keep, now);
                    keep.clear();
                }
            });
        }
        repos.sync().keepRevisions(type.type(), keep, now);
        return new Manifest.Entry(type.entry(), rows[0], HexFormat.of().formatHex(sha.digest()));
    }

    /** Writes the ZIP beside the target and moves it into place, so a cut-off write never looks like a package. */
    private long zip(Manifest manifest, List<Path> files, Path out) throws IOException {
        byte[] manifestBytes = ManifestJson.write(manifest);
        Path parent = out.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temp = Files.createTempFile(parent, ".chungtay-", ".part");
        try {
            try (OutputStream raw = Files.newOutputStream(temp); ZipOutputStream zip = new ZipOutputStream(raw)) {
                put(zip, SyncFormat.MANIFEST, manifestBytes);
                put(zip, SyncFormat.SIGNATURE, Signatures.sign(local.privateKey(), manifestBytes));
                for (int i = 0; i < files.size(); i++) {
                    zip.putNextEntry(new ZipEntry(manifest.entries().get(i).name()));
                    try (InputStream in = Files.newInputStream(files.get(i))) {
                        in.transferTo(zip);
                    }
                    zip.closeEntry();
                }
            }
            Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return Files.size(out);
        } finally {
            deleteQuietly(temp);
        }
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // A temporary file left behind is harmless; the package itself is complete or absent.
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
