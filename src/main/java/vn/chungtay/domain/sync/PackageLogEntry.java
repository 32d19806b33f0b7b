package vn.chungtay.domain.sync;

import java.time.Instant;
import java.util.UUID;

/**
 * A sync package made or taken here: its id, who made it, the communes it covers, its number in that sender's series
 * for the scope, the change-sequence range it carries, and (for imports) what applying it did.
 */
public record PackageLogEntry(UUID packageId, UUID sourceInstallation, String sourceName, String scope, int packageNo,
                              boolean full, long seqFrom, long seqTo, Instant at, ImportCounts counts) {
}
