package vn.chungtay.domain.review;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chungtay.domain.review.PovertyClass.AVERAGE;
import static vn.chungtay.domain.review.PovertyClass.NEAR_POOR;
import static vn.chungtay.domain.review.PovertyClass.NOT_POOR;
import static vn.chungtay.domain.review.PovertyClass.POOR;
import static vn.chungtay.domain.review.ReviewData.VILLAGE_A;
import static vn.chungtay.domain.review.ReviewData.VILLAGE_B;
import static vn.chungtay.domain.review.ReviewData.household;
import static vn.chungtay.domain.review.ReviewData.state;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The movement tables from two hand-built sets of states with answers worked out by hand, and from many random ones,
 * where every table must balance and the commune's flows must equal the households' transitions.
 */
class MovementCalculatorTest {

    private static Map<UUID, HouseholdState> states(HouseholdState... states) {
        Map<UUID, HouseholdState> out = new HashMap<>();
        for (HouseholdState s : states) {
            out.put(s.householdId(), s);
        }
        return out;
    }

    private static MovementCounts counts(long start, long toOther, long escapedAbove, long otherDecrease,
                                         long fromOther, long returned, long newly, long otherIncrease, long end) {
        return new MovementCounts(start, toOther, escapedAbove, otherDecrease, fromOther, returned, newly,
                otherIncrease, end);
    }

    /**
     * Seventeen households in two villages, one of each kind of movement:
     * 1 stays poor and grows 4→5; 2 poor→near-poor; 3 poor→not poor; 4 poor→average; 5 near-poor→poor;
     * 6 not poor→poor, poor in an earlier round (re-poor); 7 not poor→poor (newly); 8 new household, poor;
     * 9 poor, gone; 10 poor, moved from village A to B; 11 stays near-poor and shrinks 2→1; 12 average→near-poor,
     * poor earlier; 13 not poor→near-poor, near-poor earlier; 14 not poor→near-poor (newly); 15 near-poor→not poor;
     * 16 near-poor, gone; 17 stays poor, same size.
     */
    private static MovementCalculator scenario() {
        Map<UUID, HouseholdState> before = states(
                state(1, POOR, 4, VILLAGE_A), state(2, POOR, 3, VILLAGE_A), state(3, POOR, 2, VILLAGE_A),
                state(4, POOR, 6, VILLAGE_A), state(5, NEAR_POOR, 4, VILLAGE_A), state(6, NOT_POOR, 3, VILLAGE_A),
                state(7, NOT_POOR, 5, VILLAGE_A), state(9, POOR, 3, VILLAGE_A), state(10, POOR, 4, VILLAGE_A),
                state(11, NEAR_POOR, 2, VILLAGE_A), state(12, AVERAGE, 3, VILLAGE_A),
                state(13, NOT_POOR, 4, VILLAGE_A), state(14, NOT_POOR, 2, VILLAGE_A),
                state(15, NEAR_POOR, 3, VILLAGE_A), state(16, NEAR_POOR, 2, VILLAGE_A), state(17, POOR, 2, VILLAGE_A));
        Map<UUID, HouseholdState> after = states(
                state(1, POOR, 5, VILLAGE_A), state(2, NEAR_POOR, 3, VILLAGE_A), state(3, NOT_POOR, 2, VILLAGE_A),
                state(4, AVERAGE, 6, VILLAGE_A), state(5, POOR, 4, VILLAGE_A), state(6, POOR, 3, VILLAGE_A),
                state(7, POOR, 5, VILLAGE_A), state(8, POOR, 2, VILLAGE_A), state(10, POOR, 4, VILLAGE_B),
                state(11, NEAR_POOR, 1, VILLAGE_A), state(12, NEAR_POOR, 3, VILLAGE_A),
                state(13, NEAR_POOR, 4, VILLAGE_A), state(14, NEAR_POOR, 2, VILLAGE_A),
                state(15, NOT_POOR, 3, VILLAGE_A), state(17, POOR, 2, VILLAGE_A));
        return new MovementCalculator(before, after, Set.of(household(6), household(12)), Set.of(household(13)));
    }

    @Test
    void theCommuneTablesOfTheHandBuiltScenario() {
        Movement m = scenario().movement(s -> true);

        assertThat(m.poorHouseholds()).isEqualTo(counts(7, 1, 2, 1, 1, 1, 1, 1, 7));
        assertThat(m.poorPersons()).as("the stayer's extra person is another increase")
                .isEqualTo(counts(24, 3, 8, 3, 4, 3, 5, 3, 25));
        assertThat(m.nearPoorHouseholds()).isEqualTo(counts(4, 1, 1, 1, 1, 2, 1, 0, 5));
        assertThat(m.nearPoorPersons()).as("the stayer's lost person is another decrease")
                .isEqualTo(counts(11, 4, 3, 3, 3, 7, 2, 0, 13));
        assertThat(m.balances()).isTrue();
    }

