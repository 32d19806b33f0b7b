package vn.chungtay.app.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chungtay.domain.household.Household;
import vn.chungtay.testsupport.Fixtures;

/**
 * Every way a package must be refused (issue 5): the report says why, and the receiving database is exactly as
 * before — its digest unchanged and the package not recorded as imported. Each damaged package is made from a good
 * one that would change the database, so a check that let it through would show.
 */
class SyncRejectionsTest {

    @TempDir
    Path dir;

    private SyncPeer a;
    private SyncPeer b;
    private Path good;
    private String before;
    private String wholeBefore;

    @BeforeEach
    void aKnownSenderWithAPendingPackage() {
        a = SyncPeer.officer(dir);
        b = SyncPeer.clerk(dir);
        UUID village = a.village("Thôn Kon Klor");
        Household h = a.newHousehold(village, "1", "Nguyễn Văn An");
        b.importing(true, a.export(false));
        a.editDetails(h.id(), d -> SyncPeer.phone(d, "0911222333"));
        a.newHousehold(village, "2", "A Blưh");
        good = a.export(false);
        before = b.digest();
        wholeBefore = b.wholeDigest();
    }

    @AfterEach
    void close() {
        a.close();
        b.close();
    }

    private byte[] senderKey() {
        return a.services.identity().localInstallation().privateKey();
    }

    private PackageTamper tamper() {
        return PackageTamper.of(good);
    }

    private Path file(String name) {
        return dir.resolve(name);
    }

    /** Imports the file at B and checks it was refused for the reason, with nothing changed. */
    private ImportReport assertRefused(Path file, String reasonKey) {
        ImportReport report = b.importing(false, file);
        assertThat(report.status()).isEqualTo(ImportReport.Status.REJECTED);
        assertThat(report.reasonKey()).isEqualTo(reasonKey);
        assertThat(b.digest()).isEqualTo(before);
        assertThat(b.wholeDigest()).isEqualTo(wholeBefore);
        return report;
    }

    @Test
    void theUndamagedPackageWouldHaveChangedTheDatabase() {
        ImportReport report = b.importing(false, good);

        assertThat(report.status()).isEqualTo(ImportReport.Status.IMPORTED);
        assertThat(b.digest()).isNotEqualTo(before).isEqualTo(a.digest());
    }

    @Test
    void aTruncatedFile() throws IOException {
        byte[] bytes = Files.readAllBytes(good);
        Path cut = Files.write(file("cut.ctsync"), Arrays.copyOf(bytes, bytes.length / 2));

        assertRefused(cut, "sync.reject.not-zip");
    }

    @Test
    void aFileThatIsNoZip() throws IOException {
        Path text = Files.writeString(file("letter.ctsync"), "Kính gửi UBND huyện …");

        assertRefused(text, "sync.reject.not-zip");
        assertRefused(Files.write(file("empty.ctsync"), new byte[0]), "sync.reject.not-zip");
    }

    @Test
    void entryNamesThatClimbOutOrAreAbsolute() {
        Path climbing = tamper().put("../../etc/cron.d/x", "x".getBytes(StandardCharsets.UTF_8))
                .writeTo(file("climb.ctsync"));
        Path absolute = tamper().put("/tmp/evil.jsonl", "x".getBytes(StandardCharsets.UTF_8))
                .writeTo(file("absolute.ctsync"));

        assertThat(assertRefused(climbing, "sync.reject.entry-path").reasonArgs()).containsExactly("../../etc/cron.d/x");
        assertRefused(absolute, "sync.reject.entry-path");
    }

    @Test
    void tooManyEntries() {
        PackageTamper t = tamper();
        for (int i = 0; i < 40; i++) {
            t.put("extra-" + i + ".jsonl", new byte[0]);
        }

        assertRefused(t.writeTo(file("many.ctsync")), "sync.reject.too-many-entries");
    }

    @Test
    void aManifestThatInflatesBeyondItsBound() throws IOException {
        Path bomb = file("bomb.ctsync");
        try (OutputStream raw = Files.newOutputStream(bomb); ZipOutputStream zip = new ZipOutputStream(raw)) {
            PackageTamper.writeBomb(zip, SyncFormat.MANIFEST, 64L << 20);
            zip.putNextEntry(new ZipEntry(SyncFormat.SIGNATURE));
            zip.write(new byte[SyncFormat.SIGNATURE_BYTES]);
            zip.closeEntry();
        }
        assertThat(Files.size(bomb)).as("small on disk").isLessThan(1L << 20);

        assertRefused(bomb, "sync.reject.too-large");
    }

    @Test
    void entriesThatInflateBeyondTheSaneTotalAreCutOffWhileReading() throws IOException {
        Path bomb = file("entry-bomb.ctsync");
        PackageTamper t = tamper();
        try (OutputStream raw = Files.newOutputStream(bomb); ZipOutputStream zip = new ZipOutputStream(raw)) {
            for (String name : t.names()) {
                if (!name.equals("households.jsonl")) {
                    zip.putNextEntry(new ZipEntry(name));
                    zip.write(t.get(name));
                    zip.closeEntry();
                }
            }
            PackageTamper.writeBomb(zip, "households.jsonl", 8L << 20);
        }
        long smallBudget = 4L << 20;

        try (PackageReader reader = PackageReader.open(bomb)) {
            assertThatThrownBy(() -> reader.verify(b.services.sync().schemaVersion(), smallBudget))
                    .isInstanceOfSatisfying(PackageRejectedException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("sync.reject.too-large"));
        }
        assertThat(SyncFormat.MAX_UNCOMPRESSED_BYTES).as("the production bound is finite")
                .isLessThanOrEqualTo(4L << 30);
    }

