package vn.chungtay.store.report;

import java.util.Objects;
import vn.chungtay.domain.review.PovertyClass;

/**
 * One cell of the movement aggregates, in a group. A "before" cell counts households that were poor or near-poor
 * ({@code tracked}) in the group before, by their class after ({@code counterpart}; {@code null} when they are no
 * longer in the group), with the persons gained and lost by those that stayed in their class. An "after" cell counts
 * households poor or near-poor in the group after, by their class before ({@code null}: not in the group before) and
 * whether they were poor, or near-poor, in a round before the previous one (for re-poor).
 */
public record MovementCell(GroupKey key, boolean beforeSide, PovertyClass tracked, PovertyClass counterpart,
                           boolean everPoorEarlier, boolean everNearPoorEarlier, long households, long persons,
                           long personsGained, long personsLost) {

    public MovementCell {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(tracked, "tracked");
    }
}
