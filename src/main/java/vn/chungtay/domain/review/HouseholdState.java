package vn.chungtay.domain.review;

import java.util.Objects;
import java.util.UUID;
import vn.chungtay.domain.household.Area;

/**
 * A household's standing as of a review round: its class, how many persons it had, its village and area, and the
 * categories the reports count, as its latest review up to that round recorded them.
 */
public record HouseholdState(UUID householdId, PovertyClass povertyClass, int persons, UUID villageId, Area area,
                             HouseholdCategories categories) {

    public HouseholdState {
        Objects.requireNonNull(householdId, "householdId");
        Objects.requireNonNull(povertyClass, "povertyClass");
        Objects.requireNonNull(categories, "categories");
    }
}
