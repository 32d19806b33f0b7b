package vn.chungtay.app.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.chungtay.app.review.ReviewWorld.average;
import static vn.chungtay.app.review.ReviewWorld.nearPoor;
import static vn.chungtay.app.review.ReviewWorld.notPoor;
import static vn.chungtay.app.review.ReviewWorld.poor;
import static vn.chungtay.testsupport.Fixtures.COMMUNE;
import static vn.chungtay.testsupport.Fixtures.OTHER_COMMUNE;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chungtay.app.identity.AccessDeniedException;
import vn.chungtay.domain.household.Household;
import vn.chungtay.domain.review.HouseholdReview;
import vn.chungtay.domain.review.MovementCounts;
import vn.chungtay.domain.review.PovertyClass;
import vn.chungtay.domain.review.ReviewRound;
import vn.chungtay.domain.review.RoundEvent;
import vn.chungtay.domain.review.RoundKind;
import vn.chungtay.domain.review.RoundStatus;
import vn.chungtay.domain.validation.ValidationException;
import vn.chungtay.domain.validation.Violation;
import vn.chungtay.testsupport.Fixtures;

/** Opening, closing and reopening review rounds, their log, their order and their movement tables. */
class RoundServiceTest {

    private ReviewWorld world;
    private RoundService rounds;

    @BeforeEach
    void open() {
        world = ReviewWorld.open();
        rounds = world.services.rounds();
    }

    @AfterEach
    void close() {
        world.close();
    }

