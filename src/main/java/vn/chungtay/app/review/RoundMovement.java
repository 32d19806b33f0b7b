package vn.chungtay.app.review;

import java.util.List;
import vn.chungtay.domain.review.Movement;
import vn.chungtay.domain.review.ReviewRound;
import vn.chungtay.domain.unit.Village;

/** A round's movement tables: the commune's, and each village's. */
public record RoundMovement(ReviewRound round, Movement commune, List<VillageMovement> villages) {

    public RoundMovement {
        villages = List.copyOf(villages);
    }

    /** One village's tables. */
    public record VillageMovement(Village village, Movement movement) {
    }

    /** True when every table balances, the commune's and each village's. */
    public boolean balances() {
        return commune.balances() && villages.stream().allMatch(v -> v.movement().balances());
    }
}
