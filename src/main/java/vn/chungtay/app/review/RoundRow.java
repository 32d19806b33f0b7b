package vn.chungtay.app.review;

import vn.chungtay.domain.household.HouseholdSummary;
import vn.chungtay.domain.review.HouseholdReview;

/** A household in a round's list: the household, and its review in the round ({@code null}: not yet reviewed). */
public record RoundRow(HouseholdSummary household, HouseholdReview review) {

    public boolean reviewed() {
        return review != null;
    }
}
