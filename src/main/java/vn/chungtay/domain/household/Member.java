package vn.chungtay.domain.household;

import java.util.Objects;
import java.util.UUID;
import vn.chungtay.domain.record.RecordMeta;

/** A stored member of a household: a travelling record of its own, with its position in the household's list. */
public record Member(RecordMeta meta, UUID householdId, int position, MemberDetails details) {

    public Member {
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(householdId, "householdId");
        Objects.requireNonNull(details, "details");
    }

    public UUID id() {
        return meta.id();
    }
}
