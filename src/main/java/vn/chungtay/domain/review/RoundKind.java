package vn.chungtay.domain.review;

/**
 * Periodic review (every household, 1 September – 14 December) or regular review (any month, for households that ask
 * or whose situation changed), Decision 24/2021/QĐ-TTg.
 */
public enum RoundKind {
    PERIODIC("review.kind.periodic"),
    REGULAR("review.kind.regular");

    private final String messageKey;

    RoundKind(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
