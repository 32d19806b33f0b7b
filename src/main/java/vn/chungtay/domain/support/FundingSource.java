package vn.chungtay.domain.support;

/** Where the money for a support came from, as the programme reports split it. */
public enum FundingSource {
    CENTRAL_BUDGET("support.source.central-budget"),
    LOCAL_BUDGET("support.source.local-budget"),
    SOCIAL_POLICY_BANK("support.source.social-policy-bank"),
    FUND_FOR_THE_POOR("support.source.fund-for-the-poor"),
    ENTERPRISES_AND_DONORS("support.source.enterprises-donors"),
    COMMUNITY("support.source.community"),
    OTHER("support.source.other");

    private final String messageKey;

    FundingSource(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
