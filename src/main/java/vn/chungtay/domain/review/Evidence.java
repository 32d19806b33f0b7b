package vn.chungtay.domain.review;

/**
 * What a review knows of a household's means: the average income per person per month, or the B1 proxy score that
 * estimates it (Circular 07/2021/TT-BLĐTBXH).
 */
public sealed interface Evidence {

    /** Average income in VND per person per month. */
    record Income(long vndPerPersonMonth) implements Evidence {
    }

    /** The B1 proxy score of the review form. */
    record B1Score(int points) implements Evidence {
    }
}
