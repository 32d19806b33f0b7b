package vn.chungtay.domain.support;

/** What support totals can be grouped by. */
public enum SupportDimension {
    PROGRAMME("support.dimension.programme"),
    KIND("support.dimension.kind"),
    SOURCE("support.dimension.source"),
    FORM("support.dimension.form"),
    YEAR("support.dimension.year"),
    VILLAGE("support.dimension.village");

    private final String messageKey;

    SupportDimension(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
