package vn.chungtay.domain.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.chungtay.domain.review.PovertyClass.AVERAGE;
import static vn.chungtay.domain.review.PovertyClass.NEAR_POOR;
import static vn.chungtay.domain.review.PovertyClass.NOT_POOR;
import static vn.chungtay.domain.review.PovertyClass.POOR;
import static vn.chungtay.domain.review.ReviewData.VILLAGE_A;
import static vn.chungtay.domain.review.ReviewData.VILLAGE_B;
import static vn.chungtay.domain.review.ReviewData.household;
import static vn.chungtay.domain.review.ReviewData.periodic;
import static vn.chungtay.domain.review.ReviewData.regular;
import static vn.chungtay.domain.review.ReviewData.review;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A commune's rounds in order and the households' standing as of each: periodic rounds replace the lists, regular
 * rounds update them; re-poor needs a poor round before the previous one; the tables of each round.
 */
class RoundHistoryTest {

    private final ReviewRound p2022 = periodic(1, 2022);
    private final ReviewRound r2023 = regular(2, 2023, 3);
    private final ReviewRound p2023 = periodic(3, 2023);
    private final ReviewRound p2024 = periodic(4, 2024);
    private final ReviewRound r2025 = regular(5, 2025, 2);

    /**
     * Household 1 poor → not poor → poor (re-poor); 2 not poor → not poor → poor (newly); 3 poor, near-poor in the
     * regular round of 2023, near-poor, not poor; 4 near-poor, left the lists in 2023, poor again in 2024 (entered);
     * 5 poor throughout, growing 4 → 5 → 5; 6 near-poor → average → near-poor (re-near-poor); 7 new in 2024, poor,
     * above the line at the regular review of 2025.
     */
    private List<HouseholdReview> reviews() {
        return List.of(
                review(p2022, 1, POOR, 3, VILLAGE_A), review(p2023, 1, NOT_POOR, 3, VILLAGE_A),
                review(p2024, 1, POOR, 3, VILLAGE_A),
                review(p2022, 2, NOT_POOR, 2, VILLAGE_A), review(p2023, 2, NOT_POOR, 2, VILLAGE_A),
                review(p2024, 2, POOR, 2, VILLAGE_A),
                review(p2022, 3, POOR, 6, VILLAGE_B), review(r2023, 3, NEAR_POOR, 6, VILLAGE_B),
                review(p2023, 3, NEAR_POOR, 6, VILLAGE_B), review(p2024, 3, NOT_POOR, 6, VILLAGE_B),
                review(p2022, 4, NEAR_POOR, 4, VILLAGE_B), review(p2024, 4, POOR, 4, VILLAGE_B),
                review(p2022, 5, POOR, 4, VILLAGE_A), review(p2023, 5, POOR, 5, VILLAGE_A),
                review(p2024, 5, POOR, 5, VILLAGE_A),
                review(p2022, 6, NEAR_POOR, 2, VILLAGE_B), review(p2023, 6, AVERAGE, 2, VILLAGE_B),
                review(p2024, 6, NEAR_POOR, 2, VILLAGE_B),
                review(p2024, 7, POOR, 7, VILLAGE_A), review(r2025, 7, NOT_POOR, 7, VILLAGE_A));
    }

    private RoundHistory history() {
        return new RoundHistory(List.of(r2025, p2024, p2022, p2023, r2023), reviews());
    }

    @Test
    void roundsAreInChronologicalOrderWhateverOrderTheyCameIn() {
        RoundHistory h = history();

        assertThat(h.rounds()).containsExactly(p2022, r2023, p2023, p2024, r2025);
        assertThat(h.previous(p2022.id())).isEmpty();
        assertThat(h.previous(r2023.id())).contains(p2022);
        assertThat(h.previous(p2023.id())).as("the March review of 2023 comes before the periodic one")
                .contains(r2023);
        assertThat(h.stateBefore(p2022.id())).isEmpty();
    }

    @Test
    void aRegularRoundCarriesTheListsForwardWithItsOwnReviewsOnTop() {
        Map<UUID, HouseholdState> after = history().stateAfter(r2023.id());

        assertThat(after).hasSize(6);
        assertThat(after.get(household(3)).povertyClass()).isEqualTo(NEAR_POOR);
        assertThat(after.get(household(1)).povertyClass()).isEqualTo(POOR);
        assertThat(after.get(household(5)).persons()).isEqualTo(4);
        assertThat(history().stateAfter(r2025.id()).get(household(7)).povertyClass()).isEqualTo(NOT_POOR);
        assertThat(history().stateAfter(r2025.id())).hasSize(7);
    }

    @Test
    void aPeriodicRoundReplacesTheLists() {
        Map<UUID, HouseholdState> after = history().stateAfter(p2023.id());

        assertThat(after).containsOnlyKeys(household(1), household(2), household(3), household(5), household(6));
        assertThat(after.get(household(5)).persons()).isEqualTo(5);
    }

