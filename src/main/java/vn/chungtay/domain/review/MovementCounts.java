package vn.chungtay.domain.review;

/**
 * One line of a movement table (DOMAIN.md §2), households or persons, for the poor or the near-poor:
 * {@code end = start − toOtherClass − escapedAbove − otherDecrease + fromOtherClass + returned + newly + otherIncrease}.
 * For the poor, "other class" is the near-poor (escaped to near-poor; near-poor became poor) and "returned" is re-poor;
 * for the near-poor it is the poor (became poor; poor escaped to near-poor) and re-near-poor.
 */
public record MovementCounts(long start, long toOtherClass, long escapedAbove, long otherDecrease,
                             long fromOtherClass, long returned, long newly, long otherIncrease, long end) {

    public static final MovementCounts ZERO = new MovementCounts(0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** True when the end follows from the start and the flows, as a published table must. */
    public boolean balances() {
        return end == start - toOtherClass - escapedAbove - otherDecrease + fromOtherClass + returned + newly
                + otherIncrease;
    }

    public long outflows() {
        return toOtherClass + escapedAbove + otherDecrease;
    }

    public long inflows() {
        return fromOtherClass + returned + newly + otherIncrease;
    }

    public MovementCounts plus(MovementCounts o) {
        return new MovementCounts(start + o.start, toOtherClass + o.toOtherClass, escapedAbove + o.escapedAbove,
                otherDecrease + o.otherDecrease, fromOtherClass + o.fromOtherClass, returned + o.returned,
                newly + o.newly, otherIncrease + o.otherIncrease, end + o.end);
    }
}
