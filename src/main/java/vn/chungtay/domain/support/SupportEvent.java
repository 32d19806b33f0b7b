package vn.chungtay.domain.support;

import java.util.Objects;
import java.util.UUID;
import vn.chungtay.domain.record.RecordMeta;

/**
 * One support a household received. Events entered together for many households (a Tết visit to every poor household
 * of a village) share a batch id. Owned by the household's commune.
 */
public record SupportEvent(RecordMeta meta, UUID householdId, UUID batchId, SupportDetails details) {

    public SupportEvent {
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(householdId, "householdId");
        Objects.requireNonNull(details, "details");
    }

    public UUID id() {
        return meta.id();
    }
}
