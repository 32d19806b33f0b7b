package vn.chungtay.domain.review;

/**
 * The rules that put households into the columns of the movement tables (DOMAIN.md §2), fed group by group: one
 * household at a time by {@link MovementCalculator}, or many alike at once from database aggregates by the reports.
 * Both paths share these rules, so a report's table is the round's table.
 *
 * <p>A household poor or near-poor in the unit before is "leaving" its class unless it is of that class in the unit
 * after; one poor or near-poor in the unit after is "arriving" unless it was of that class there before. Which column
 * it falls in follows {@link Transition#of}. A household that stays in its class but changed size counts the persons
 * gained or lost as another increase or decrease, so the persons' table balances too.
 */
public final class MovementTally {

    private final Counter poorHouseholds = new Counter();
    private final Counter poorPersons = new Counter();
    private final Counter nearHouseholds = new Counter();
    private final Counter nearPersons = new Counter();

    /**
     * Households that were of class {@code was} (poor or near-poor) in the unit before.
     *
     * @param now           their class in the unit after; {@code null} when they are no longer in the unit
     * @param personsGained for those that stayed in their class, the persons they gained
     * @param personsLost   for those that stayed in their class, the persons they lost
     */
    public void before(PovertyClass was, PovertyClass now, long households, long persons, long personsGained,
                       long personsLost) {
        Counter h = households(was);
        Counter p = persons(was);
        h.start += households;
        p.start += persons;
        if (now == null) {
            h.otherDecrease += households;
            p.otherDecrease += persons;
            return;
        }
        switch (Transition.of(was, now, false, false)) {
            case STAYS_POOR, STAYS_NEAR_POOR -> {
                p.otherIncrease += personsGained;
                p.otherDecrease += personsLost;
            }
            case ESCAPED_TO_NEAR_POOR, NEAR_POOR_BECAME_POOR -> {
                h.toOtherClass += households;
                p.toOtherClass += persons;
            }
            default -> {
                h.escapedAbove += households;
                p.escapedAbove += persons;
            }
        }
    }

    /**
     * Households of class {@code now} (poor or near-poor) in the unit after.
     *
     * @param was                 their class in the unit before; {@code null} when they were not in the unit
     * @param everPoorEarlier     they were poor in a round before the previous one
     * @param everNearPoorEarlier they were near-poor in a round before the previous one
     */
    public void after(PovertyClass now, PovertyClass was, boolean everPoorEarlier, boolean everNearPoorEarlier,
                      long households, long persons) {
        Counter h = households(now);
        Counter p = persons(now);
        h.end += households;
        p.end += persons;
        if (was == null) {
            h.otherIncrease += households;
            p.otherIncrease += persons;
            return;
        }
        switch (Transition.of(was, now, everPoorEarlier, everNearPoorEarlier)) {
            case STAYS_POOR, STAYS_NEAR_POOR -> {
                // counted when it left the "before" side: nothing arrives
            }
            case NEAR_POOR_BECAME_POOR, ESCAPED_TO_NEAR_POOR -> {
                h.fromOtherClass += households;
                p.fromOtherClass += persons;
            }
            case RE_POOR, RE_NEAR_POOR -> {
                h.returned += households;
                p.returned += persons;
            }
            default -> {
                h.newly += households;
                p.newly += persons;
            }
        }
    }

    public Movement movement() {
        return new Movement(poorHouseholds.counts(), poorPersons.counts(), nearHouseholds.counts(),
                nearPersons.counts());
    }

    private Counter households(PovertyClass c) {
        return switch (c) {
            case POOR -> poorHouseholds;
            case NEAR_POOR -> nearHouseholds;
            default -> throw new IllegalArgumentException("the movement tables follow the poor and near-poor only");
        };
    }

    private Counter persons(PovertyClass c) {
        return c == PovertyClass.POOR ? poorPersons : nearPersons;
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
