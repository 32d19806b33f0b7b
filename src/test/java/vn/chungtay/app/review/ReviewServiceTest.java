package vn.chungtay.app.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.chungtay.app.review.ReviewWorld.average;
import static vn.chungtay.app.review.ReviewWorld.income;
import static vn.chungtay.app.review.ReviewWorld.nearPoor;
import static vn.chungtay.app.review.ReviewWorld.notPoor;
import static vn.chungtay.app.review.ReviewWorld.poor;
import static vn.chungtay.testsupport.Fixtures.COMMUNE;
import static vn.chungtay.testsupport.Fixtures.OTHER_COMMUNE;
import static vn.chungtay.testsupport.Fixtures.details;
import static vn.chungtay.testsupport.Fixtures.draft;
import static vn.chungtay.testsupport.Fixtures.family;
import static vn.chungtay.testsupport.Fixtures.withEthnicity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chungtay.app.identity.AccessDeniedException;
import vn.chungtay.app.stats.Stats;
import vn.chungtay.domain.household.Area;
import vn.chungtay.domain.household.Household;
import vn.chungtay.domain.household.MemberDetails;
import vn.chungtay.domain.review.Evidence;
import vn.chungtay.domain.review.HouseholdReview;
import vn.chungtay.domain.review.MinorityRule;
import vn.chungtay.domain.review.MovementCounts;
import vn.chungtay.domain.review.PovertyClass;
import vn.chungtay.domain.review.ReviewRound;
import vn.chungtay.domain.review.RoundKind;
import vn.chungtay.domain.review.Transition;
import vn.chungtay.domain.validation.ValidationException;
import vn.chungtay.domain.validation.Violation;
import vn.chungtay.testsupport.Fixtures;

/**
 * Saving reviews: the class under the round's standard, the transition from the previous rounds, the refusals, the
 * refresh of later transitions when an earlier review changes, and what the statistics count.
 */
class ReviewServiceTest {

    private ReviewWorld world;
    private ReviewService reviews;

    @BeforeEach
    void open() {
        world = ReviewWorld.open();
        reviews = world.services.reviews();
    }

    @AfterEach
    void close() {
        world.close();
    }

