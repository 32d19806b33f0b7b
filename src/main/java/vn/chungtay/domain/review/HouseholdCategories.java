package vn.chungtay.domain.review;

import vn.chungtay.domain.household.Household;
import vn.chungtay.domain.household.Sex;
import vn.chungtay.domain.household.WorkStatus;

/**
 * The household categories the reports count (DOMAIN.md §1): ethnic-minority (DTTS, derived from members by the
 * configured rule), without working capacity, with a person of meritorious service to the revolution, female-headed.
 */
public record HouseholdCategories(boolean ethnicMinority, boolean noWorkCapacity, boolean meritorious,
                                  boolean femaleHead) {

    public static final HouseholdCategories NONE = new HouseholdCategories(false, false, false, false);

    /**
     * What the register suggests before a reviewer confirms: DTTS by the rule; female-headed when the head is a
     * woman; without working capacity when no member works or could work (everyone in school or unable to work).
     * Meritorious service is not in the register, so it starts unticked.
     */
    public static HouseholdCategories suggested(Household household, MinorityRule rule) {
        boolean femaleHead = household.head().map(m -> m.details().sex() == Sex.FEMALE).orElse(false);
        boolean noWorkCapacity = household.members().stream().noneMatch(m ->
                m.details().workStatus() == WorkStatus.WORKING || m.details().workStatus() == WorkStatus.NOT_WORKING);
        return new HouseholdCategories(rule.isMinorityHousehold(household), noWorkCapacity, false, femaleHead);
    }
}
