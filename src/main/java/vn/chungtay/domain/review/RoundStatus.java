package vn.chungtay.domain.review;

/** An open round takes reviews; a closed round is locked until it is explicitly reopened. */
public enum RoundStatus {
    OPEN("review.status.open"),
    CLOSED("review.status.closed");

    private final String messageKey;

    RoundStatus(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
