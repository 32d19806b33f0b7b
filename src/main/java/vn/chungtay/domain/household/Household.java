package vn.chungtay.domain.household;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import vn.chungtay.domain.record.RecordMeta;

/**
 * A stored household with its live members in list order. The owning unit of the meta is the commune that keeps
 * the household.
 */
public record Household(RecordMeta meta, HouseholdDetails details, List<Member> members) {

    public Household {
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(details, "details");
        members = List.copyOf(members);
    }

    public UUID id() {
        return meta.id();
    }

    public String communeCode() {
        return meta.ownerUnit();
    }

    /** The member recorded as head, if any (a stored household has exactly one). */
    public Optional<Member> head() {
        return members.stream().filter(m -> m.details().relationship() == Relationship.HEAD).findFirst();
    }
}
