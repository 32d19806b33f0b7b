package vn.chungtay.domain.review;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.chungtay.domain.household.Area;
import vn.chungtay.testsupport.Fixtures;

/** Small builders of states, rounds and reviews for the review domain's tests. */
final class ReviewData {

    static final String COMMUNE = "23425";
    static final UUID VILLAGE_A = UUID.fromString("00000000-0000-7000-8000-00000000000a");
    static final UUID VILLAGE_B = UUID.fromString("00000000-0000-7000-8000-00000000000b");

    private ReviewData() {
    }

    /** The n-th household's id, stable across tests. */
    static UUID household(int n) {
        return new UUID(0x0195_0000_0000_7000L, 0x8000_0000_0000_0000L + n);
    }

    static HouseholdState state(int household, PovertyClass povertyClass, int persons, UUID village) {
        return new HouseholdState(household(household), povertyClass, persons, village, Area.RURAL,
                HouseholdCategories.NONE);
    }

    static ReviewRound round(int n, int year, RoundKind kind, LocalDate openedOn) {
        UUID id = new UUID(0x0196_0000_0000_7000L, 0x8000_0000_0000_0000L + n);
        return new ReviewRound(Fixtures.meta(id, COMMUNE), COMMUNE, year, kind, "2022-2025", openedOn,
                RoundStatus.CLOSED, openedOn.plusMonths(2));
    }

    static ReviewRound periodic(int n, int year) {
        return round(n, year, RoundKind.PERIODIC, LocalDate.of(year, 9, 1));
    }

    static ReviewRound regular(int n, int year, int month) {
        return round(n, year, RoundKind.REGULAR, LocalDate.of(year, month, 1));
    }

    /** A review whose stored transition is a placeholder; the history computes the real one. */
    static HouseholdReview review(ReviewRound round, int household, PovertyClass povertyClass, int persons,
                                  UUID village) {
        return review(round, household, povertyClass, persons, village, Transition.STAYS_ABOVE);
    }

    static HouseholdReview review(ReviewRound round, int household, PovertyClass povertyClass, int persons,
                                  UUID village, Transition transition) {
        UUID id = UUID.nameUUIDFromBytes((round.id() + "/" + household).getBytes());
        ReviewDetails details = new ReviewDetails(village, Area.RURAL, persons, new Evidence.Income(1_000_000),
                List.of(), HouseholdCategories.NONE, "Người rà soát", round.openedOn(), "");
        return new HouseholdReview(Fixtures.meta(id, COMMUNE), round.id(), household(household), round.year(),
                details, povertyClass, transition);
    }
}
