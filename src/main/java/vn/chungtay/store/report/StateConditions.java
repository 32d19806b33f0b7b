package vn.chungtay.store.report;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.impl.DSL;
import vn.chungtay.store.generated.tables.HouseholdReview;

/**
 * The SQL condition that a review (under some alias) belongs to a {@link ReviewState}. Chains of one round — every
 * commune whose standing comes from one periodic round, the usual case — are a plain {@code round_id IN (…)}, which
 * an index serves; only chains with regular rounds on top need the "no later review in the chain" test.
 */
final class StateConditions {

    private StateConditions() {
    }

    static Condition inState(HouseholdReview r, ReviewState state) {
        if (state.isEmpty()) {
            return DSL.falseCondition();
        }
        List<UUID> singles = new ArrayList<>();
        List<List<UUID>> overlaid = new ArrayList<>();
        for (List<UUID> chain : state.chains()) {
            if (chain.size() == 1) {
                singles.add(chain.get(0));
            } else {
                overlaid.add(chain);
            }
        }
        Condition member = singles.isEmpty() ? DSL.falseCondition() : r.ROUND_ID.in(singles);
        for (int n = 0; n < overlaid.size(); n++) {
            member = member.or(r.ROUND_ID.in(overlaid.get(n)).andNotExists(laterReview(r, overlaid.get(n), n, state)));
        }
        return r.DELETED.isFalse().and(r.REVIEWED_ON.le(state.asOf())).and(member);
    }

    /** A review of the same household in a later round of the chain, which replaces this one. */
    private static org.jooq.Select<?> laterReview(HouseholdReview r, List<UUID> chain, int n, ReviewState state) {
        HouseholdReview x = vn.chungtay.store.generated.Tables.HOUSEHOLD_REVIEW.as(r.getName() + "_later" + n);
        Condition later = DSL.falseCondition();
        for (int i = 0; i < chain.size() - 1; i++) {
            later = later.or(r.ROUND_ID.eq(chain.get(i)).and(x.ROUND_ID.in(chain.subList(i + 1, chain.size()))));
        }
        return DSL.selectOne().from(x).where(x.HOUSEHOLD_ID.eq(r.HOUSEHOLD_ID), x.OWNER_UNIT.eq(r.OWNER_UNIT),
                x.DELETED.isFalse(), x.REVIEWED_ON.le(state.asOf()), later);
    }
}