    @Test
    void aHouseholdThatMovesVillageLeavesOneAndEntersTheOther() {
        MovementCalculator calculator = scenario();

        Movement a = calculator.movement(s -> VILLAGE_A.equals(s.villageId()));
        Movement b = calculator.movement(s -> VILLAGE_B.equals(s.villageId()));

        assertThat(a.poorHouseholds()).isEqualTo(counts(7, 1, 2, 2, 1, 1, 1, 1, 6));
        assertThat(a.poorPersons()).isEqualTo(counts(24, 3, 8, 7, 4, 3, 5, 3, 21));
        assertThat(b.poorHouseholds()).isEqualTo(counts(0, 0, 0, 0, 0, 0, 0, 1, 1));
        assertThat(b.poorPersons()).isEqualTo(counts(0, 0, 0, 0, 0, 0, 0, 4, 4));
        assertThat(b.nearPoorHouseholds()).isEqualTo(MovementCounts.ZERO);
        assertThat(a.nearPoorHouseholds()).as("no near-poor household moved")
                .isEqualTo(scenario().movement(s -> true).nearPoorHouseholds());
        assertThat(a.balances()).isTrue();
        assertThat(b.balances()).isTrue();
        assertThat(a.poorHouseholds().end() + b.poorHouseholds().end()).isEqualTo(7);
    }

    @Test
    void aHouseholdThatMovesAndChangesClassIsAnOtherChangeInEachVillageButAnEscapeInTheCommune() {
        MovementCalculator calculator = new MovementCalculator(states(state(1, POOR, 5, VILLAGE_A)),
                states(state(1, NEAR_POOR, 5, VILLAGE_B)), Set.of(), Set.of());

        Movement commune = calculator.movement(s -> true);
        Movement a = calculator.movement(s -> VILLAGE_A.equals(s.villageId()));
        Movement b = calculator.movement(s -> VILLAGE_B.equals(s.villageId()));

        assertThat(commune.poorHouseholds()).isEqualTo(counts(1, 1, 0, 0, 0, 0, 0, 0, 0));
        assertThat(commune.nearPoorPersons()).isEqualTo(counts(0, 0, 0, 0, 5, 0, 0, 0, 5));
        assertThat(a.poorHouseholds()).isEqualTo(counts(1, 0, 0, 1, 0, 0, 0, 0, 0));
        assertThat(a.nearPoorHouseholds()).isEqualTo(MovementCounts.ZERO);
        assertThat(b.poorHouseholds()).isEqualTo(MovementCounts.ZERO);
        assertThat(b.nearPoorHouseholds()).isEqualTo(counts(0, 0, 0, 0, 0, 0, 0, 1, 1));
    }

    @Test
    void aFirstRoundIsAllOtherIncreases() {
        Movement m = new MovementCalculator(Map.of(), states(state(1, POOR, 3, VILLAGE_A),
                state(2, NEAR_POOR, 2, VILLAGE_A), state(3, NOT_POOR, 4, VILLAGE_A)), Set.of(), Set.of())
                .movement(s -> true);

        assertThat(m.poorHouseholds()).isEqualTo(counts(0, 0, 0, 0, 0, 0, 0, 1, 1));
        assertThat(m.poorPersons()).isEqualTo(counts(0, 0, 0, 0, 0, 0, 0, 3, 3));
        assertThat(m.nearPoorHouseholds()).isEqualTo(counts(0, 0, 0, 0, 0, 0, 0, 1, 1));
        assertThat(m.nearPoorPersons()).isEqualTo(counts(0, 0, 0, 0, 0, 0, 0, 2, 2));
    }

    @Test
    void nothingToCountIsAllZeroAndBalances() {
        Movement m = new MovementCalculator(Map.of(), Map.of(), Set.of(), Set.of()).movement(s -> true);

        assertThat(m).isEqualTo(Movement.ZERO);
        assertThat(m.balances()).isTrue();
    }

    @Test
    void aTableThatDoesNotAddUpIsCaught() {
        assertThat(counts(10, 1, 1, 1, 1, 1, 1, 1, 11).balances()).isTrue();
        assertThat(counts(10, 1, 1, 1, 1, 1, 1, 1, 12).balances()).isFalse();
        assertThat(new Movement(MovementCounts.ZERO, MovementCounts.ZERO, MovementCounts.ZERO,
                counts(0, 0, 0, 0, 0, 0, 0, 0, 1)).balances()).isFalse();
        assertThat(counts(10, 1, 2, 3, 4, 5, 6, 7, 16).outflows()).isEqualTo(6);
        assertThat(counts(10, 1, 2, 3, 4, 5, 6, 7, 16).inflows()).isEqualTo(22);
    }

    // ---- random states ---------------------------------------------------------------------------------------

    private static final PovertyClass[] CLASSES = PovertyClass.values();
    private static final UUID[] VILLAGES = {VILLAGE_A, VILLAGE_B, UUID.fromString("00000000-0000-7000-8000-00000000000c")};

    private static HouseholdState randomState(Random random, int household) {
        return state(household, CLASSES[random.nextInt(CLASSES.length)], 1 + random.nextInt(10),
                VILLAGES[random.nextInt(VILLAGES.length)]);
    }

