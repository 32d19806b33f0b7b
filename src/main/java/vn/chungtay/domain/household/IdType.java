package vn.chungtay.domain.household;

/** The kind of identity document: a 12-digit citizen ID (CCCD), an old ID card (9 or 12 digits), or none. */
public enum IdType {
    CCCD("member.id-type.cccd"),
    OLD_ID("member.id-type.old-id"),
    NONE("member.id-type.none");

    private final String messageKey;

    IdType(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
