package vn.chungtay.store.report;

import java.util.Objects;
import java.util.UUID;
import vn.chungtay.domain.household.Area;
import vn.chungtay.domain.review.HouseholdCategories;
import vn.chungtay.domain.review.PovertyClass;

/**
 * A household of a village as its named lists show it: number, head's name and ethnic group (as the register has
 * them now), its address, the persons, area and categories its review recorded, its class in the state, and its class
 * before ({@code null}: not in the village's lists then). {@code sortKey} orders names the Vietnamese way.
 */
public record ListedHousehold(UUID householdId, String householdNumber, String headName, String headEthnicity,
                              String address, String sortKey, int persons, Area area, HouseholdCategories categories,
                              PovertyClass povertyClass, PovertyClass previousClass) {

    public ListedHousehold {
        Objects.requireNonNull(householdId, "householdId");
        Objects.requireNonNull(povertyClass, "povertyClass");
    }
}
