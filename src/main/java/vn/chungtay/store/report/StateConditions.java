package vn.chungtay.store.report;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;
import vn.chungtay.store.generated.tables.HouseholdReview;
import vn.chungtay.store.InLists;

/**
 * The SQL condition that a review (under some alias) belongs to a {@link ReviewState}. Chains of one round — every
 * commune whose standing comes from one periodic round, the usual case — are a plain {@code round_id IN (…)}, which
 * an index serves; only chains with regular rounds on top need the "no later review in the chain" test.
 */
final class StateConditions {

    private StateConditions() {
    }

    static Condition inState(HouseholdReview r, ReviewState state) {
        return inState(r, state, false);
    }

    /**
     * As {@link #inState(HouseholdReview, ReviewState)}, for a review looked up by its household (the other side of a
     * join). Its round is then tested through an expression, not the bare column: given {@code round_id IN (…)} and
     * {@code household_id = ?}, H2 picks the index on (round_id, household_id) and walks every review of every listed
     * round for each lookup (EXPLAIN in docs/decisions/0009-report-engine.md); written so, it finds the household's few
     * reviews by the household instead. PostgreSQL reads both the same.
     */
    static Condition inStateLookedUp(HouseholdReview r, ReviewState state) {
        return inState(r, state, true);
    }

    private static Condition inState(HouseholdReview r, ReviewState state, boolean lookedUp) {
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
        Field<UUID> round = lookedUp ? DSL.coalesce(r.ROUND_ID, r.ROUND_ID) : r.ROUND_ID;
        Condition member = singles.isEmpty() ? DSL.falseCondition() : InLists.in(round, singles);
        for (int n = 0; n < overlaid.size(); n++) {
            member = member.or(InLists.in(round, overlaid.get(n)).andNotExists(laterReview(r, overlaid.get(n), n, state)));
        }
        return r.DELETED.isFalse().and(r.REVIEWED_ON.le(state.asOf())).and(member);
    }

    /** A review of the same household in a later round of the chain, which replaces this one. */
    private static org.jooq.Select<?> laterReview(HouseholdReview r, List<UUID> chain, int n, ReviewState state) {
        HouseholdReview x = vn.chungtay.store.generated.Tables.HOUSEHOLD_REVIEW.as(r.getName() + "_later" + n);
        Condition later = DSL.falseCondition();
        for (int i = 0; i < chain.size() - 1; i++) {
            later = later.or(r.ROUND_ID.eq(chain.get(i))
                    .and(InLists.in(DSL.coalesce(x.ROUND_ID, x.ROUND_ID), chain.subList(i + 1, chain.size()))));
        }
        return DSL.selectOne().from(x).where(x.HOUSEHOLD_ID.eq(r.HOUSEHOLD_ID), x.OWNER_UNIT.eq(r.OWNER_UNIT),
                x.DELETED.isFalse(), x.REVIEWED_ON.le(state.asOf()), later);
    }
}
