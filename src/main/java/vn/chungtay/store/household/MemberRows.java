package vn.chungtay.store.household;

import static vn.chungtay.store.generated.Tables.MEMBER;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import vn.chungtay.domain.household.BirthDate;
import vn.chungtay.domain.household.IdDocument;
import vn.chungtay.domain.household.IdType;
import vn.chungtay.domain.household.Member;
import vn.chungtay.domain.household.MemberDetails;
import vn.chungtay.domain.household.Relationship;
import vn.chungtay.domain.household.Sex;
import vn.chungtay.domain.household.WorkStatus;
import vn.chungtay.store.MetaColumns;
import vn.chungtay.store.generated.tables.records.MemberRecord;

/** Reading and writing member rows; members are always written together with their household. */
final class MemberRows {

    static final MetaColumns META = new MetaColumns(MEMBER);

    private final DSLContext dsl;

    MemberRows(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<Member> liveOf(UUID householdId) {
        return dsl.selectFrom(MEMBER)
                .where(MEMBER.HOUSEHOLD_ID.eq(householdId).and(MEMBER.DELETED.isFalse()))
                .orderBy(MEMBER.POSITION, MEMBER.ID)
                .fetch(MemberRows::toMember);
    }

    void save(Member m) {
        Map<Field<?>, Object> values = values(m);
        int updated = dsl.update(MEMBER).set(values).where(MEMBER.ID.eq(m.id())).execute();
        if (updated == 0) {
            dsl.insertInto(MEMBER).set(values).execute();
        }
    }

    void insertAll(List<Member> members) {
        if (members.isEmpty()) {
            return;
        }
        var batch = dsl.batch(dsl.insertInto(MEMBER).set(values(members.get(0))));
        for (Member m : members) {
            batch = batch.bind(values(m).values().stream().filter(v -> !(v instanceof Field)).toArray());
        }
        batch.execute();
    }

    /**
     * A cursor over live members ordered by household id, so that a caller walking households in id order can
     * collect each household's members without a query per household.
     */
    GroupedCursor liveGroupedByHousehold(String communeCode) {
        Condition c = MEMBER.DELETED.isFalse();
        if (communeCode != null) {
            c = c.and(MEMBER.OWNER_UNIT.eq(communeCode));
        }
        Cursor<MemberRecord> cursor = dsl.selectFrom(MEMBER).where(c)
                // Live members of a household have distinct positions, so this order is total, and it is exactly
                // member_household_ix: the database streams it without sorting half a million rows.
                .orderBy(MEMBER.HOUSEHOLD_ID, MEMBER.POSITION).fetchSize(2000).fetchLazy();
        return new GroupedCursor(cursor);
    }

    static Map<Field<?>, Object> values(Member m) {
        MemberDetails d = m.details();
        Map<Field<?>, Object> values = META.values(m.meta());
        values.put(MEMBER.HOUSEHOLD_ID, m.householdId());
        values.put(MEMBER.POSITION, m.position());
        values.put(MEMBER.FULL_NAME, d.fullName());
        values.put(MEMBER.SEX, d.sex().name());
        values.put(MEMBER.BIRTH_YEAR, d.birth().year());
        values.put(MEMBER.BIRTH_DATE, d.birth().date());
        values.put(MEMBER.ETHNICITY, d.ethnicity());
        values.put(MEMBER.RELATIONSHIP, d.relationship().name());
        values.put(MEMBER.ID_TYPE, d.idDocument().type().name());
        values.put(MEMBER.ID_NUMBER, d.idDocument().number());
        values.put(MEMBER.WORK_STATUS, d.workStatus().name());
        values.put(MEMBER.HEALTH_INSURANCE_NUMBER, d.healthInsuranceNumber());
        values.put(MEMBER.NOTE, d.note());
        return values;
    }

    static Member toMember(Record r) {
        BirthDate birth = r.get(MEMBER.BIRTH_DATE) != null ? BirthDate.of(r.get(MEMBER.BIRTH_DATE))
                : BirthDate.ofYear(r.get(MEMBER.BIRTH_YEAR));
        MemberDetails details = new MemberDetails(r.get(MEMBER.FULL_NAME), Sex.valueOf(r.get(MEMBER.SEX)), birth,
                r.get(MEMBER.ETHNICITY), Relationship.valueOf(r.get(MEMBER.RELATIONSHIP)),
                new IdDocument(IdType.valueOf(r.get(MEMBER.ID_TYPE)), r.get(MEMBER.ID_NUMBER)),
                WorkStatus.valueOf(r.get(MEMBER.WORK_STATUS)), r.get(MEMBER.HEALTH_INSURANCE_NUMBER),
                r.get(MEMBER.NOTE));
        return new Member(META.read(r), r.get(MEMBER.HOUSEHOLD_ID), r.get(MEMBER.POSITION), details);
    }

    /** Members in household-id order, handed out one household at a time. */
    static final class GroupedCursor implements AutoCloseable {

        private final Cursor<MemberRecord> cursor;
        private final Iterator<MemberRecord> rows;
        private Member pending;

        GroupedCursor(Cursor<MemberRecord> cursor) {
            this.cursor = cursor;
            this.rows = cursor.iterator();
        }

        /** The members of the household; households must be asked for in ascending id order. */
        List<Member> membersOf(UUID householdId) {
            List<Member> out = new ArrayList<>();
            while (true) {
                if (pending == null) {
                    if (!rows.hasNext()) {
                        return out;
                    }
                    pending = toMember(rows.next());
                }
                int cmp = compareUnsigned(pending.householdId(), householdId);
                if (cmp > 0) {
                    return out;
                }
                if (cmp == 0) {
                    out.add(pending);
                }
                pending = null;
            }
        }

        /** The order databases give UUIDs (unsigned bytes); {@link UUID#compareTo} compares signed longs. */
        private static int compareUnsigned(UUID a, UUID b) {
            int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
            return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
        }

        @Override
        public void close() {
            cursor.close();
        }
    }
}
