package vn.chungtay.domain.household;

import java.util.Set;
import java.util.UUID;

/**
 * Which households a list shows: free text (names of head and members, ID numbers, household number; diacritics and
 * tone placement ignored), the communes in view ({@code null} for every commune) and optionally one village.
 */
public record HouseholdFilter(String text, Set<String> communeCodes, UUID villageId) {

    public HouseholdFilter {
        text = text == null ? "" : text;
        communeCodes = communeCodes == null ? null : Set.copyOf(communeCodes);
    }

    public static HouseholdFilter all() {
        return new HouseholdFilter("", null, null);
    }

    public HouseholdFilter withText(String newText) {
        return new HouseholdFilter(newText, communeCodes, villageId);
    }
}
