package vn.chungtay.store.report;

import static vn.chungtay.store.generated.Tables.ETHNIC_GROUP;
import static vn.chungtay.store.generated.Tables.HOUSEHOLD;
import static vn.chungtay.store.generated.Tables.HOUSEHOLD_REVIEW;
import static vn.chungtay.store.generated.Tables.MEMBER;
import static vn.chungtay.store.generated.Tables.SUPPORT_EVENT;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import vn.chungtay.domain.ethnic.EthnicGroup;
import vn.chungtay.domain.household.Area;
import vn.chungtay.domain.household.Relationship;
import vn.chungtay.domain.review.HouseholdCategories;
import vn.chungtay.domain.review.PovertyClass;
import vn.chungtay.store.generated.tables.HouseholdReview;
import vn.chungtay.store.InLists;

/**
 * The named lists of one village (a few hundred households at most, so rows, not aggregates) and the support totals
 * of a unit over a period.
 */
public final class ListQueries {

    private final DSLContext dsl;

    public ListQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Every household of the village in the state {@code after}, with its class there and its class in the state
     * {@code before} if it was in the village then; in the Vietnamese order of the heads' names.
     */
    public List<ListedHousehold> village(ReviewState after, ReviewState before, UUID villageId) {
        if (after.isEmpty()) {
            return List.of();
        }
        HouseholdReview a = HOUSEHOLD_REVIEW.as("a");
        HouseholdReview b = HOUSEHOLD_REVIEW.as("b");
        Field<String> ethnicName = DSL.coalesce(ETHNIC_GROUP.NAME, MEMBER.ETHNICITY, DSL.inline(""));
        return dsl.select(a.HOUSEHOLD_ID, HOUSEHOLD.HOUSEHOLD_NUMBER, HOUSEHOLD.HEAD_NAME, ethnicName,
                        HOUSEHOLD.ADDRESS, HOUSEHOLD.SORT_KEY, a.PERSONS, a.AREA, a.ETHNIC_MINORITY,
                        a.NO_WORK_CAPACITY, a.MERITORIOUS, a.FEMALE_HEAD, a.POVERTY_CLASS, b.POVERTY_CLASS)
                .from(a)
                .join(HOUSEHOLD).on(HOUSEHOLD.ID.eq(a.HOUSEHOLD_ID))
                .leftJoin(MEMBER).on(MEMBER.HOUSEHOLD_ID.eq(a.HOUSEHOLD_ID),
                        MEMBER.RELATIONSHIP.eq(Relationship.HEAD.name()), MEMBER.DELETED.isFalse())
                .leftJoin(ETHNIC_GROUP).on(ETHNIC_GROUP.CODE_SYSTEM.eq(EthnicGroup.CODE_SYSTEM),
                        ETHNIC_GROUP.CODE.eq(MEMBER.ETHNICITY))
                .leftJoin(b).on(b.HOUSEHOLD_ID.eq(a.HOUSEHOLD_ID), b.OWNER_UNIT.eq(a.OWNER_UNIT),
                        b.VILLAGE_ID.eq(villageId), StateConditions.inStateLookedUp(b, before))
                .where(StateConditions.inState(a, after), a.VILLAGE_ID.eq(villageId))
                .orderBy(HOUSEHOLD.SORT_KEY, HOUSEHOLD.HOUSEHOLD_NUMBER, a.HOUSEHOLD_ID)
                .fetch(r -> new ListedHousehold(r.get(a.HOUSEHOLD_ID), r.get(HOUSEHOLD.HOUSEHOLD_NUMBER),
                        r.get(HOUSEHOLD.HEAD_NAME), r.get(ethnicName), r.get(HOUSEHOLD.ADDRESS),
                        r.get(HOUSEHOLD.SORT_KEY), r.get(a.PERSONS), Area.valueOf(r.get(a.AREA)),
                        new HouseholdCategories(r.get(a.ETHNIC_MINORITY), r.get(a.NO_WORK_CAPACITY),
                                r.get(a.MERITORIOUS), r.get(a.FEMALE_HEAD)),
                        PovertyClass.valueOf(r.get(a.POVERTY_CLASS)),
                        r.get(b.POVERTY_CLASS) == null ? null : PovertyClass.valueOf(r.get(b.POVERTY_CLASS))));
    }

    /**
     * Live support records of the communes (only of the village's households when {@code villageId} is given) dated
     * {@code from}–{@code to} inclusive, grouped by the dimension, in key order.
     */
    public List<SupportGroup> supports(Collection<String> communes, UUID villageId, LocalDate from, LocalDate to,
                                       SupportDimensionKey dimension) {
        if (communes.isEmpty()) {
            return List.of();
        }
        Field<String> key = switch (dimension) {
            case PROGRAMME -> SUPPORT_EVENT.PROGRAMME_CODE;
            case SOURCE -> SUPPORT_EVENT.FUNDING_SOURCE;
            case KIND -> SUPPORT_EVENT.KIND_CODE;
            case ALL -> DSL.inline("");
        };
        Field<Integer> events = DSL.count();
        Field<Integer> households = DSL.countDistinct(SUPPORT_EVENT.HOUSEHOLD_ID);
        Field<BigDecimal> vnd = DSL.sum(SUPPORT_EVENT.AMOUNT_VND);
        // The communes through an expression: given owner_unit IN (…), H2 walks every support of every listed commune,
        // all years, by support_event_owner_ix; so it ranges over the days by support_event_report_ix instead, which
        // also holds every column summed here.
        Condition where = SUPPORT_EVENT.DELETED.isFalse()
                .and(InLists.in(DSL.coalesce(SUPPORT_EVENT.OWNER_UNIT, SUPPORT_EVENT.OWNER_UNIT), communes))
                .and(SUPPORT_EVENT.EVENT_DATE.between(from, to));
        var select = dsl.select(key, events, households, vnd).from(SUPPORT_EVENT);
        var joined = villageId == null ? select.where(where)
                : select.join(HOUSEHOLD).on(HOUSEHOLD.ID.eq(SUPPORT_EVENT.HOUSEHOLD_ID))
                        .where(where.and(HOUSEHOLD.VILLAGE_ID.eq(villageId)));
        var grouped = dimension == SupportDimensionKey.ALL ? joined : joined.groupBy(key).orderBy(key);
        return grouped.fetch(r -> new SupportGroup(r.get(key), r.get(events), r.get(households),
                        r.get(vnd) == null ? 0 : r.get(vnd).longValueExact()))
                .stream().filter(g -> g.events() > 0).toList();
    }

    /** True when the communes (the village's households, when given) have a live support record in the days. */
    public boolean hasSupports(Collection<String> communes, UUID villageId, LocalDate from, LocalDate to) {
        if (communes.isEmpty()) {
            return false;
        }
        Condition where = SUPPORT_EVENT.DELETED.isFalse()
                .and(InLists.in(DSL.coalesce(SUPPORT_EVENT.OWNER_UNIT, SUPPORT_EVENT.OWNER_UNIT), communes))
                .and(SUPPORT_EVENT.EVENT_DATE.between(from, to));
        if (villageId != null) {
            where = where.and(SUPPORT_EVENT.HOUSEHOLD_ID.in(DSL.select(HOUSEHOLD.ID).from(HOUSEHOLD)
                    .where(HOUSEHOLD.VILLAGE_ID.eq(villageId))));
        }
        return dsl.fetchExists(SUPPORT_EVENT, where);
    }
}
