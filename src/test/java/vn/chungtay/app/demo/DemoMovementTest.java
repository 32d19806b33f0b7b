package vn.chungtay.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.chungtay.app.review.RoundMovement;
import vn.chungtay.app.review.RoundService;
import vn.chungtay.app.work.Progress;
import vn.chungtay.domain.record.Uuids;
import vn.chungtay.domain.review.HouseholdReview;
import vn.chungtay.domain.review.Movement;
import vn.chungtay.domain.review.MovementCounts;
import vn.chungtay.domain.review.PovertyClass;
import vn.chungtay.domain.review.ReviewRound;
import vn.chungtay.domain.review.Transition;
import vn.chungtay.store.Database;
import vn.chungtay.store.DbLocation;
import vn.chungtay.store.Store;
import vn.chungtay.testsupport.Fixtures;

/**
 * The movement tables of the demo's review years balance for every commune, village and year, households and persons,
 * poor and near-poor (DOMAIN.md §2) — as the round service computes them, and as a count written here from the
 * reviews of consecutive rounds alone, which they must equal.
 */
class DemoMovementTest {

    private static Database database;
    private static Store store;
    private static RoundService roundService;
    private static Map<String, List<ReviewRound>> roundsByCommune;
    private static Map<UUID, List<HouseholdReview>> reviewsByRound;

