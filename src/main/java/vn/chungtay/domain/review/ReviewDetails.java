package vn.chungtay.domain.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import vn.chungtay.domain.household.Area;

/**
 * What a reviewer records for a household (DOMAIN.md §2): income or B1 score, the indicators it lacks, the categories,
 * who reviewed it and when, and a note; plus the household's village, area and number of persons at the time, which
 * the reports count.
 */
public record ReviewDetails(UUID villageId, Area area, int persons, Evidence evidence, List<String> lacking,
                            HouseholdCategories categories, String reviewer, LocalDate reviewedOn, String note) {

    public ReviewDetails {
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(categories, "categories");
        lacking = List.copyOf(lacking);
        reviewer = Objects.requireNonNullElse(reviewer, "");
        note = Objects.requireNonNullElse(note, "");
    }
}
