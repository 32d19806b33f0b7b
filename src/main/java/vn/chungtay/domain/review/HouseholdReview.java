package vn.chungtay.domain.review;

import java.util.Objects;
import java.util.UUID;
import vn.chungtay.domain.record.RecordMeta;

/**
 * A household's review in a round: what was recorded, the class it gave and the transition from the household's
 * previous round. Owned by the commune; at most one per household and round.
 */
public record HouseholdReview(RecordMeta meta, UUID roundId, UUID householdId, int year, ReviewDetails details,
                              PovertyClass povertyClass, Transition transition) {

    public HouseholdReview {
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(roundId, "roundId");
        Objects.requireNonNull(householdId, "householdId");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(povertyClass, "povertyClass");
        Objects.requireNonNull(transition, "transition");
    }

    /** The state this review gives its household. */
    public HouseholdState state() {
        return new HouseholdState(householdId, povertyClass, details.persons(), details.villageId(), details.area(),
                details.categories());
    }
}
