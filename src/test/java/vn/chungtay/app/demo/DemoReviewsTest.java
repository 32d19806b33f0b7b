package vn.chungtay.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Month;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.chungtay.app.identity.IdentityService;
import vn.chungtay.app.review.ShippedStandards;
import vn.chungtay.app.review.StandardService;
import vn.chungtay.app.work.Progress;
import vn.chungtay.domain.household.Household;
import vn.chungtay.domain.record.Uuids;
import vn.chungtay.domain.review.HouseholdCategories;
import vn.chungtay.domain.review.HouseholdReview;
import vn.chungtay.domain.review.MinorityRule;
import vn.chungtay.domain.review.PovertyClass;
import vn.chungtay.domain.review.PovertyClassifier;
import vn.chungtay.domain.review.ReviewRound;
import vn.chungtay.domain.review.RoundEvent;
import vn.chungtay.domain.review.RoundHistory;
import vn.chungtay.domain.review.RoundKind;
import vn.chungtay.domain.review.RoundStatus;
import vn.chungtay.domain.review.StandardDetails;
import vn.chungtay.domain.review.Transition;
import vn.chungtay.store.Database;
import vn.chungtay.store.DbLocation;
import vn.chungtay.store.Store;
import vn.chungtay.testsupport.Fixtures;

/**
 * The review years of one demo of 4,000 households, read back from the database: a closed periodic round per
 * commune and year 2022–2025, every household reviewed every year, levels and trends like Kon Tum's (DOMAIN.md §7:
 * about 20% poor, 36% of ethnic-minority households, Kinh far fewer), and classes and transitions exactly what the
 * classifier and the round history give for what was recorded.
 */
class DemoReviewsTest {

    private static final int HOUSEHOLDS = 4_000;
    private static final int YEARS = 4;

    private static Database database;
    private static Store store;
    private static StandardDetails standard;
    private static final Map<UUID, Household> households = new HashMap<>();
    private static List<ReviewRound> rounds;
    private static final List<HouseholdReview> reviews = new ArrayList<>();