    private static void refused(ThrowingCallable action, Violation expected) {
        assertThatThrownBy(action).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).containsExactly(expected));
    }

    // ---- opening ---------------------------------------------------------------------------------------------

    @Test
    void aRoundClassifiesByTheStandardInForceInItsYear() {
        // in October 2026 a round for 2027 may already be opened
        try (ReviewWorld later = ReviewWorld.at(Clock.fixed(Instant.parse("2026-10-01T03:00:00Z"), Fixtures.ZONE))) {
            Map<Integer, String> expected = Map.of(2016, "2016-2020", 2020, "2016-2020", 2021, "2016-2020",
                    2022, "2022-2025", 2024, "2022-2025", 2025, "2022-2025", 2026, "2022-2025", 2027, "2027-2030");
            for (int year : List.of(2016, 2020, 2021, 2022, 2024, 2025, 2026, 2027)) {
                ReviewRound round = later.periodic(year);
                assertThat(round.standardCode()).as("year %d", year).isEqualTo(expected.get(year));
                assertThat(round.year()).isEqualTo(year);
                assertThat(round.status()).isEqualTo(RoundStatus.OPEN);
                assertThat(round.communeCode()).isEqualTo(COMMUNE);
                later.close(round);
            }
        }
    }

    @Test
    void aChosenStandardOverridesTheOneInForce() {
        ReviewRound round = rounds.open(world.officer, COMMUNE, 2024, RoundKind.PERIODIC, "2016-2020");

        assertThat(round.standardCode()).isEqualTo("2016-2020");
        assertThat(rounds.round(round.id()).standardCode()).isEqualTo("2016-2020");
        rounds.close(world.officer, round.id());
        refused(() -> rounds.open(world.officer, COMMUNE, 2025, RoundKind.PERIODIC, "1999-2000"),
                Violation.of("standard", "validation.standard.unknown", "1999-2000"));
    }

    @Test
    void aCommuneHasOneOpenRoundAtATimeAndOnePeriodicRoundAYear() {
        ReviewRound first = world.periodic(2024);

        refused(() -> world.regular(2025), Violation.of("round", "validation.review.round.open-exists"));
        world.close(first);
        refused(() -> world.periodic(2024), Violation.of("year", "validation.review.round.periodic-exists", 2024));
        ReviewRound regular = world.regular(2024);
        assertThat(regular.kind()).isEqualTo(RoundKind.REGULAR);
        world.close(regular);
        assertThat(world.regular(2024).kind()).as("regular rounds may repeat").isEqualTo(RoundKind.REGULAR);
        assertThat(rounds.rounds(world.officer)).hasSize(3);
    }

    @Test
    void theYearMustLieBetween2016AndNextYear() {
        refused(() -> world.periodic(2015), Violation.of("year", "validation.review.year", 2016, 2026));
        refused(() -> world.periodic(2027), Violation.of("year", "validation.review.year", 2016, 2026));
        assertThat(world.periodic(2026).standardCode()).isEqualTo("2022-2025");
        assertThat(rounds.rounds(world.officer)).hasSize(1);
    }

    @Test
    void anOfficerOpensRoundsOnlyInTheirOwnCommune() {
        assertThatThrownBy(() -> rounds.open(world.officer, OTHER_COMMUNE, 2024, RoundKind.PERIODIC, null))
                .isInstanceOfSatisfying(AccessDeniedException.class,
                        e -> assertThat(e.unitCode()).isEqualTo(OTHER_COMMUNE));
        refused(() -> rounds.open(world.officer, "99999", 2024, RoundKind.PERIODIC, null),
                Violation.of("commune", "validation.unit.unknown", "99999"));

        ReviewRound byClerk = rounds.open(world.clerk, OTHER_COMMUNE, 2024, RoundKind.PERIODIC, null);
        assertThat(byClerk.communeCode()).isEqualTo(OTHER_COMMUNE);
        assertThat(rounds.rounds(world.officer)).as("the officer sees only their commune's rounds").isEmpty();
        assertThat(rounds.rounds(world.clerk)).containsExactly(byClerk);
        assertThatThrownBy(() -> rounds.close(world.officer, byClerk.id())).isInstanceOf(AccessDeniedException.class);
    }

    // ---- closing and reopening -------------------------------------------------------------------------------

    @Test
    void aPeriodicRoundClosesOnlyWhenEveryHouseholdIsReviewed() {
        List<Household> households = world.households(3);
        ReviewRound round = world.periodic(2024);
        world.review(round, households.get(0), poor());

        refused(() -> world.close(round), Violation.of("round", "validation.review.round.unreviewed", 2L));
        world.review(round, households.get(1), nearPoor());
        refused(() -> world.close(round), Violation.of("round", "validation.review.round.unreviewed", 1L));
        world.review(round, households.get(2), notPoor());

        ReviewRound closed = world.close(round);

        assertThat(closed.status()).isEqualTo(RoundStatus.CLOSED);
        assertThat(closed.closedOn()).isEqualTo(Fixtures.TODAY);
        assertThat(rounds.round(round.id()).isOpen()).isFalse();
    }

    @Test
    void aDeletedHouseholdsReviewDoesNotStandInForAnUnreviewedHousehold() {
        List<Household> households = world.households(4);
        ReviewRound round = world.periodic(2024);
        world.review(round, households.get(0), poor());
        world.review(round, households.get(1), poor());
        world.review(round, households.get(2), poor());
        world.services.households().delete(world.officer, households.get(2).id());

        refused(() -> world.close(round), Violation.of("round", "validation.review.round.unreviewed", 1L));

        world.review(round, households.get(3), average());
        assertThat(world.close(round).status()).isEqualTo(RoundStatus.CLOSED);
    }

    @Test
    void aRegularRoundClosesWhateverItReviewed() {
        world.households(2);
        ReviewRound round = world.regular(2025);

        assertThat(world.close(round).status()).isEqualTo(RoundStatus.CLOSED);
    }

    @Test
    void reopeningNeedsAReasonAndEverythingIsLogged() {
        world.close();
        world = ReviewWorld.at(ReviewWorld.ticking());
        rounds = world.services.rounds();
        ReviewRound round = world.periodic(2024);
        refused(() -> rounds.reopen(world.officer, round.id(), "Lý do"),
                Violation.of("round", "validation.review.round.already-open"));
        world.close(round);

        refused(() -> rounds.reopen(world.officer, round.id(), "   "),
                Violation.of("reason", "validation.review.reopen.reason"));
        refused(() -> rounds.reopen(world.officer, round.id(), null),
                Violation.of("reason", "validation.review.reopen.reason"));
        ReviewRound other = world.regular(2025);
        refused(() -> rounds.reopen(world.officer, round.id(), "Sửa hộ số 3"),
                Violation.of("round", "validation.review.round.open-exists"));
        world.close(other);

        ReviewRound reopened = rounds.reopen(world.officer, round.id(), "  Sửa hộ số 3 ");

        assertThat(reopened.status()).isEqualTo(RoundStatus.OPEN);
        assertThat(reopened.closedOn()).isNull();
        List<RoundEvent> events = rounds.events(round.id());
        assertThat(events).extracting(RoundEvent::kind).containsExactly(RoundEvent.Kind.OPENED,
                RoundEvent.Kind.CLOSED, RoundEvent.Kind.REOPENED);
        assertThat(events).allSatisfy(e -> {
            assertThat(e.userName()).isEqualTo("Nguyễn Văn A");
            assertThat(e.at()).isAfter(Fixtures.NOW).isBefore(Fixtures.NOW.plusSeconds(600));
            assertThat(e.roundId()).isEqualTo(round.id());
        });
        assertThat(events.get(0).at()).isBefore(events.get(1).at());
        assertThat(events.get(1).at()).isBefore(events.get(2).at());
        assertThat(events.get(2).note()).isEqualTo("Sửa hộ số 3");
        assertThat(events.get(0).note()).isEmpty();
        assertThat(rounds.events(other.id())).extracting(RoundEvent::kind)
                .containsExactly(RoundEvent.Kind.OPENED, RoundEvent.Kind.CLOSED);
    }

    @Test
    void roundsAreListedInChronologicalOrder() {
        ReviewRound y2024 = world.periodic(2024);
        world.close(y2024);
        ReviewRound y2022 = world.periodic(2022);
        world.close(y2022);
        ReviewRound r2023 = world.regular(2023);
        world.close(r2023);
        ReviewRound y2023 = world.periodic(2023);

        assertThat(rounds.rounds(world.officer)).extracting(ReviewRound::id)
                .containsExactly(y2022.id(), r2023.id(), y2023.id(), y2024.id());
        assertThat(rounds.rounds(world.clerk)).hasSize(4);
    }

    // ---- movement tables -------------------------------------------------------------------------------------

    @Test
    void theMovementOfARoundBalancesAndMatchesAPlainCount() {
        List<Household> h = world.households(8);
        ReviewRound y2023 = world.periodic(2023);
        List<java.util.function.Supplier<ReviewInput>> first = List.of(ReviewWorld::poor, ReviewWorld::poor,
                ReviewWorld::poor, ReviewWorld::nearPoor, ReviewWorld::nearPoor, ReviewWorld::notPoor,
                ReviewWorld::average, ReviewWorld::notPoor);
        for (int i = 0; i < h.size(); i++) {
            world.review(y2023, h.get(i), first.get(i).get());
        }
        world.close(y2023);
        ReviewRound y2024 = world.periodic(2024);
        // stays poor, escaped to near-poor, escaped above, near-poor became poor, stays near-poor, newly poor,
        // newly near-poor, stays above
        List<java.util.function.Supplier<ReviewInput>> second = List.of(ReviewWorld::poor, ReviewWorld::nearPoor,
                ReviewWorld::average, ReviewWorld::poor, ReviewWorld::nearPoor, ReviewWorld::poor,
                ReviewWorld::nearPoor, ReviewWorld::notPoor);
        for (int i = 0; i < h.size(); i++) {
            world.review(y2024, h.get(i), second.get(i).get());
        }

        RoundMovement movement = rounds.movement(y2024.id());

        assertThat(movement.balances()).isTrue();
        assertThat(movement.round().id()).isEqualTo(y2024.id());
        assertThat(movement.commune().poorHouseholds()).isEqualTo(new MovementCounts(3, 1, 1, 0, 1, 0, 1, 0, 3));
        assertThat(movement.commune().poorPersons()).isEqualTo(new MovementCounts(9, 3, 3, 0, 3, 0, 3, 0, 9));
        assertThat(movement.commune().nearPoorHouseholds()).isEqualTo(new MovementCounts(2, 1, 0, 0, 1, 0, 1, 0, 3));
        List<HouseholdReview> reviews = world.services.reviews().rows(y2024.id(), null).stream()
                .map(RoundRow::review).toList();
        assertThat(movement.commune().poorHouseholds().end())
                .isEqualTo(reviews.stream().filter(r -> r.povertyClass() == PovertyClass.POOR).count());
        assertThat(movement.commune().nearPoorHouseholds().end())
                .isEqualTo(reviews.stream().filter(r -> r.povertyClass() == PovertyClass.NEAR_POOR).count());
        assertThat(movement.commune().poorPersons().end()).isEqualTo(reviews.stream()
                .filter(r -> r.povertyClass() == PovertyClass.POOR).mapToLong(r -> r.details().persons()).sum());
        assertThat(movement.villages()).hasSize(2);
        Consumer<RoundMovement.VillageMovement> balanced = v -> assertThat(v.movement().balances()).isTrue();
        movement.villages().forEach(balanced);
        long villagePoor = movement.villages().stream().mapToLong(v -> v.movement().poorHouseholds().end()).sum();
        assertThat(villagePoor).isEqualTo(3);
        // village A holds households 0, 2, 4 and 6: of its poor, 0 stays and 2 escaped above
        RoundMovement.VillageMovement a = movement.villages().stream()
                .filter(v -> v.village().meta().id().equals(world.villageA)).findFirst().orElseThrow();
        assertThat(a.movement().poorHouseholds()).isEqualTo(new MovementCounts(2, 0, 1, 0, 0, 0, 0, 0, 1));
    }
}
