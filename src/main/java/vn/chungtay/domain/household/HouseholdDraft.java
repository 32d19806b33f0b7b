package vn.chungtay.domain.household;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A household as a form or an import presents it for saving: no revision yet; {@code id} is absent for a new
 * household, and each member's id is absent for a new member. Members left out of the draft are removed.
 */
public record HouseholdDraft(UUID id, HouseholdDetails details, List<MemberDraft> members) {

    public HouseholdDraft {
        Objects.requireNonNull(details, "details");
        members = List.copyOf(members);
    }

    /** A member as presented for saving. */
    public record MemberDraft(UUID id, MemberDetails details) {

        public MemberDraft {
            Objects.requireNonNull(details, "details");
        }
    }
}
