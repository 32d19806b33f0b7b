package vn.chungtay.domain.sync;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Two versions of one record edited apart that changed the same fields: the local and the incoming line (the full
 * record as a package carries it), which fields collide, and once a person chose, who and when and the resulting
 * line. The losing values stay here after the resolution.
 */
public record SyncConflict(UUID id, String recordType, UUID recordId, String ownerUnit, UUID packageId,
                           UUID localRevId, String localLine, UUID incomingRevId, String incomingLine,
                           List<String> fields, Instant detectedAt, boolean open, String resolvedBy,
                           Instant resolvedAt, String resolution) {

    public SyncConflict {
        fields = List.copyOf(fields);
    }
}
