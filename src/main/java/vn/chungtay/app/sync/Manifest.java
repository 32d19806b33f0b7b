package vn.chungtay.app.sync;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What a package says of itself (DESIGN.md): format and schema version, its id, the sender (installation, name,
 * unit, public key), its number in the sender's series for the scope, whether it is full, the change-sequence range,
 * when it was made, the communes it covers, and each entry's name, rows and SHA-256.
 */
public record Manifest(int format, int schema, UUID packageId, UUID sourceInstallation, String sourceName,
                       String sourceUnit, byte[] publicKey, int packageNo, boolean full, long seqFrom, long seqTo,
                       Instant createdAt, List<String> scope, List<Entry> entries) {

    /** The one format version this program writes and reads. */
    public static final int FORMAT = 1;

    public Manifest {
        scope = List.copyOf(scope);
        entries = List.copyOf(entries);
    }

    /** One entry of the package. */
    public record Entry(String name, long rows, String sha256) {
    }

    public String scopeKey() {
        return String.join(",", scope.stream().sorted().toList());
    }

    public String fingerprint() {
        return Signatures.fingerprint(publicKey);
    }
}
