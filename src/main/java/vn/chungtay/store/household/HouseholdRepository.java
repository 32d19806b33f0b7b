package vn.chungtay.store.household;

import static vn.chungtay.store.generated.Tables.HOUSEHOLD;
import static vn.chungtay.store.generated.Tables.MEMBER;
import static vn.chungtay.store.generated.Tables.VILLAGE;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record8;
import org.jooq.SelectOnConditionStep;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import vn.chungtay.domain.household.Area;
import vn.chungtay.domain.household.Household;
import vn.chungtay.domain.household.HouseholdDetails;
import vn.chungtay.domain.household.HouseholdFilter;
import vn.chungtay.domain.household.HouseholdSearchEntry;
import vn.chungtay.domain.household.HouseholdSummary;
import vn.chungtay.domain.household.Member;
import vn.chungtay.store.ChangeFeed;
import vn.chungtay.store.MetaColumns;
import vn.chungtay.store.generated.tables.records.HouseholdRecord;
import vn.chungtay.store.InLists;

/**
 * Households with their members. Lists page through the database in Vietnamese order and never hold a province in
 * memory; search matches folded terms against the derived search text (see {@link HouseholdSearchEntry}).
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
            HouseholdSearchEntry index = HouseholdSearchEntry.of(household);
            dsl.update(HOUSEHOLD)
                    .set(HOUSEHOLD.HEAD_NAME, index.headName())
                    .set(HOUSEHOLD.MEMBER_COUNT, index.memberCount())
                    .set(HOUSEHOLD.SEARCH_TEXT, index.searchText())
                    .set(HOUSEHOLD.SORT_KEY, index.sortKey())
                    .where(HOUSEHOLD.ID.eq(household.id()))
                    .execute();
        }
        for (Member m : changedMembers) {
            members.save(m);
        }
    }

    /** Inserts many new households with their members in JDBC batches (demo data, bulk imports). */
    public void insertAll(List<Household> households) {
        if (households.isEmpty()) {
            return;
        }
        var insert = dsl.insertInto(HOUSEHOLD).set(values(households.get(0)));
        var batch = dsl.batch(insert);
        for (Household h : households) {
            batch = batch.bind(values(h).values().stream().filter(v -> !(v instanceof Field)).toArray());
        }
        batch.execute();
        members.insertAll(households.stream().flatMap(h -> h.members().stream()).toList());
    }

    /** Inserts household rows as they arrived from another installation, in JDBC batches (members apart). */
    public void insertRows(List<Household> households) {
        if (households.isEmpty()) {
            return;
        }
        var batch = dsl.batch(dsl.insertInto(HOUSEHOLD).set(values(households.get(0))));
        for (Household h : households) {
            batch = batch.bind(values(h).values().stream().filter(v -> !(v instanceof Field)).toArray());
        }
        batch.execute();
    }

    /** Inserts members as they arrived from another installation, in JDBC batches. */
    public void insertMembers(List<Member> newMembers) {
        members.insertAll(newMembers);
    }

    /** How many live households match the filter. */
    public int count(HouseholdFilter filter) {
        return dsl.fetchCount(HOUSEHOLD, condition(filter));
    }

    /** One page of the live households matching the filter, in Vietnamese order of the head's name. */
    public List<HouseholdSummary> page(HouseholdFilter filter, int offset, int limit) {
        return summaryQuery()
                .where(condition(filter))
                .orderBy(listOrder(filter))
                .limit(limit)
                .offset(offset)
                .fetch(HouseholdRepository::toSummary);
    }

    /** The summaries of the given households, in the order of the ids; unknown or deleted ids are left out. */
    public List<HouseholdSummary> summaries(List<UUID> ids) {
        Map<UUID, HouseholdSummary> byId = new HashMap<>();
        summaryQuery().where(InLists.in(HOUSEHOLD.ID, ids).and(HOUSEHOLD.DELETED.isFalse()))
                .fetch(HouseholdRepository::toSummary)
                .forEach(h -> byId.put(h.id(), h));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** Streams the search entries of every live household, for the in-memory search index. */
    public void forEachSearchEntry(Consumer<HouseholdSearchEntry> action) {
        try (var rows = dsl.select(HOUSEHOLD.ID, HOUSEHOLD.OWNER_UNIT, HOUSEHOLD.VILLAGE_ID,
                        HOUSEHOLD.HEAD_NAME, HOUSEHOLD.MEMBER_COUNT, HOUSEHOLD.SEARCH_TEXT, HOUSEHOLD.SORT_KEY)
                .from(HOUSEHOLD).where(HOUSEHOLD.DELETED.isFalse()).fetchSize(2000).fetchLazy()) {
            for (Record r : rows) {
                action.accept(new HouseholdSearchEntry(r.get(HOUSEHOLD.ID), r.get(HOUSEHOLD.OWNER_UNIT),
                        r.get(HOUSEHOLD.VILLAGE_ID), r.get(HOUSEHOLD.HEAD_NAME), r.get(HOUSEHOLD.MEMBER_COUNT),
                        r.get(HOUSEHOLD.SEARCH_TEXT), r.get(HOUSEHOLD.SORT_KEY)));
            }
        }
    }

    /**
     * A mark that changes whenever a household or member row is written by anyone: the highest local sequence
     * numbers of both tables. Cheap (two index look-ups), so a cache can check it before every use.
     */
    public List<Long> changeMark() {
        Long households = dsl.select(DSL.max(HOUSEHOLD.LOCAL_SEQ)).from(HOUSEHOLD).fetchOne(0, Long.class);
        Long members = dsl.select(DSL.max(MEMBER.LOCAL_SEQ))
                .from(MEMBER).fetchOne(0, Long.class);
        return List.of(households == null ? 0L : households, members == null ? 0L : members);
    }

    private SelectOnConditionStep<Record8<UUID, String, String, String, String, String, Integer,
            String>> summaryQuery() {
        return dsl.select(HOUSEHOLD.ID, HOUSEHOLD.OWNER_UNIT, HOUSEHOLD.HOUSEHOLD_NUMBER, HOUSEHOLD.HEAD_NAME,
                        VILLAGE.NAME, HOUSEHOLD.AREA, HOUSEHOLD.MEMBER_COUNT, HOUSEHOLD.ADDRESS)
                .from(HOUSEHOLD)
                .leftJoin(VILLAGE).on(VILLAGE.ID.eq(HOUSEHOLD.VILLAGE_ID));
    }

    private static HouseholdSummary toSummary(Record r) {
        return new HouseholdSummary(r.get(HOUSEHOLD.ID), r.get(HOUSEHOLD.OWNER_UNIT),
                r.get(HOUSEHOLD.HOUSEHOLD_NUMBER), r.get(HOUSEHOLD.HEAD_NAME),
                r.get(VILLAGE.NAME) == null ? "" : r.get(VILLAGE.NAME), Area.valueOf(r.get(HOUSEHOLD.AREA)),
                r.get(HOUSEHOLD.MEMBER_COUNT), r.get(HOUSEHOLD.ADDRESS));
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

    /**
     * Households of the communes changed after {@code since} up to {@code upTo}, tombstones included, each without
     * its members (members travel as records of their own).
     */
    public void forEachChanged(Collection<String> communes, long since, long upTo, Consumer<Household> action) {
        ChangeFeed.forEach(dsl, HOUSEHOLD, communes, since, upTo, r -> toHousehold(r, List.of()), action);
    }

    /** Members of the communes changed after {@code since} up to {@code upTo}, tombstones included. */
    public void forEachChangedMember(Collection<String> communes, long since, long upTo, Consumer<Member> action) {
        ChangeFeed.forEach(dsl, MEMBER, communes, since, upTo, MemberRows::toMember, action);
    }

    /** The household row alone (members not loaded), also when it is a tombstone. */
    public Optional<Household> findRow(UUID id) {
        return dsl.selectFrom(HOUSEHOLD).where(HOUSEHOLD.ID.eq(id)).fetchOptional().map(r -> toHousehold(r, List.of()));
    }

    /** The household's members that are tombstones. */
    public List<Member> deletedMembersOf(UUID householdId) {
        return dsl.selectFrom(MEMBER).where(MEMBER.HOUSEHOLD_ID.eq(householdId).and(MEMBER.DELETED.isTrue()))
                .fetch(MemberRows::toMember);
    }

    /** The household rows (members not loaded, tombstones included) among the ids. */
    public List<Household> findRows(Collection<UUID> ids) {
        return dsl.selectFrom(HOUSEHOLD).where(InLists.in(HOUSEHOLD.ID, ids)).fetch().map(r -> toHousehold(r, List.of()));
    }

    /** The stored members (tombstones included) among the ids. */
    public List<Member> findMembers(Collection<UUID> ids) {
        return dsl.selectFrom(MEMBER).where(InLists.in(MEMBER.ID, ids)).fetch(MemberRows::toMember);
    }

    public Optional<Member> findMember(UUID id) {
        return dsl.selectFrom(MEMBER).where(MEMBER.ID.eq(id)).fetchOptional(MemberRows::toMember);
    }

    /**
     * Writes a household row as it arrived from another installation; its derived columns are brought up to date by
     * {@link #refreshDerived} once the package's members are written too.
     */
    public void saveRow(Household household) {
        Map<Field<?>, Object> values = values(household);
        if (dsl.update(HOUSEHOLD).set(values).where(HOUSEHOLD.ID.eq(household.id())).execute() == 0) {
            dsl.insertInto(HOUSEHOLD).set(values).execute();
        }
    }

    /** Writes a member as it arrived from another installation. */
    public void saveMember(Member member) {
        members.save(member);
    }

    /** Recomputes the derived columns (head, count, search text, order) from the household's live members. */
    public void refreshDerived(UUID householdId) {
        refreshDerived(List.of(householdId));
    }

    /**
     * Recomputes the derived columns of many households at once (an import's touched households), writing only those
     * that changed; returns how many did.
     */
    public int refreshDerived(Collection<UUID> householdIds) {
        return new DerivedColumns(dsl).refresh(householdIds);
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
        // The same matching as HouseholdSearchEntry.contains: numbers anywhere, words at their start.
        for (String term : HouseholdSearchEntry.terms(filter.text())) {
            c = c.and(HouseholdSearchEntry.isNumeric(term)
                    ? HOUSEHOLD.SEARCH_TEXT.like("%" + escapeLike(term) + "%", '!')
                    : DSL.concat(DSL.inline(" "), HOUSEHOLD.SEARCH_TEXT).like("% " + escapeLike(term) + "%", '!'));
        }
        return c;
    }

    /**
     * The list order (sort key, id), spelled with the equality columns of the index that serves the filter in
     * front: H2 reads rows in index order only when the ORDER BY names the index's leading columns too, and
     * otherwise sorts the whole province for one page.
     */
    private static List<SortField<?>> listOrder(HouseholdFilter filter) {
        List<SortField<?>> order = new ArrayList<>();
        if (filter.villageId() != null) {
            order.add(HOUSEHOLD.VILLAGE_ID.asc());
        } else if (filter.communeCodes() != null && filter.communeCodes().size() == 1) {
            order.add(HOUSEHOLD.OWNER_UNIT.asc());
        }
        order.add(HOUSEHOLD.DELETED.asc());
        order.add(HOUSEHOLD.SORT_KEY.asc());
        order.add(HOUSEHOLD.ID.asc());
        return order;
    }

    private static String escapeLike(String term) {
        return term.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private static Map<Field<?>, Object> values(Household h) {
        HouseholdSearchEntry index = HouseholdSearchEntry.of(h);
        HouseholdDetails d = h.details();
        Map<Field<?>, Object> values = META.values(h.meta());
        values.put(HOUSEHOLD.HOUSEHOLD_NUMBER, d.number());
        values.put(HOUSEHOLD.VILLAGE_ID, d.villageId());
        values.put(HOUSEHOLD.AREA, d.area().name());
        values.put(HOUSEHOLD.ADDRESS, d.address());
        values.put(HOUSEHOLD.PHONE, d.phone());
        values.put(HOUSEHOLD.HEAD_NAME, index.headName());
        values.put(HOUSEHOLD.MEMBER_COUNT, index.memberCount());
        values.put(HOUSEHOLD.SEARCH_TEXT, index.searchText());
        values.put(HOUSEHOLD.SORT_KEY, index.sortKey());
        return values;
    }

    static Household toHousehold(Record r, List<Member> liveMembers) {
        HouseholdDetails details = new HouseholdDetails(r.get(HOUSEHOLD.HOUSEHOLD_NUMBER), r.get(HOUSEHOLD.VILLAGE_ID),
                Area.valueOf(r.get(HOUSEHOLD.AREA)), r.get(HOUSEHOLD.ADDRESS), r.get(HOUSEHOLD.PHONE));
        return new Household(META.read(r), details, new ArrayList<>(liveMembers));
    }
}
