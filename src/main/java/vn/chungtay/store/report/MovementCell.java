package vn.chungtay.store.report;

import java.util.Objects;
import vn.chungtay.domain.review.PovertyClass;

/**
 * One cell of the movement aggregates between two states of the same communes, keyed by where the household stood on
 * this cell's side (commune, village, area). A "before" cell counts households poor or near-poor ({@code tracked})
 * before, by their class after ({@code other}; {@code null} when the commune's later state no longer has them) and
 * whether they were then still in the same village and area; for those still of the same class it sums the persons
 * they gained and lost. An "after" cell counts households poor or near-poor after, by their class before ({@code null}:
 * not in the commune's earlier state), whether they were then in the same village and area, and whether they were poor,
 * or near-poor, in a round before the previous one (for re-poor). From these facts every level — commune, village, and
 * either of them split by urban and rural — gets its tables, with the same rules.
 */
public record MovementCell(GroupKey key, boolean beforeSide, PovertyClass tracked, PovertyClass other,
                           boolean sameVillage, boolean sameArea, boolean everPoorEarlier,
                           boolean everNearPoorEarlier, long households, long persons, long personsGained,
                           long personsLost) {

    public MovementCell {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(tracked, "tracked");
    }
}
