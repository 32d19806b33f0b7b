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
 * the persons' table balances too. The columns follow the rules of {@link MovementTally}.
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
        MovementTally tally = new MovementTally();
        for (HouseholdState was : before.values()) {
            if (!was.povertyClass().isPoorOrNearPoor() || !inUnit.test(was)) {
                continue;
            }
            HouseholdState now = after.get(was.householdId());
            if (now == null || !inUnit.test(now)) {
                tally.before(was.povertyClass(), null, 1, was.persons(), 0, 0);
            } else {
                int change = now.povertyClass() == was.povertyClass() ? now.persons() - was.persons() : 0;
                tally.before(was.povertyClass(), now.povertyClass(), 1, was.persons(), Math.max(change, 0),
                        Math.max(-change, 0));
            }
        }
        for (HouseholdState now : after.values()) {
            if (!now.povertyClass().isPoorOrNearPoor() || !inUnit.test(now)) {
                continue;
            }
            HouseholdState was = before.get(now.householdId());
            boolean wasInUnit = was != null && inUnit.test(was);
            tally.after(now.povertyClass(), wasInUnit ? was.povertyClass() : null,
                    everPoorEarlier.contains(now.householdId()), everNearPoorEarlier.contains(now.householdId()), 1,
                    now.persons());
        }
        return tally.movement();
    }
}
