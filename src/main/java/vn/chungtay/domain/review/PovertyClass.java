package vn.chungtay.domain.review;

/**
 * The class a review gives a household (DOMAIN.md §1): poor, near-poor, of average living standard (only where a
 * standard defines that band), or none of these.
 */
public enum PovertyClass {
    POOR("review.class.poor"),
    NEAR_POOR("review.class.near-poor"),
    AVERAGE("review.class.average"),
    NOT_POOR("review.class.not-poor");

    private final String messageKey;

    PovertyClass(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }

    /** Poor or near-poor: the two classes the movement tables follow. */
    public boolean isPoorOrNearPoor() {
        return this == POOR || this == NEAR_POOR;
    }
}