    @Test
    void randomStatesAlwaysGiveBalancedTablesWhoseFlowsAreTheTransitions() {
        Random random = new Random(20_250_315L);
        for (int trial = 0; trial < 500; trial++) {
            int households = random.nextInt(60);
            Map<UUID, HouseholdState> before = new HashMap<>();
            Map<UUID, HouseholdState> after = new HashMap<>();
            Set<UUID> everPoor = new HashSet<>();
            Set<UUID> everNear = new HashSet<>();
            for (int h = 0; h < households; h++) {
                if (random.nextInt(5) > 0) {
                    before.put(household(h), randomState(random, h));
                }
                if (random.nextInt(5) > 0) {
                    after.put(household(h), randomState(random, h));
                }
                if (random.nextInt(4) == 0) {
                    everPoor.add(household(h));
                }
                if (random.nextInt(4) == 0) {
                    everNear.add(household(h));
                }
            }
            MovementCalculator calculator = new MovementCalculator(before, after, everPoor, everNear);
            Movement commune = calculator.movement(s -> true);
            String context = "trial " + trial;
            assertThat(commune.balances()).as(context).isTrue();
            Movement villages = Movement.ZERO;
            for (UUID village : VILLAGES) {
                Movement m = calculator.movement(s -> village.equals(s.villageId()));
                assertThat(m.balances()).as(context + " village " + village).isTrue();
                villages = villages.plus(m);
            }
            assertThat(villages.poorHouseholds().start()).isEqualTo(commune.poorHouseholds().start());
            assertThat(villages.poorPersons().end()).isEqualTo(commune.poorPersons().end());
            assertThat(villages.nearPoorPersons().start()).isEqualTo(commune.nearPoorPersons().start());

            Map<Transition, Long> transitions = new EnumMap<>(Transition.class);
            after.values().forEach(now -> {
                HouseholdState was = before.get(now.householdId());
                transitions.merge(Transition.of(was == null ? null : was.povertyClass(), now.povertyClass(),
                        everPoor.contains(now.householdId()), everNear.contains(now.householdId())), 1L, Long::sum);
            });
            long poorGone = before.values().stream().filter(s -> s.povertyClass() == POOR)
                    .filter(s -> !after.containsKey(s.householdId())).count();
            long nearGone = before.values().stream().filter(s -> s.povertyClass() == NEAR_POOR)
                    .filter(s -> !after.containsKey(s.householdId())).count();
            assertThat(commune.poorHouseholds()).as(context).isEqualTo(counts(
                    before.values().stream().filter(s -> s.povertyClass() == POOR).count(),
                    n(transitions, Transition.ESCAPED_TO_NEAR_POOR), n(transitions, Transition.ESCAPED_ABOVE_NEAR_POOR),
                    poorGone, n(transitions, Transition.NEAR_POOR_BECAME_POOR), n(transitions, Transition.RE_POOR),
                    n(transitions, Transition.NEWLY_POOR), n(transitions, Transition.ENTERED_POOR),
                    after.values().stream().filter(s -> s.povertyClass() == POOR).count()));
            assertThat(commune.nearPoorHouseholds()).as(context).isEqualTo(counts(
                    before.values().stream().filter(s -> s.povertyClass() == NEAR_POOR).count(),
                    n(transitions, Transition.NEAR_POOR_BECAME_POOR), n(transitions, Transition.NEAR_POOR_ESCAPED),
                    nearGone, n(transitions, Transition.ESCAPED_TO_NEAR_POOR), n(transitions, Transition.RE_NEAR_POOR),
                    n(transitions, Transition.NEWLY_NEAR_POOR), n(transitions, Transition.ENTERED_NEAR_POOR),
                    after.values().stream().filter(s -> s.povertyClass() == NEAR_POOR).count()));
        }
    }

    private static long n(Map<Transition, Long> counts, Transition t) {
        return counts.getOrDefault(t, 0L);
    }

    @Test
    void theHandBuiltTransitionsAreTheOnesTheCategoriesName() {
        Set<UUID> everPoor = Set.of(household(6), household(12));
        Set<UUID> everNear = Set.of(household(13));
        List<Transition> expected = List.of(Transition.STAYS_POOR, Transition.ESCAPED_TO_NEAR_POOR,
                Transition.ESCAPED_ABOVE_NEAR_POOR, Transition.ESCAPED_ABOVE_NEAR_POOR,
                Transition.NEAR_POOR_BECAME_POOR, Transition.RE_POOR, Transition.NEWLY_POOR);
        PovertyClass[][] moves = {{POOR, POOR}, {POOR, NEAR_POOR}, {POOR, NOT_POOR}, {POOR, AVERAGE},
                {NEAR_POOR, POOR}, {NOT_POOR, POOR}, {NOT_POOR, POOR}};
        for (int i = 0; i < moves.length; i++) {
            UUID id = household(i + 1);
            assertThat(Transition.of(moves[i][0], moves[i][1], everPoor.contains(id), everNear.contains(id)))
                    .as("household %d", i + 1).isEqualTo(expected.get(i));
        }
    }
}
