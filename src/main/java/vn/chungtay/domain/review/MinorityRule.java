package vn.chungtay.domain.review;

import vn.chungtay.domain.ethnic.EthnicGroup;
import vn.chungtay.domain.household.Household;
import vn.chungtay.domain.household.Member;
import vn.chungtay.domain.household.Relationship;

/**
 * Which members make a household an ethnic-minority (DTTS) household; bodies differ (DOMAIN.md §1), so it is a
 * setting. Ethnicity itself is stored per person.
 */
public enum MinorityRule {
    /** The head belongs to an ethnic minority. */
    HEAD("review.minority-rule.head"),
    /** The head or the head's spouse does. */
    HEAD_OR_SPOUSE("review.minority-rule.head-or-spouse"),
    /** Any member does. */
    ANY_MEMBER("review.minority-rule.any-member");

    private final String messageKey;

    MinorityRule(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }

    public boolean isMinorityHousehold(Household household) {
        for (Member m : household.members()) {
            boolean counts = switch (this) {
                case HEAD -> m.details().relationship() == Relationship.HEAD;
                case HEAD_OR_SPOUSE -> m.details().relationship() == Relationship.HEAD
                        || m.details().relationship() == Relationship.SPOUSE;
                case ANY_MEMBER -> true;
            };
            if (counts && EthnicGroup.isMinority(m.details().ethnicity())) {
                return true;
            }
        }
        return false;
    }
}