    @Test
    void aMissingManifest() {
        assertRefused(tamper().remove(SyncFormat.MANIFEST).writeTo(file("no-manifest.ctsync")),
                "sync.reject.manifest-missing");
    }

    @Test
    void aMalformedManifest() {
        assertRefused(tamper().put(SyncFormat.MANIFEST, "{\"format\": 1, \"schema\":".getBytes(StandardCharsets.UTF_8))
                .writeTo(file("broken.ctsync")), "sync.reject.manifest-json");
        assertRefused(tamper().put(SyncFormat.MANIFEST, "{\"format\": 1}".getBytes(StandardCharsets.UTF_8))
                .writeTo(file("partial.ctsync")), "sync.reject.manifest-field");
    }

    @Test
    void anUnsupportedFormatOrSchemaVersion() {
        int schema = b.services.sync().schemaVersion();
        assertRefused(tamper().resign(m -> PackageTamper.withFormat(m, 2, m.schema()), senderKey())
                .writeTo(file("format.ctsync")), "sync.reject.format");
        assertRefused(tamper().resign(m -> PackageTamper.withFormat(m, m.format(), schema + 1), senderKey())
                .writeTo(file("schema.ctsync")), "sync.reject.schema");
    }

    @Test
    void anyChecksumMismatch() {
        assertRefused(tamper().editLine("households.jsonl", 1, line -> line.replace("0911222333", "0911222334"))
                .writeTo(file("altered.ctsync")), "sync.reject.checksum");
        assertRefused(tamper().put("supports.jsonl", "{}\n".getBytes(StandardCharsets.UTF_8))
                .writeTo(file("added-line.ctsync")), "sync.reject.checksum");
    }

    @Test
    void aMissingWrongOrForeignSignature() {
        assertRefused(tamper().remove(SyncFormat.SIGNATURE).writeTo(file("unsigned.ctsync")),
                "sync.reject.signature-missing");
        assertRefused(tamper().put(SyncFormat.SIGNATURE, new byte[SyncFormat.SIGNATURE_BYTES])
                .writeTo(file("zeros.ctsync")), "sync.reject.signature");
        byte[] strangerKey = b.services.identity().localInstallation().privateKey();
        assertRefused(tamper().resign(m -> m, strangerKey).writeTo(file("foreign.ctsync")), "sync.reject.signature");
    }

    @Test
    void aKnownSenderSigningWithAnotherKey() {
        var stranger = b.services.identity().localInstallation();
        Path impostor = tamper().resign(m -> PackageTamper.withKey(m, stranger.publicKey()), stranger.privateKey())
                .writeTo(file("impostor.ctsync"));

        assertRefused(impostor, "sync.reject.wrong-key");
    }

    @Test
    void anUnknownSenderWithoutTrust() {
        try (SyncPeer c = SyncPeer.clerk(dir)) {
            String empty = c.wholeDigest();
            ImportReport report = c.importing(false, good);

            assertThat(report.status()).isEqualTo(ImportReport.Status.REJECTED);
            assertThat(report.reasonKey()).isEqualTo("sync.reject.untrusted");
            assertThat(report.senderFingerprint()).isEqualTo(a.services.sync().inspect(good).manifest().fingerprint());
            assertThat(c.wholeDigest()).isEqualTo(empty);
        }
    }

    @Test
    void aRowThatBreaksTheDomainRulesNamesTheEntryLineAndField() {
        Path bad = tamper().editLine("members.jsonl", 2, line -> line.replaceFirst("\"fullName\":\"[^\"]*\"",
                "\"fullName\":\"\"")).resign(PackageTamper::withNewId, senderKey()).writeTo(file("row.ctsync"));

        ImportReport report = assertRefused(bad, "sync.reject.row");

        assertThat(report.reasonArgs()).startsWith("members.jsonl", 2, "fullName");
    }

    @Test
    void aLineThatIsNotARecord() {
        Path bad = tamper().editLine("households.jsonl", 1, line -> "{\"id\": 5}")
                .resign(m -> m, senderKey()).writeTo(file("garbage.ctsync"));

        ImportReport report = assertRefused(bad, "sync.reject.line");

        assertThat(report.reasonArgs()).startsWith("households.jsonl", 1);
    }

    @Test
    void aScopeHoldingACommuneTheSenderDoesNotOwn() {
        Path wider = tamper().resign(m -> PackageTamper.withScope(m, List.of(Fixtures.OTHER_COMMUNE)), senderKey())
                .writeTo(file("scope.ctsync"));

        ImportReport report = assertRefused(wider, "sync.reject.scope");

        assertThat(report.reasonArgs()).contains(Fixtures.OTHER_COMMUNE);
    }

    @Test
    void aRowOwnedByACommuneOutsideThePackagesScope() {
        Path smuggled = tamper().editLine("households.jsonl", 1, line -> line.replace(
                "\"owner\":\"" + Fixtures.COMMUNE + "\"", "\"owner\":\"" + Fixtures.OTHER_COMMUNE + "\""))
                .resign(m -> m, senderKey()).writeTo(file("smuggled.ctsync"));

        ImportReport report = assertRefused(smuggled, "sync.reject.line");

        assertThat(report.reasonArgs()).startsWith("households.jsonl", 1, "owner");
    }
}
