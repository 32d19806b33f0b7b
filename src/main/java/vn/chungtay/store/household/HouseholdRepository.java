package vn.chungtay.store.household;

import static vn.chungtay.store.generated.Tables.HOUSEHOLD;
import static vn.chungtay.store.generated.Tables.VILLAGE;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import vn.chungtay.domain.household.Area;
import vn.chungtay.domain.household.Household;
import vn.chungtay.domain.household.HouseholdDetails;
import vn.chungtay.domain.household.HouseholdFilter;
import vn.chungtay.domain.household.HouseholdSummary;
import vn.chungtay.domain.household.Member;
import vn.chungtay.store.MetaColumns;
import vn.chungtay.store.generated.tables.records.HouseholdRecord;

/**
 * Households with their members. Lists page through the database in Vietnamese order and never hold a province in
 * memory; search matches folded terms against the derived search text (see {@link HouseholdIndexing}).
 */
public final class HouseholdRepository {

    static final MetaColumns META = new MetaColumns(HOUSEHOLD);

    private final DSLContext dsl;
    private final MemberRows members;

    public HouseholdRepository(DSLContext dsl) {
        this.dsl = dsl;
        this.members = new MemberRows(dsl);
    }

    /** The household with its live members in list order, also when it is a tombstone. */
    public Optional<Household> find(UUID id) {
        return dsl.selectFrom(HOUSEHOLD).where(HOUSEHOLD.ID.eq(id)).fetchOptional()
                .map(r -> toHousehold(r, members.liveOf(id)));
    }

    /**
     * Writes a household. When its own content changed ({@code contentChanged}) the whole row is written with a new
     * local sequence number; otherwise only the columns derived from its members are refreshed, so that the
     * household does not look changed to sync. {@code changedMembers} are the new, edited and tombstoned members.
     */
    public void save(Household household, boolean contentChanged, Collection<Member> changedMembers) {
        Map<Field<?>, Object> values = values(household);
        if (contentChanged) {
            int updated = dsl.update(HOUSEHOLD).set(values).where(HOUSEHOLD.ID.eq(household.id())).execute();
            if (updated == 0) {
                dsl.insertInto(HOUSEHOLD).set(values).execute();
            }
        } else {
            HouseholdIndexing index = new HouseholdIndexing(household);
            dsl.update(HOUSEHOLD)
                    .set(HOUSEHOLD.HEAD_NAME, index.headName)
                    .set(HOUSEHOLD.MEMBER_COUNT, index.memberCount)
                    .set(HOUSEHOLD.SEARCH_TEXT, index.searchText)
                    .set(HOUSEHOLD.SORT_KEY, index.sortKey)
                    .where(HOUSEHOLD.ID.eq(household.id()))
                    .execute();
        }
        for (Member m : changedMembers) {
            members.save(m);
        }
    }

    /** Inserts many new households with their members in JDBC batches (demo data, bulk imports). */
    public void insertAll(List<Household> households) {
        var insert = dsl.insertInto(HOUSEHOLD).set(values(households.get(0)));
        var batch = dsl.batch(insert);
        for (Household h : households) {
            batch = batch.bind(values(h).values().stream().filter(v -> !(v instanceof Field)).toArray());
        }
        batch.execute();
        members.insertAll(households.stream().flatMap(h -> h.members().stream()).toList());
    }

    /** How many live households match the filter. */
    public int count(HouseholdFilter filter) {
        return dsl.fetchCount(HOUSEHOLD, condition(filter));
    }

    /** One page of the live households matching the filter, in Vietnamese order of the head's name. */
    public List<HouseholdSummary> page(HouseholdFilter filter, int offset, int limit) {
        return dsl.select(HOUSEHOLD.ID, HOUSEHOLD.OWNER_UNIT, HOUSEHOLD.HOUSEHOLD_NUMBER, HOUSEHOLD.HEAD_NAME,
                        VILLAGE.NAME, HOUSEHOLD.AREA, HOUSEHOLD.MEMBER_COUNT, HOUSEHOLD.ADDRESS)
                .from(HOUSEHOLD)
                .leftJoin(VILLAGE).on(VILLAGE.ID.eq(HOUSEHOLD.VILLAGE_ID))
                .where(condition(filter))
                .orderBy(HOUSEHOLD.SORT_KEY, HOUSEHOLD.ID)
                .limit(limit)
                .offset(offset)
                .fetch(r -> new HouseholdSummary(r.get(HOUSEHOLD.ID), r.get(HOUSEHOLD.OWNER_UNIT),
                        r.get(HOUSEHOLD.HOUSEHOLD_NUMBER), r.get(HOUSEHOLD.HEAD_NAME),
                        r.get(VILLAGE.NAME) == null ? "" : r.get(VILLAGE.NAME), Area.valueOf(r.get(HOUSEHOLD.AREA)),
                        r.get(HOUSEHOLD.MEMBER_COUNT), r.get(HOUSEHOLD.ADDRESS)));
    }