    @Test
    void theEarlierRoundsAreThoseBeforeThePreviousOne() {
        RoundHistory h = history();

        assertThat(h.everEarlier(p2024.id(), POOR)).containsExactlyInAnyOrder(household(1), household(3),
                household(5));
        assertThat(h.everEarlier(p2024.id(), NEAR_POOR)).containsExactlyInAnyOrder(household(3), household(4),
                household(6));
        assertThat(h.everEarlier(p2023.id(), POOR)).as("only the round of 2022 lies before the previous one")
                .containsExactlyInAnyOrder(household(1), household(3), household(5));
        assertThat(h.everEarlier(r2023.id(), POOR)).isEmpty();
        assertThat(h.everEarlier(p2022.id(), POOR)).isEmpty();
    }

    @Test
    void theTransitionsOfEachHousehold() {
        RoundHistory h = history();

        assertThat(h.transition(p2022.id(), household(1), POOR)).isEqualTo(Transition.ENTERED_POOR);
        assertThat(h.transition(p2023.id(), household(1), NOT_POOR)).isEqualTo(Transition.ESCAPED_ABOVE_NEAR_POOR);
        assertThat(h.transition(p2024.id(), household(1), POOR)).isEqualTo(Transition.RE_POOR);
        assertThat(h.transition(p2024.id(), household(2), POOR)).isEqualTo(Transition.NEWLY_POOR);
        assertThat(h.transition(r2023.id(), household(3), NEAR_POOR)).isEqualTo(Transition.ESCAPED_TO_NEAR_POOR);
        assertThat(h.transition(p2023.id(), household(3), NEAR_POOR)).isEqualTo(Transition.STAYS_NEAR_POOR);
        assertThat(h.transition(p2024.id(), household(3), NOT_POOR)).isEqualTo(Transition.NEAR_POOR_ESCAPED);
        assertThat(h.transition(p2024.id(), household(4), POOR)).as("absent from the previous lists")
                .isEqualTo(Transition.ENTERED_POOR);
        assertThat(h.transition(p2023.id(), household(5), POOR)).isEqualTo(Transition.STAYS_POOR);
        assertThat(h.transition(p2024.id(), household(6), NEAR_POOR)).isEqualTo(Transition.RE_NEAR_POOR);
        assertThat(h.transition(r2025.id(), household(7), NOT_POOR)).isEqualTo(Transition.ESCAPED_ABOVE_NEAR_POOR);
        assertThat(h.transition(p2024.id(), household(2), NEAR_POOR)).as("what-if: a different class now")
                .isEqualTo(Transition.NEWLY_NEAR_POOR);
    }

    @Test
    void theTablesOf2024() {
        Movement m = history().movement(p2024.id(), s -> true);

        // poor as of 2023: 5 (5 persons); 2024: 1 re-poor, 2 newly, 4 and 7 entered, 5 stays
        assertThat(m.poorHouseholds()).isEqualTo(new MovementCounts(1, 0, 0, 0, 0, 1, 1, 2, 5));
        assertThat(m.poorPersons()).isEqualTo(new MovementCounts(5, 0, 0, 0, 0, 3, 2, 11, 21));
        // near-poor as of 2023: 3; it escaped above; 6 came back
        assertThat(m.nearPoorHouseholds()).isEqualTo(new MovementCounts(1, 0, 1, 0, 0, 1, 0, 0, 1));
        assertThat(m.nearPoorPersons()).isEqualTo(new MovementCounts(6, 0, 6, 0, 0, 2, 0, 0, 2));
        assertThat(m.balances()).isTrue();

        Movement b = history().movement(p2024.id(), s -> VILLAGE_B.equals(s.villageId()));
        assertThat(b.poorHouseholds()).isEqualTo(new MovementCounts(0, 0, 0, 0, 0, 0, 0, 1, 1));
        assertThat(b.nearPoorHouseholds()).isEqualTo(m.nearPoorHouseholds());
    }

    @Test
    void theTablesOfARegularRoundCountOnlyTheHouseholdsItReviewed() {
        Movement m = history().movement(r2025.id(), s -> true);

        assertThat(m.poorHouseholds()).isEqualTo(new MovementCounts(5, 0, 1, 0, 0, 0, 0, 0, 4));
        assertThat(m.poorPersons()).isEqualTo(new MovementCounts(21, 0, 7, 0, 0, 0, 0, 0, 14));
        assertThat(m.nearPoorHouseholds()).isEqualTo(new MovementCounts(1, 0, 0, 0, 0, 0, 0, 0, 1));
    }

    @Test
    void aPeriodicRoundInProgressCountsTheUnreviewedAsGone() {
        ReviewRound p2025 = periodic(6, 2025);
        List<HouseholdReview> reviews = new ArrayList<>(reviews());
        reviews.add(review(p2025, 5, POOR, 5, VILLAGE_A));
        RoundHistory h = new RoundHistory(List.of(p2022, r2023, p2023, p2024, r2025, p2025), reviews);

        Movement m = h.movement(p2025.id(), s -> true);

        assertThat(m.poorHouseholds()).isEqualTo(new MovementCounts(4, 0, 0, 3, 0, 0, 0, 0, 1));
        assertThat(m.balances()).isTrue();
    }

