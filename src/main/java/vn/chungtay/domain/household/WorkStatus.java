package vn.chungtay.domain.household;

/**
 * A member's status on the review forms: working, not working, in school; plus members unable to work, who make a
 * household "without working capacity" when no member can work (DOMAIN.md §1).
 */
public enum WorkStatus {
    WORKING("member.work.working"),
    NOT_WORKING("member.work.not-working"),
    IN_SCHOOL("member.work.in-school"),
    UNABLE_TO_WORK("member.work.unable");

    private final String messageKey;

    WorkStatus(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
