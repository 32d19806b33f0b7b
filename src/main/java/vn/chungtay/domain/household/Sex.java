package vn.chungtay.domain.household;

/** Sex as recorded on the review forms and encoded in a CCCD's century/sex digit. */
public enum Sex {
    MALE("member.sex.male"),
    FEMALE("member.sex.female");

    private final String messageKey;

    Sex(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