    private static void refused(ThrowingCallable action, Violation... expected) {
        assertThatThrownBy(action).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).containsExactly(expected));
    }

    private HouseholdReview stored(ReviewRound round, Household household) {
        return reviews.rows(round.id(), null).stream().filter(r -> r.household().id().equals(household.id()))
                .findFirst().orElseThrow().review();
    }

    @Test
    void aFirstReviewRecordsTheClassAndThatTheHouseholdEnteredTheLists() {
        Household h = world.household(world.villageA, "Nguyễn Văn An");
        ReviewRound round = world.periodic(2024);

        HouseholdReview saved = reviews.save(world.officer, round.id(), h.id(), new ReviewInput(
                new Evidence.Income(1_400_000), List.of("telecom", "water", "employment"), true, false, false,
                "  trần   văn   bảy ", LocalDate.of(2024, 10, 2), "  Nhà tạm  "));

        assertThat(saved.povertyClass()).isEqualTo(PovertyClass.POOR);
        assertThat(saved.transition()).isEqualTo(Transition.ENTERED_POOR);
        assertThat(saved.year()).isEqualTo(2024);
        assertThat(saved.details().lacking()).as("in the standard's order")
                .containsExactly("employment", "water", "telecom");
        assertThat(saved.details().persons()).isEqualTo(3);
        assertThat(saved.details().villageId()).isEqualTo(world.villageA);
        assertThat(saved.details().area()).isEqualTo(Area.RURAL);
        assertThat(saved.details().reviewer()).isEqualTo("Trần Văn Bảy");
        assertThat(saved.details().note()).isEqualTo("Nhà tạm");
        assertThat(saved.details().categories().noWorkCapacity()).isTrue();
        assertThat(saved.meta().ownerUnit()).isEqualTo(COMMUNE);
        assertThat(stored(round, h)).isEqualTo(saved);

        HouseholdReview again = reviews.save(world.officer, round.id(), h.id(), new ReviewInput(
                new Evidence.Income(1_400_000), List.of("water"), false, false, false, "", Fixtures.TODAY, ""));
        assertThat(again.meta().id()).as("one review per household and round").isEqualTo(saved.meta().id());
        assertThat(again.meta().revision().number()).isEqualTo(saved.meta().revision().number() + 1);
        assertThat(again.povertyClass()).isEqualTo(PovertyClass.NEAR_POOR);
        assertThat(again.details().reviewer()).as("the person at work when nobody is named")
                .isEqualTo("Nguyễn Văn A");
        assertThat(reviews.rows(round.id(), null)).hasSize(1);
    }

    @Test
    void theRoundsStandardDecides() {
        Household h = world.household(world.villageA, "Nguyễn Văn An");
        ReviewRound y2021 = world.periodic(2021);
        assertThat(world.review(y2021, h, income(650_000)).povertyClass()).as("2016–2020: income alone")
                .isEqualTo(PovertyClass.POOR);
        assertThat(world.review(y2021, h, income(800_000, "water", "latrine", "telecom")).povertyClass())
                .isEqualTo(PovertyClass.POOR);
        assertThat(world.review(y2021, h, income(800_000, "water")).povertyClass())
                .isEqualTo(PovertyClass.NEAR_POOR);
        refused(() -> world.review(y2021, h, income(650_000, "employment")),
                Violation.of("lacking", "validation.review.indicator.unknown", "employment", "2016-2020"));
        refused(() -> reviews.save(world.officer, y2021.id(), h.id(), new ReviewInput(new Evidence.B1Score(100),
                List.of(), false, false, false, "", Fixtures.TODAY, "")),
                Violation.of("b1", "validation.review.b1.unavailable", "2016-2020"));
        world.close(y2021);

        ReviewRound y2022 = world.periodic(2022);
        HouseholdReview andRule = world.review(y2022, h, income(650_000));
        assertThat(andRule.povertyClass()).as("2022–2025: income and deprivations").isEqualTo(PovertyClass.NEAR_POOR);
        assertThat(andRule.transition()).isEqualTo(Transition.STAYS_NEAR_POOR);
        HouseholdReview b1 = reviews.save(world.officer, y2022.id(), h.id(), new ReviewInput(
                new Evidence.B1Score(140), List.of("water", "latrine", "telecom"), false, false, false, "",
                Fixtures.TODAY, ""));
        assertThat(b1.povertyClass()).isEqualTo(PovertyClass.POOR);
        assertThat(b1.transition()).isEqualTo(Transition.NEAR_POOR_BECAME_POOR);
        assertThat(stored(y2022, h).details().evidence()).isEqualTo(new Evidence.B1Score(140));
    }

    @Test
    void theSecondYearGivesEachKindOfTransition() {
        List<Household> h = world.households(7);
        ReviewRound y2023 = world.periodic(2023);
        List<ReviewInput> before = List.of(poor(), poor(), poor(), nearPoor(), nearPoor(), nearPoor(), notPoor());
        for (int i = 0; i < h.size(); i++) {
            assertThat(world.review(y2023, h.get(i), before.get(i)).transition().name()).startsWith("ENTERED_");
        }
        world.close(y2023);
        ReviewRound y2024 = world.periodic(2024);

        List<ReviewInput> after = List.of(poor(), nearPoor(), average(), poor(), nearPoor(), notPoor(), poor());
        List<Transition> expected = List.of(Transition.STAYS_POOR, Transition.ESCAPED_TO_NEAR_POOR,
                Transition.ESCAPED_ABOVE_NEAR_POOR, Transition.NEAR_POOR_BECAME_POOR, Transition.STAYS_NEAR_POOR,
                Transition.NEAR_POOR_ESCAPED, Transition.NEWLY_POOR);
        for (int i = 0; i < h.size(); i++) {
            HouseholdReview saved = world.review(y2024, h.get(i), after.get(i));
            assertThat(saved.transition()).as("household %d", i).isEqualTo(expected.get(i));
            assertThat(stored(y2024, h.get(i)).transition()).isEqualTo(expected.get(i));
        }
    }

    @Test
    void aHouseholdPoorTwoRoundsAgoIsRePoorAndOneNeverPoorIsNewlyPoor() {
        Household once = world.household(world.villageA, "Nguyễn Văn An");
        Household never = world.household(world.villageB, "Lê Thị Hoa");
        ReviewRound y2022 = world.periodic(2022);
        world.review(y2022, once, poor());
        world.review(y2022, never, notPoor());
        world.close(y2022);
        ReviewRound y2023 = world.periodic(2023);
        assertThat(world.review(y2023, once, notPoor()).transition()).isEqualTo(Transition.ESCAPED_ABOVE_NEAR_POOR);
        assertThat(world.review(y2023, never, average()).transition()).isEqualTo(Transition.STAYS_ABOVE);
        world.close(y2023);
        ReviewRound y2024 = world.periodic(2024);

        assertThat(world.review(y2024, once, poor()).transition()).isEqualTo(Transition.RE_POOR);
        assertThat(world.review(y2024, never, poor()).transition()).isEqualTo(Transition.NEWLY_POOR);
        assertThat(world.review(y2024, never, nearPoor()).transition()).isEqualTo(Transition.NEWLY_NEAR_POOR);
        assertThat(world.review(y2024, once, nearPoor()).transition()).isEqualTo(Transition.RE_NEAR_POOR);

        RoundMovement movement = world.services.rounds().movement(y2024.id());
        assertThat(movement.commune().nearPoorHouseholds()).isEqualTo(new MovementCounts(0, 0, 0, 0, 0, 1, 1, 0, 2));
    }

    @Test
    void aRegularRoundCarriesTheOthersForward() {
        Household a = world.household(world.villageA, "Nguyễn Văn An");
        Household b = world.household(world.villageA, "Lê Thị Hoa");
        ReviewRound y2024 = world.periodic(2024);
        world.review(y2024, a, poor());
        world.review(y2024, b, poor());
        world.close(y2024);
        ReviewRound regular = world.regular(2025);

        assertThat(world.review(regular, a, nearPoor()).transition()).isEqualTo(Transition.ESCAPED_TO_NEAR_POOR);
        RoundMovement movement = world.services.rounds().movement(regular.id());
        assertThat(movement.commune().poorHouseholds()).as("b is still poor, not gone")
                .isEqualTo(new MovementCounts(2, 1, 0, 0, 0, 0, 0, 0, 1));
        assertThat(world.close(regular).isOpen()).isFalse();
        ReviewRound y2025 = world.periodic(2025);
        assertThat(world.review(y2025, b, poor()).transition()).isEqualTo(Transition.STAYS_POOR);
        assertThat(world.review(y2025, a, nearPoor()).transition()).isEqualTo(Transition.STAYS_NEAR_POOR);
    }

    @Test
    void aClosedRoundTakesNoReviews() {
        Household h = world.household(world.villageA, "Nguyễn Văn An");
        ReviewRound round = world.periodic(2024);
        world.review(round, h, poor());
        world.close(round);

        refused(() -> world.review(round, h, nearPoor()), Violation.of("round", "validation.review.round.closed"));
        assertThat(stored(round, h).povertyClass()).isEqualTo(PovertyClass.POOR);
    }

    @Test
    void badInputIsRefusedFieldByField() {
        Household h = world.household(world.villageA, "Nguyễn Văn An");
        ReviewRound round = world.periodic(2024);

        refused(() -> world.review(round, h, income(-1)),
                Violation.of("income", "validation.review.income.negative"));
        refused(() -> world.review(round, h, income(1_000_000_001L)),
                Violation.of("income", "validation.review.income.too-large", 1_000_000_000L));
        refused(() -> reviews.save(world.officer, round.id(), h.id(), new ReviewInput(null, List.of(), false, false,
                false, "", Fixtures.TODAY.plusDays(1), "x".repeat(1001))),
                Violation.of("income", "validation.review.evidence.required"),
                Violation.of("reviewedOn", "validation.review.date.future"),
                Violation.of("note", "validation.text.too-long", 1000));
        refused(() -> reviews.save(world.officer, round.id(), h.id(), new ReviewInput(new Evidence.B1Score(1001),
                List.of(), false, false, false, "", null, "")),
                Violation.of("b1", "validation.review.b1.range", 1000),
                Violation.of("reviewedOn", "validation.review.date.required"));
        refused(() -> world.review(round, h, income(1_000_000, "waste-treatment")),
                Violation.of("lacking", "validation.review.indicator.unknown", "waste-treatment", "2022-2025"));
        assertThat(reviews.rows(round.id(), null).get(0).reviewed()).isFalse();
    }

    @Test
    void onlyTheCommunesOwnHouseholdsAndOfficersReviewInItsRound() {
        Household mine = world.household(world.villageA, "Nguyễn Văn An");
        UUID otherVillage = world.services.units().saveVillage(world.clerk, null, OTHER_COMMUNE, "Thôn 1", null,
                null).meta().id();
        Household theirs = world.services.households().save(world.clerk, OTHER_COMMUNE,
                draft(null, details("1", otherVillage), family("Lê Văn Cường")));
        ReviewRound round = world.periodic(2024);
        ReviewRound theirRound = world.services.rounds().open(world.clerk, OTHER_COMMUNE, 2024, RoundKind.PERIODIC,
                null);

        refused(() -> world.review(round, theirs, poor()),
                Violation.of("household", "validation.review.household.other-commune"));
        assertThatThrownBy(() -> world.review(theirRound, theirs, poor())).isInstanceOf(AccessDeniedException.class);
        assertThat(reviews.save(world.clerk, theirRound.id(), theirs.id(), poor()).povertyClass())
                .isEqualTo(PovertyClass.POOR);
        world.services.households().delete(world.officer, mine.id());
        refused(() -> world.review(round, mine, poor()), Violation.of("household", "validation.household.gone"));
    }

    @Test
    void editingAnEarlierRoundRefreshesTheLaterTransitions() {
        Household h = world.household(world.villageA, "Nguyễn Văn An");
        ReviewRound y2023 = world.periodic(2023);
        world.review(y2023, h, poor());
        world.close(y2023);
        ReviewRound y2024 = world.periodic(2024);
        HouseholdReview later = world.review(y2024, h, poor());
        assertThat(later.transition()).isEqualTo(Transition.STAYS_POOR);
        world.close(y2024);

        world.services.rounds().reopen(world.officer, y2023.id(), "Nhập nhầm thu nhập");
        world.review(y2023, h, notPoor());

        HouseholdReview refreshed = stored(y2024, h);
        assertThat(refreshed.transition()).isEqualTo(Transition.NEWLY_POOR);
        assertThat(refreshed.povertyClass()).isEqualTo(PovertyClass.POOR);
        assertThat(refreshed.meta().revision().number()).isEqualTo(later.meta().revision().number() + 1);
        assertThat(world.services.rounds().movement(y2024.id()).commune().poorHouseholds().newly()).isEqualTo(1);

        world.review(y2023, h, nearPoor());
        assertThat(stored(y2024, h).transition()).isEqualTo(Transition.NEAR_POOR_BECAME_POOR);
    }

    @Test
    void theHistoryOfAHouseholdListsItsRoundsInOrder() {
        Household h = world.household(world.villageA, "Nguyễn Văn An");
        ReviewRound y2024 = world.periodic(2024);
        world.review(y2024, h, poor());
        world.close(y2024);
        ReviewRound y2022 = world.periodic(2022);
        world.review(y2022, h, nearPoor());
        world.close(y2022);
        ReviewRound regular = world.regular(2024);
        world.review(regular, h, notPoor());

        List<ReviewService.HistoryEntry> history = reviews.history(h.id());

        assertThat(history).extracting(e -> e.round().id()).containsExactly(y2022.id(), y2024.id(), regular.id());
        assertThat(history).extracting(e -> e.review().povertyClass())
                .containsExactly(PovertyClass.NEAR_POOR, PovertyClass.POOR, PovertyClass.NOT_POOR);
        assertThat(history.get(1).review().transition()).as("refreshed when 2022 was entered afterwards")
                .isEqualTo(Transition.NEAR_POOR_BECAME_POOR);
        assertThat(history.get(2).review().transition()).isEqualTo(Transition.ESCAPED_ABOVE_NEAR_POOR);
    }

    @Test
    void theFormsContextHasThePreviousStandingAndTheSuggestedCategories() {
        List<MemberDetails> members = new ArrayList<>(family("Nguyễn Văn An"));
        members.set(1, withEthnicity(members.get(1), "02"));
        Household h = world.services.households().save(world.officer, COMMUNE,
                draft(null, details("9", world.villageA), members));
        ReviewRound y2023 = world.periodic(2023);
        world.review(y2023, h, poor());
        world.close(y2023);
        ReviewRound y2024 = world.periodic(2024);

        ReviewContext context = reviews.context(y2024.id(), h.id());

        assertThat(context.round().id()).isEqualTo(y2024.id());
        assertThat(context.standard().code()).isEqualTo("2022-2025");
        assertThat(context.existing()).isNull();
        assertThat(context.previous().povertyClass()).isEqualTo(PovertyClass.POOR);
        assertThat(context.suggested().ethnicMinority()).as("the head is Kinh").isFalse();
        assertThat(world.review(y2024, h, poor()).details().categories().ethnicMinority()).isFalse();

        world.services.settings().setMinorityRule(MinorityRule.HEAD_OR_SPOUSE);
        assertThat(reviews.context(y2024.id(), h.id()).suggested().ethnicMinority()).as("the spouse is Tày")
                .isTrue();
        assertThat(world.review(y2024, h, poor()).details().categories().ethnicMinority()).isTrue();
        assertThat(reviews.context(y2024.id(), h.id()).existing()).isNotNull();
    }

    @Test
    void statisticsCountReviewsByYearAndClassAndTheDigestFollowsThem() {
        List<Household> h = world.households(3);
        ReviewRound y2023 = world.periodic(2023);
        world.review(y2023, h.get(0), poor());
        world.review(y2023, h.get(1), poor());
        world.review(y2023, h.get(2), nearPoor());
        world.close(y2023);
        ReviewRound y2024 = world.periodic(2024);
        world.review(y2024, h.get(0), notPoor());
        String digestBefore = world.services.stats().stats(COMMUNE).digest();

        world.review(y2024, h.get(0), average());

        Stats stats = world.services.stats().stats(COMMUNE);
        assertThat(stats.rounds()).isEqualTo(2);
        assertThat(stats.reviews()).isEqualTo(Map.of(
                2023, Map.of(PovertyClass.POOR, 2L, PovertyClass.NEAR_POOR, 1L),
                2024, Map.of(PovertyClass.AVERAGE, 1L)));
        assertThat(stats.digest()).isNotEqualTo(digestBefore);
        assertThat(world.services.stats().stats(OTHER_COMMUNE).reviews()).isEmpty();
        assertThat(world.services.stats().stats(null).reviews()).isEqualTo(stats.reviews());
        assertThat(world.services.stats().stats(COMMUNE).digest()).as("reading changes nothing")
                .isEqualTo(stats.digest());
    }

    @Test
    void storedTransitionsAlwaysMatchTheTablesWhateverOrderReviewsAreEntered() {
        Random random = new Random(42);
        List<Household> h = world.households(12);
        List<ReviewRound> rounds = new ArrayList<>();
        List<java.util.function.Supplier<ReviewInput>> inputs = List.of(ReviewWorld::poor, ReviewWorld::nearPoor,
                ReviewWorld::average, ReviewWorld::notPoor);
        for (int year = 2022; year <= 2025; year++) {
            ReviewRound round = world.periodic(year);
            rounds.add(round);
            List<Household> order = new ArrayList<>(h);
            java.util.Collections.shuffle(order, random);
            for (Household household : order) {
                world.review(round, household, inputs.get(random.nextInt(inputs.size())).get());
            }
            world.close(round);
        }
        // corrections of earlier rounds, each reopened with a reason
        for (int k = 0; k < 6; k++) {
            ReviewRound round = rounds.get(random.nextInt(rounds.size()));
            world.services.rounds().reopen(world.officer, round.id(), "Sửa lần " + k);
            world.review(round, h.get(random.nextInt(h.size())), inputs.get(random.nextInt(inputs.size())).get());
            world.close(round);
        }

        for (ReviewRound round : rounds) {
            Map<Transition, Long> counted = new EnumMap<>(Transition.class);
            reviews.rows(round.id(), null).forEach(r -> counted.merge(r.review().transition(), 1L, Long::sum));
            RoundMovement movement = world.services.rounds().movement(round.id());
            assertThat(movement.balances()).isTrue();
            MovementCounts poorTable = movement.commune().poorHouseholds();
            MovementCounts nearTable = movement.commune().nearPoorHouseholds();
            String context = "round of " + round.year();
            assertThat(poorTable.toOtherClass()).as(context).isEqualTo(n(counted, Transition.ESCAPED_TO_NEAR_POOR));
            assertThat(poorTable.escapedAbove()).as(context)
                    .isEqualTo(n(counted, Transition.ESCAPED_ABOVE_NEAR_POOR));
            assertThat(poorTable.fromOtherClass()).as(context)
                    .isEqualTo(n(counted, Transition.NEAR_POOR_BECAME_POOR));
            assertThat(poorTable.returned()).as(context).isEqualTo(n(counted, Transition.RE_POOR));
            assertThat(poorTable.newly()).as(context).isEqualTo(n(counted, Transition.NEWLY_POOR));
            assertThat(poorTable.otherIncrease()).as(context).isEqualTo(n(counted, Transition.ENTERED_POOR));
            assertThat(nearTable.escapedAbove()).as(context).isEqualTo(n(counted, Transition.NEAR_POOR_ESCAPED));
            assertThat(nearTable.returned()).as(context).isEqualTo(n(counted, Transition.RE_NEAR_POOR));
            assertThat(nearTable.newly()).as(context).isEqualTo(n(counted, Transition.NEWLY_NEAR_POOR));
            assertThat(nearTable.otherIncrease()).as(context).isEqualTo(n(counted, Transition.ENTERED_NEAR_POOR));
        }
    }

    private static long n(Map<Transition, Long> counts, Transition t) {
        return counts.getOrDefault(t, 0L);
    }
}