    @BeforeAll
    static void generate() {
        database = Database.open(DbLocation.inMemory());
        store = new Store(database);
        new DemoService(store, Fixtures.CLOCK).generate(3_000, 3, Progress.NONE);
        roundService = new RoundService(store, Fixtures.CLOCK, Uuids.system());
        roundsByCommune = store.reading().rounds().all().stream()
                .collect(Collectors.groupingBy(ReviewRound::communeCode));
        roundsByCommune.values().forEach(l -> l.sort(Comparator.comparingInt(ReviewRound::year)));
        List<HouseholdReview> reviews = new ArrayList<>();
        store.reading().reviews().forEachLive(null, reviews::add);
        reviewsByRound = reviews.stream().collect(Collectors.groupingBy(HouseholdReview::roundId));
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void everyTableBalancesAndEqualsACountOfTheReviewsOfConsecutiveRounds() {
        int tables = 0;
        for (List<ReviewRound> rounds : roundsByCommune.values()) {
            Set<UUID> poorEarlier = new HashSet<>();
            Set<UUID> nearPoorEarlier = new HashSet<>();
            Map<UUID, HouseholdReview> before = Map.of();
            for (int k = 0; k < rounds.size(); k++) {
                ReviewRound round = rounds.get(k);
                Map<UUID, HouseholdReview> after = byHousehold(reviewsByRound.get(round.id()));
                RoundMovement movement = roundService.movement(round.id());

                assertThat(movement.balances()).as(round.communeCode() + " " + round.year()).isTrue();
                assertTables(movement.commune(), before, after, poorEarlier, nearPoorEarlier, r -> true);
                for (RoundMovement.VillageMovement v : movement.villages()) {
                    UUID village = v.village().meta().id();
                    assertTables(v.movement(), before, after, poorEarlier, nearPoorEarlier,
                            r -> r.details().villageId().equals(village));
                    tables++;
                }
                assertThat(movement.villages().stream().map(RoundMovement.VillageMovement::movement)
                        .reduce(Movement.ZERO, Movement::plus)).as("the villages add up to the commune")
                        .isEqualTo(movement.commune());
                assertTransitionsAgree(round, movement.commune());

                before.values().stream().filter(r -> r.povertyClass() == PovertyClass.POOR)
                        .forEach(r -> poorEarlier.add(r.householdId()));
                before.values().stream().filter(r -> r.povertyClass() == PovertyClass.NEAR_POOR)
                        .forEach(r -> nearPoorEarlier.add(r.householdId()));
                before = after;
            }
        }
        assertThat(tables).isPositive();
    }

    @Test
    void afterTheFirstYearNoHouseholdComesOrGoesAndSomeMove() {
        long moved = 0;
        for (List<ReviewRound> rounds : roundsByCommune.values()) {
            for (ReviewRound round : rounds.subList(1, rounds.size())) {
                Movement m = roundService.movement(round.id()).commune();
                for (MovementCounts c : List.of(m.poorHouseholds(), m.poorPersons(), m.nearPoorHouseholds(),
                        m.nearPoorPersons())) {
                    assertThat(c.otherDecrease()).isZero();
                    assertThat(c.otherIncrease()).isZero();
                }
                moved += m.poorHouseholds().escapedAbove() + m.poorHouseholds().toOtherClass()
                        + m.poorHouseholds().newly() + m.poorHouseholds().returned();
            }
        }
        assertThat(moved).isPositive();
    }

    /** The commune's poor table counts the transitions the reviews carry. */
    private static void assertTransitionsAgree(ReviewRound round, Movement commune) {
        Map<Transition, Long> t = reviewsByRound.get(round.id()).stream()
                .collect(Collectors.groupingBy(HouseholdReview::transition, Collectors.counting()));
        MovementCounts poor = commune.poorHouseholds();
        assertThat(t.getOrDefault(Transition.ESCAPED_TO_NEAR_POOR, 0L)).isEqualTo(poor.toOtherClass());
        assertThat(t.getOrDefault(Transition.ESCAPED_ABOVE_NEAR_POOR, 0L)).isEqualTo(poor.escapedAbove());
        assertThat(t.getOrDefault(Transition.NEAR_POOR_BECAME_POOR, 0L)).isEqualTo(poor.fromOtherClass());
        assertThat(t.getOrDefault(Transition.RE_POOR, 0L)).isEqualTo(poor.returned());
        assertThat(t.getOrDefault(Transition.NEWLY_POOR, 0L)).isEqualTo(poor.newly());
        assertThat(t.getOrDefault(Transition.ENTERED_POOR, 0L)).isEqualTo(poor.otherIncrease());
        MovementCounts near = commune.nearPoorHouseholds();
        assertThat(t.getOrDefault(Transition.NEAR_POOR_ESCAPED, 0L)).isEqualTo(near.escapedAbove());
        assertThat(t.getOrDefault(Transition.RE_NEAR_POOR, 0L)).isEqualTo(near.returned());
        assertThat(t.getOrDefault(Transition.NEWLY_NEAR_POOR, 0L)).isEqualTo(near.newly());
    }

    private static void assertTables(Movement actual, Map<UUID, HouseholdReview> before,
                                     Map<UUID, HouseholdReview> after, Set<UUID> poorEarlier,
                                     Set<UUID> nearPoorEarlier, Predicate<HouseholdReview> inUnit) {
        Set<UUID> poorOrNearEarlier = new HashSet<>(poorEarlier);
        poorOrNearEarlier.addAll(nearPoorEarlier);
        long[][] poor = count(PovertyClass.POOR, PovertyClass.NEAR_POOR, before, after, poorEarlier, inUnit);
        long[][] near = count(PovertyClass.NEAR_POOR, PovertyClass.POOR, before, after, poorOrNearEarlier, inUnit);
        assertThat(actual.poorHouseholds()).isEqualTo(counts(poor[0]));
        assertThat(actual.poorPersons()).isEqualTo(counts(poor[1]));
        assertThat(actual.nearPoorHouseholds()).isEqualTo(counts(near[0]));
        assertThat(actual.nearPoorPersons()).isEqualTo(counts(near[1]));
        for (long[] line : List.of(poor[0], poor[1], near[0], near[1])) {
            assertThat(line[8]).as("end = start − decreases + increases")
                    .isEqualTo(line[0] - line[1] - line[2] - line[3] + line[4] + line[5] + line[6] + line[7]);
        }
    }

    /**
     * One table counted from the reviews: [households, persons] × [start, to the other class, escaped above, other
     * decrease, from the other class, returned, newly, other increase, end].
     */
    private static long[][] count(PovertyClass tracked, PovertyClass other, Map<UUID, HouseholdReview> before,
                                  Map<UUID, HouseholdReview> after, Set<UUID> returning,
                                  Predicate<HouseholdReview> inUnit) {
        long[] h = new long[9];
        long[] p = new long[9];
        for (HouseholdReview was : before.values()) {
            if (was.povertyClass() != tracked || !inUnit.test(was)) {
                continue;
            }
            int persons = was.details().persons();
            add(h, p, 0, persons);
            HouseholdReview now = after.get(was.householdId());
            if (now == null || !inUnit.test(now)) {
                add(h, p, 3, persons);
            } else if (now.povertyClass() == other) {
                add(h, p, 1, persons);
            } else if (now.povertyClass() != tracked) {
                add(h, p, 2, persons);
            } else if (now.details().persons() > persons) {
                p[7] += now.details().persons() - persons;
            } else {
                p[3] += persons - now.details().persons();
            }
        }
        for (HouseholdReview now : after.values()) {
            if (now.povertyClass() != tracked || !inUnit.test(now)) {
                continue;
            }
            int persons = now.details().persons();
            add(h, p, 8, persons);
            HouseholdReview was = before.get(now.householdId());
            if (was == null || !inUnit.test(was)) {
                add(h, p, 7, persons);
            } else if (was.povertyClass() == other) {
                add(h, p, 4, persons);
            } else if (was.povertyClass() != tracked) {
                add(h, p, returning.contains(now.householdId()) ? 5 : 6, persons);
            }
        }
        return new long[][] {h, p};
    }

    private static void add(long[] households, long[] persons, int column, int count) {
        households[column]++;
        persons[column] += count;
    }

    private static MovementCounts counts(long[] c) {
        return new MovementCounts(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8]);
    }

    private static Map<UUID, HouseholdReview> byHousehold(List<HouseholdReview> reviews) {
        Map<UUID, HouseholdReview> out = new HashMap<>();
        reviews.forEach(r -> out.put(r.householdId(), r));
        return out;
    }
}
