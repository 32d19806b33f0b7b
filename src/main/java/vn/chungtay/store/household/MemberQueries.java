package vn.chungtay.store.household;

import static vn.chungtay.store.generated.Tables.HOUSEHOLD;
import static vn.chungtay.store.generated.Tables.MEMBER;

import java.util.List;
import org.jooq.DSLContext;
import vn.chungtay.domain.household.IdNumberHolder;

/** Questions about members across households. */
public final class MemberQueries {

    private final DSLContext dsl;

    public MemberQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Live members of live households who hold this ID number. */
    public List<IdNumberHolder> holdersOf(String idNumber) {
        return dsl.select(MEMBER.ID, MEMBER.FULL_NAME, HOUSEHOLD.ID, HOUSEHOLD.HOUSEHOLD_NUMBER, HOUSEHOLD.OWNER_UNIT)
                .from(MEMBER).join(HOUSEHOLD).on(HOUSEHOLD.ID.eq(MEMBER.HOUSEHOLD_ID))
                .where(MEMBER.ID_NUMBER.eq(idNumber).and(MEMBER.DELETED.isFalse()).and(HOUSEHOLD.DELETED.isFalse()))
                .orderBy(HOUSEHOLD.HOUSEHOLD_NUMBER)
                .fetch(r -> new IdNumberHolder(r.get(MEMBER.ID), r.get(MEMBER.FULL_NAME), r.get(HOUSEHOLD.ID),
                        r.get(HOUSEHOLD.HOUSEHOLD_NUMBER), r.get(HOUSEHOLD.OWNER_UNIT)));
    }

    /** How many live members a commune holds ({@code null}: all communes). */
    public long countLive(String communeCode) {
        var c = MEMBER.DELETED.isFalse();
        return dsl.fetchCount(MEMBER, communeCode == null ? c : c.and(MEMBER.OWNER_UNIT.eq(communeCode)));
    }
}