    @Test
    void aRoundOutsideTheHistoryIsAnError() {
        ReviewRound stranger = periodic(99, 2024);

        assertThatThrownBy(() -> history().stateAfter(stranger.id())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> history().transition(stranger.id(), household(1), POOR))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void noRoundsNoStates() {
        RoundHistory h = new RoundHistory(List.of(), List.of());

        assertThat(h.rounds()).isEmpty();
    }

    // ---- random histories --------------------------------------------------------------------------------------

    @Test
    void randomHistoriesBalanceAndTheirStoredTransitionsAreTheTablesFlows() {
        Random random = new Random(7_021_2021L);
        UUID[] villages = {VILLAGE_A, VILLAGE_B};
        PovertyClass[] classes = PovertyClass.values();
        for (int trial = 0; trial < 200; trial++) {
            List<ReviewRound> rounds = new ArrayList<>();
            int roundCount = 1 + random.nextInt(6);
            for (int r = 0; r < roundCount; r++) {
                rounds.add(random.nextInt(3) == 0 ? regular(r, 2016 + r, 3) : periodic(r, 2016 + r));
            }
            List<HouseholdReview> reviews = new ArrayList<>();
            int households = 1 + random.nextInt(40);
            for (ReviewRound round : rounds) {
                int chance = round.kind() == RoundKind.PERIODIC ? 9 : 3;
                for (int h = 0; h < households; h++) {
                    if (random.nextInt(10) < chance) {
                        reviews.add(review(round, h, classes[random.nextInt(classes.length)],
                                1 + random.nextInt(9), villages[random.nextInt(2)]));
                    }
                }
            }
            // the transitions as the service stores them, from the history of every review
            RoundHistory plain = new RoundHistory(rounds, reviews);
            List<HouseholdReview> stored = reviews.stream().map(r -> new HouseholdReview(r.meta(), r.roundId(),
                    r.householdId(), r.year(), r.details(), r.povertyClass(),
                    plain.transition(r.roundId(), r.householdId(), r.povertyClass()))).toList();
            RoundHistory history = new RoundHistory(rounds, stored);

            for (ReviewRound round : history.rounds()) {
                String context = "trial " + trial + ", round of " + round.year() + " " + round.kind();
                Movement commune = history.movement(round.id(), s -> true);
                assertThat(commune.balances()).as(context).isTrue();
                for (UUID village : villages) {
                    assertThat(history.movement(round.id(), s -> village.equals(s.villageId())).balances())
                            .as(context).isTrue();
                }
                Map<Transition, Long> counted = new EnumMap<>(Transition.class);
                stored.stream().filter(r -> r.roundId().equals(round.id()))
                        .forEach(r -> counted.merge(r.transition(), 1L, Long::sum));
                MovementCounts poor = commune.poorHouseholds();
                MovementCounts near = commune.nearPoorHouseholds();
                assertThat(poor.toOtherClass()).as(context).isEqualTo(n(counted, Transition.ESCAPED_TO_NEAR_POOR));
                assertThat(poor.escapedAbove()).as(context).isEqualTo(n(counted, Transition.ESCAPED_ABOVE_NEAR_POOR));
                assertThat(poor.fromOtherClass()).as(context).isEqualTo(n(counted, Transition.NEAR_POOR_BECAME_POOR));
                assertThat(poor.returned()).as(context).isEqualTo(n(counted, Transition.RE_POOR));
                assertThat(poor.newly()).as(context).isEqualTo(n(counted, Transition.NEWLY_POOR));
                assertThat(poor.otherIncrease()).as(context).isEqualTo(n(counted, Transition.ENTERED_POOR));
                assertThat(near.toOtherClass()).as(context).isEqualTo(n(counted, Transition.NEAR_POOR_BECAME_POOR));
                assertThat(near.escapedAbove()).as(context).isEqualTo(n(counted, Transition.NEAR_POOR_ESCAPED));
                assertThat(near.fromOtherClass()).as(context).isEqualTo(n(counted, Transition.ESCAPED_TO_NEAR_POOR));
                assertThat(near.returned()).as(context).isEqualTo(n(counted, Transition.RE_NEAR_POOR));
                assertThat(near.newly()).as(context).isEqualTo(n(counted, Transition.NEWLY_NEAR_POOR));
                assertThat(near.otherIncrease()).as(context).isEqualTo(n(counted, Transition.ENTERED_NEAR_POOR));
                if (round.kind() == RoundKind.REGULAR) {
                    assertThat(poor.otherDecrease()).as(context + ": nobody leaves in a regular round").isZero();
                    assertThat(near.otherDecrease()).as(context).isZero();
                }
                long poorNow = history.stateAfter(round.id()).values().stream()
                        .filter(s -> s.povertyClass() == POOR).count();
                assertThat(poor.end()).as(context).isEqualTo(poorNow);
            }
        }
    }

    private static long n(Map<Transition, Long> counts, Transition t) {
        return counts.getOrDefault(t, 0L);
    }
}
