package vn.chungtay.app.review;

import vn.chungtay.domain.household.Household;
import vn.chungtay.domain.review.HouseholdCategories;
import vn.chungtay.domain.review.HouseholdReview;
import vn.chungtay.domain.review.HouseholdState;
import vn.chungtay.domain.review.PovertyStandard;
import vn.chungtay.domain.review.ReviewRound;

/**
 * Everything the review form of one household needs: the round and its standard, the household, its review in this
 * round if there is one, its standing as of the previous round ({@code null} when never reviewed), and the
 * categories the register suggests.
 */
public record ReviewContext(ReviewRound round, PovertyStandard standard, Household household,
                            HouseholdReview existing, HouseholdState previous, HouseholdCategories suggested) {
}
