package vn.chungtay.domain.review;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Computes the movement tables of a unit from the households' states before (as of the previous round) and after (as
 * of this round). A household counts in the unit when its state there satisfies {@code inUnit}: a household that
 * moved between two villages leaves one (other decrease) and enters the other (other increase). For persons, a
 * household that stays in its class but changed size counts the difference as another increase or decrease, so that
 * the persons' table balances too.
 */
public final class MovementCalculator {

    private final Map<UUID, HouseholdState> before;
    private final Map<UUID, HouseholdState> after;
    private final Set<UUID> everPoorEarlier;
    private final Set<UUID> everNearPoorEarlier;

    /**
     * @param everPoorEarlier     households poor in some round before the previous one (for re-poor)
     * @param everNearPoorEarlier households near-poor in some round before the previous one (for re-near-poor)
     */
    public MovementCalculator(Map<UUID, HouseholdState> before, Map<UUID, HouseholdState> after,
                              Set<UUID> everPoorEarlier, Set<UUID> everNearPoorEarlier) {
        this.before = before;
        this.after = after;
        this.everPoorEarlier = everPoorEarlier;
        this.everNearPoorEarlier = everNearPoorEarlier;
    }

    /** The tables for the households that {@code inUnit} accepts (a village, a commune, …). */
    public Movement movement(Predicate<HouseholdState> inUnit) {
        Counter poorH = new Counter();
        Counter poorP = new Counter();
        Counter nearH = new Counter();
        Counter nearP = new Counter();
        count(PovertyClass.POOR, PovertyClass.NEAR_POOR, everPoorEarlier, inUnit, poorH, poorP);
        count(PovertyClass.NEAR_POOR, PovertyClass.POOR, everNearPoorEarlier, inUnit, nearH, nearP);
        return new Movement(poorH.counts(), poorP.counts(), nearH.counts(), nearP.counts());
    }

    private void count(PovertyClass tracked, PovertyClass other, Set<UUID> everEarlier,
                       Predicate<HouseholdState> inUnit, Counter households, Counter persons) {
        for (HouseholdState was : before.values()) {
            if (was.povertyClass() != tracked || !inUnit.test(was)) {
                continue;
            }
            households.start++;
            persons.start += was.persons();
            HouseholdState now = after.get(was.householdId());
            if (now == null || !inUnit.test(now)) {
                households.otherDecrease++;
                persons.otherDecrease += was.persons();
            } else if (now.povertyClass() == tracked) {
                int change = now.persons() - was.persons();
                if (change > 0) {
                    persons.otherIncrease += change;
                } else {
                    persons.otherDecrease -= change;
                }
            } else if (now.povertyClass() == other) {
                households.toOtherClass++;
                persons.toOtherClass += was.persons();
            } else {
                households.escapedAbove++;
                persons.escapedAbove += was.persons();
            }
        }
        for (HouseholdState now : after.values()) {
            if (now.povertyClass() != tracked || !inUnit.test(now)) {
                continue;
            }
            households.end++;
            persons.end += now.persons();
            HouseholdState was = before.get(now.householdId());
            if (was != null && inUnit.test(was) && was.povertyClass() == tracked) {
                continue;
            }
            if (was == null || !inUnit.test(was)) {
                households.otherIncrease++;
                persons.otherIncrease += now.persons();
            } else if (was.povertyClass() == other) {
                households.fromOtherClass++;
                persons.fromOtherClass += now.persons();
            } else if (everEarlier.contains(now.householdId())
                    || (tracked == PovertyClass.NEAR_POOR && everPoorEarlier.contains(now.householdId()))) {
                households.returned++;
                persons.returned += now.persons();
            } else {
                households.newly++;
                persons.newly += now.persons();
            }
        }
    }

    private static final class Counter {
        long start;
        long toOtherClass;
        long escapedAbove;
        long otherDecrease;
        long fromOtherClass;
        long returned;
        long newly;
        long otherIncrease;
        long end;

        MovementCounts counts() {
            return new MovementCounts(start, toOtherClass, escapedAbove, otherDecrease, fromOtherClass, returned,
                    newly, otherIncrease, end);
        }
    }
}