    /** True when another live household of the commune already uses this household number. */
    public boolean numberTaken(String communeCode, String number, UUID exceptId) {
        Condition c = HOUSEHOLD.OWNER_UNIT.eq(communeCode).and(HOUSEHOLD.HOUSEHOLD_NUMBER.eq(number))
                .and(HOUSEHOLD.DELETED.isFalse());
        return dsl.fetchExists(HOUSEHOLD, exceptId == null ? c : c.and(HOUSEHOLD.ID.ne(exceptId)));
    }

    /** How many live households a commune holds ({@code null}: all communes). */
    public long countLive(String communeCode) {
        return dsl.fetchCount(HOUSEHOLD, live(communeCode));
    }

    /** The codes of the communes that hold live households, in code order. */
    public List<String> communesWithHouseholds() {
        return dsl.selectDistinct(HOUSEHOLD.OWNER_UNIT).from(HOUSEHOLD).where(HOUSEHOLD.DELETED.isFalse())
                .orderBy(HOUSEHOLD.OWNER_UNIT).fetch(HOUSEHOLD.OWNER_UNIT);
    }

    /**
     * Streams every live household of a commune ({@code null}: all) with its live members, in id order, without
     * holding more than one household in memory.
     */
    public void forEachLive(String communeCode, Consumer<Household> action) {
        try (Cursor<HouseholdRecord> households = dsl.selectFrom(HOUSEHOLD).where(live(communeCode))
                .orderBy(HOUSEHOLD.ID).fetchSize(1000).fetchLazy();
             MemberRows.GroupedCursor memberGroups = members.liveGroupedByHousehold(communeCode)) {
            for (HouseholdRecord r : households) {
                action.accept(toHousehold(r, memberGroups.membersOf(r.getId())));
            }
        }
    }

    static Condition live(String communeCode) {
        Condition c = HOUSEHOLD.DELETED.isFalse();
        return communeCode == null ? c : c.and(HOUSEHOLD.OWNER_UNIT.eq(communeCode));
    }

    private static Condition condition(HouseholdFilter filter) {
        Condition c = HOUSEHOLD.DELETED.isFalse();
        if (filter.communeCodes() != null) {
            c = c.and(HOUSEHOLD.OWNER_UNIT.in(filter.communeCodes()));
        }
        if (filter.villageId() != null) {
            c = c.and(HOUSEHOLD.VILLAGE_ID.eq(filter.villageId()));
        }
        for (String term : HouseholdIndexing.terms(filter.text())) {
            c = c.and(HOUSEHOLD.SEARCH_TEXT.like("%" + escapeLike(term) + "%", '!'));
        }
        return c;
    }

    private static String escapeLike(String term) {
        return term.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private static Map<Field<?>, Object> values(Household h) {
        HouseholdIndexing index = new HouseholdIndexing(h);
        HouseholdDetails d = h.details();
        Map<Field<?>, Object> values = META.values(h.meta());
        values.put(HOUSEHOLD.HOUSEHOLD_NUMBER, d.number());
        values.put(HOUSEHOLD.VILLAGE_ID, d.villageId());
        values.put(HOUSEHOLD.AREA, d.area().name());
        values.put(HOUSEHOLD.ADDRESS, d.address());
        values.put(HOUSEHOLD.PHONE, d.phone());
        values.put(HOUSEHOLD.HEAD_NAME, index.headName);
        values.put(HOUSEHOLD.MEMBER_COUNT, index.memberCount);
        values.put(HOUSEHOLD.SEARCH_TEXT, index.searchText);
        values.put(HOUSEHOLD.SORT_KEY, index.sortKey);
        return values;
    }

    private static Household toHousehold(Record r, List<Member> liveMembers) {
        HouseholdDetails details = new HouseholdDetails(r.get(HOUSEHOLD.HOUSEHOLD_NUMBER), r.get(HOUSEHOLD.VILLAGE_ID),
                Area.valueOf(r.get(HOUSEHOLD.AREA)), r.get(HOUSEHOLD.ADDRESS), r.get(HOUSEHOLD.PHONE));
        return new Household(META.read(r), details, new ArrayList<>(liveMembers));
    }
}