    @BeforeAll
    static void generate() {
        database = Database.open(DbLocation.inMemory());
        store = new Store(database);
        IdentityService identity = new IdentityService(store, Fixtures.CLOCK, Uuids.system());
        new StandardService(store, Fixtures.CLOCK, Uuids.system(), ShippedStandards.load())
                .ensureShipped(identity.systemActor("ChungTay", StandardService.NATIONAL));
        new DemoService(store, Fixtures.CLOCK).generate(HOUSEHOLDS, 11, Progress.NONE);
        standard = store.reading().standards().find("2022-2025").orElseThrow().details();
        store.reading().households().forEachLive(null, h -> households.put(h.id(), h));
        rounds = store.reading().rounds().all();
        store.reading().reviews().forEachLive(null, reviews::add);
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void everyCommuneHasAClosedPeriodicRoundEachYearWithItsLog() {
        Set<String> communes = households.values().stream().map(Household::communeCode).collect(Collectors.toSet());

        assertThat(rounds).hasSize(communes.size() * YEARS);
        for (String commune : communes) {
            assertThat(rounds.stream().filter(r -> r.communeCode().equals(commune)).map(ReviewRound::year))
                    .as(commune).containsExactlyInAnyOrder(2022, 2023, 2024, 2025);
        }
        assertThat(rounds).allSatisfy(r -> {
            assertThat(r.kind()).isEqualTo(RoundKind.PERIODIC);
            assertThat(r.status()).isEqualTo(RoundStatus.CLOSED);
            assertThat(r.standardCode()).isEqualTo("2022-2025");
            assertThat(r.meta().ownerUnit()).isEqualTo(r.communeCode());
            assertThat(r.openedOn().getYear()).isEqualTo(r.year());
            assertThat(r.openedOn().getMonth()).isEqualTo(Month.SEPTEMBER);
            assertThat(r.closedOn().getYear()).isEqualTo(r.year());
            assertThat(r.closedOn().getMonth()).isEqualTo(Month.DECEMBER);
            assertThat(r.closedOn().getDayOfMonth()).isBetween(1, 14);
            assertThat(store.reading().rounds().events(r.id())).extracting(RoundEvent::kind)
                    .containsExactly(RoundEvent.Kind.OPENED, RoundEvent.Kind.CLOSED);
        });
    }

    @Test
    void everyHouseholdOfTheCommuneIsReviewedOnceInEveryRound() {
        Map<UUID, List<HouseholdReview>> byRound = reviews.stream()
                .collect(Collectors.groupingBy(HouseholdReview::roundId));

        assertThat(reviews).hasSize(HOUSEHOLDS * YEARS);
        for (ReviewRound round : rounds) {
            Set<UUID> expected = households.values().stream()
                    .filter(h -> h.communeCode().equals(round.communeCode())).map(Household::id)
                    .collect(Collectors.toSet());
            List<HouseholdReview> inRound = byRound.getOrDefault(round.id(), List.of());
            assertThat(inRound).extracting(HouseholdReview::householdId).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(expected);
            assertThat(inRound).allSatisfy(r -> assertThat(r.year()).isEqualTo(round.year()));
        }
    }

    @Test
    void eachReviewRecordsTheHouseholdAsItIs() {
        List<String> order = standard.indicators().stream().map(i -> i.code()).toList();
        for (HouseholdReview r : reviews) {
            Household h = households.get(r.householdId());
            assertThat(r.meta().ownerUnit()).isEqualTo(h.communeCode());
            assertThat(r.details().villageId()).isEqualTo(h.details().villageId());
            assertThat(r.details().area()).isEqualTo(h.details().area());
            assertThat(r.details().persons()).isEqualTo(h.members().size());
            HouseholdCategories suggested = HouseholdCategories.suggested(h, MinorityRule.HEAD);
            HouseholdCategories c = r.details().categories();
            assertThat(c.ethnicMinority()).isEqualTo(suggested.ethnicMinority());
            assertThat(c.noWorkCapacity()).isEqualTo(suggested.noWorkCapacity());
            assertThat(c.femaleHead()).isEqualTo(suggested.femaleHead());
            assertThat(r.details().lacking()).isSortedAccordingTo((a, b) -> order.indexOf(a) - order.indexOf(b))
                    .doesNotHaveDuplicates().allSatisfy(code -> assertThat(order).contains(code));
            assertThat(r.details().reviewer()).isNotBlank();
            assertThat(r.details().reviewedOn().getYear()).isEqualTo(r.year());
            assertThat(r.details().reviewedOn().getMonth()).isIn(Month.OCTOBER, Month.NOVEMBER);
            assertThat(r.details().note()).isEmpty();
        }
        long meritorious = reviews.stream().filter(r -> r.year() == 2022 && r.details().categories().meritorious())
                .count();
        assertThat((double) meritorious / HOUSEHOLDS).isBetween(0.005, 0.03);
    }

    @Test
    void everyClassIsTheClassifiersAnswerForWhatWasRecorded() {
        for (HouseholdReview r : reviews) {
            PovertyClass expected = PovertyClassifier.classify(standard, r.details().area(), r.details().evidence(),
                    r.details().lacking()).povertyClass();
            assertThat(r.povertyClass()).as(r.householdId() + " in " + r.year()).isEqualTo(expected);
        }
    }

    @Test
    void everyTransitionIsWhatTheRoundHistoryGives() {
        Map<String, List<ReviewRound>> roundsByCommune = rounds.stream()
                .collect(Collectors.groupingBy(ReviewRound::communeCode));
        Map<UUID, ReviewRound> roundById = rounds.stream()
                .collect(Collectors.toMap(ReviewRound::id, Function.identity()));
        Map<String, List<HouseholdReview>> reviewsByCommune = reviews.stream()
                .collect(Collectors.groupingBy(r -> roundById.get(r.roundId()).communeCode()));
        for (Map.Entry<String, List<ReviewRound>> e : roundsByCommune.entrySet()) {
            RoundHistory history = new RoundHistory(e.getValue(), reviewsByCommune.get(e.getKey()));
            for (HouseholdReview r : reviewsByCommune.get(e.getKey())) {
                assertThat(r.transition()).as(r.householdId() + " in " + r.year())
                        .isEqualTo(history.transition(r.roundId(), r.householdId(), r.povertyClass()));
            }
        }
    }

    @Test
    void aboutAFifthArePoorIn2022AndOverAThirdOfMinorityHouseholdsFarAboveTheKinh() {
        Shares s = shares(2022);

        assertThat(s.poor()).isBetween(0.14, 0.26);
        assertThat(s.minorityPoor()).isBetween(0.28, 0.45);
        assertThat(s.minorityPoor()).isGreaterThan(3 * s.kinhPoor());
        assertThat(s.nearPoor()).as("roughly half as many near-poor as poor")
                .isBetween(0.3 * s.poor(), 0.8 * s.poor());
    }

    @Test
    void povertyFallsEveryYear() {
        for (int year = 2023; year <= 2025; year++) {
            assertThat(shares(year).poor()).as(Integer.toString(year)).isLessThan(shares(year - 1).poor());
            assertThat(shares(year).minorityPoor()).as(Integer.toString(year))
                    .isLessThan(shares(year - 1).minorityPoor());
        }
        assertThat(shares(2022).poor() - shares(2025).poor()).as("a few points a year").isBetween(0.03, 0.2);
    }

    @Test
    void someHouseholdsFallBackIntoPovertyOrBecomePoorForTheFirstTime() {
        Map<Transition, Long> transitions = new EnumMap<>(Transition.class);
        reviews.forEach(r -> transitions.merge(r.transition(), 1L, Long::sum));

        assertThat(transitions.get(Transition.ENTERED_POOR)).isEqualTo(count(2022, PovertyClass.POOR));
        assertThat(transitions.getOrDefault(Transition.RE_POOR, 0L)).isPositive();
        assertThat(transitions.getOrDefault(Transition.NEWLY_POOR, 0L)).isGreaterThanOrEqualTo(5);
        assertThat(transitions.getOrDefault(Transition.NEAR_POOR_BECAME_POOR, 0L)).isPositive();
        assertThat(transitions.getOrDefault(Transition.ESCAPED_TO_NEAR_POOR, 0L)).isPositive();
        assertThat(transitions.getOrDefault(Transition.ESCAPED_ABOVE_NEAR_POOR, 0L)).isPositive();
        assertThat(reviews.stream().filter(r -> r.year() > 2022).map(HouseholdReview::transition))
                .noneMatch(t -> t.name().startsWith("ENTERED"));
    }

    private static long count(int year, PovertyClass povertyClass) {
        return reviews.stream().filter(r -> r.year() == year && r.povertyClass() == povertyClass).count();
    }

    /** Shares of the year's reviews: poor and near-poor overall, poor among minority and among Kinh households. */
    private record Shares(double poor, double nearPoor, double minorityPoor, double kinhPoor) {
    }

    private static Shares shares(int year) {
        long all = 0;
        long poor = 0;
        long near = 0;
        long minority = 0;
        long minorityPoor = 0;
        long kinhPoor = 0;
        for (HouseholdReview r : reviews) {
            if (r.year() != year) {
                continue;
            }
            all++;
            boolean isPoor = r.povertyClass() == PovertyClass.POOR;
            poor += isPoor ? 1 : 0;
            near += r.povertyClass() == PovertyClass.NEAR_POOR ? 1 : 0;
            if (r.details().categories().ethnicMinority()) {
                minority++;
                minorityPoor += isPoor ? 1 : 0;
            } else {
                kinhPoor += isPoor ? 1 : 0;
            }
        }
        return new Shares((double) poor / all, (double) near / all, (double) minorityPoor / minority,
                (double) kinhPoor / (all - minority));
    }
}
