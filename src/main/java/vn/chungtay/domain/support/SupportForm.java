package vn.chungtay.domain.support;

/** The form a support takes (DOMAIN.md §3): money, goods, a service, a loan, or a visit (with or without a gift). */
public enum SupportForm {
    CASH("support.form.cash"),
    IN_KIND("support.form.in-kind"),
    SERVICE("support.form.service"),
    CREDIT("support.form.credit"),
    VISIT("support.form.visit");

    private final String messageKey;

    SupportForm(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
