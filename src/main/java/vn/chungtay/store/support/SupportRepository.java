package vn.chungtay.store.support;

import java.util.Collection;
import vn.chungtay.store.ChangeFeed;
import static vn.chungtay.store.generated.Tables.HOUSEHOLD;
import static vn.chungtay.store.generated.Tables.SUPPORT_EVENT;

import java.util.ArrayList;
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
import org.jooq.impl.DSL;
import vn.chungtay.domain.support.Credit;
import vn.chungtay.domain.support.FundingSource;
import vn.chungtay.domain.support.SupportDetails;
import vn.chungtay.domain.support.SupportDimension;
import vn.chungtay.domain.support.SupportEvent;
import vn.chungtay.domain.support.SupportFilter;
import vn.chungtay.domain.support.SupportForm;
import vn.chungtay.domain.support.SupportTotal;
import vn.chungtay.store.MetaColumns;
import vn.chungtay.store.generated.tables.records.SupportEventRecord;
import vn.chungtay.store.InLists;

/** The supports households received, and their totals grouped the ways reports need. */
public final class SupportRepository {

    private static final MetaColumns META = new MetaColumns(SUPPORT_EVENT);

    private final DSLContext dsl;

    public SupportRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<SupportEvent> find(UUID id) {
        return dsl.selectFrom(SUPPORT_EVENT).where(SUPPORT_EVENT.ID.eq(id)).fetchOptional(SupportRepository::toEvent);
    }

    /** The stored supports (tombstones included) among the ids. */
    public List<SupportEvent> findAll(java.util.Collection<UUID> ids) {
        return dsl.selectFrom(SUPPORT_EVENT).where(InLists.in(SUPPORT_EVENT.ID, ids)).fetch(SupportRepository::toEvent);
    }

    /** A household's live supports, newest first. */
    public List<SupportEvent> ofHousehold(UUID householdId) {
        return dsl.selectFrom(SUPPORT_EVENT)
                .where(SUPPORT_EVENT.HOUSEHOLD_ID.eq(householdId).and(SUPPORT_EVENT.DELETED.isFalse()))
                .orderBy(SUPPORT_EVENT.EVENT_DATE.desc(), SUPPORT_EVENT.ID)
                .fetch(SupportRepository::toEvent);
    }

    /** Streams the live supports of the communes ({@code null}: all) in id order. */
    public void forEachLive(List<String> communeCodes, Consumer<SupportEvent> action) {
        Condition c = SUPPORT_EVENT.DELETED.isFalse();
        if (communeCodes != null) {
            c = c.and(SUPPORT_EVENT.OWNER_UNIT.in(communeCodes));
        }
        try (Cursor<SupportEventRecord> cursor = dsl.selectFrom(SUPPORT_EVENT).where(c).orderBy(SUPPORT_EVENT.ID)
                .fetchSize(2000).fetchLazy()) {
            for (SupportEventRecord r : cursor) {
                action.accept(toEvent(r));
            }
        }
    }

    public void save(SupportEvent event) {
        Map<Field<?>, Object> values = values(event);
        if (dsl.update(SUPPORT_EVENT).set(values).where(SUPPORT_EVENT.ID.eq(event.id())).execute() == 0) {
            dsl.insertInto(SUPPORT_EVENT).set(values).execute();
        }
    }

    /** Inserts many new supports in JDBC batches (bulk entry, demo data, imports). */
    public void insertAll(List<SupportEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        var batch = dsl.batch(dsl.insertInto(SUPPORT_EVENT).set(values(events.get(0))));
        for (SupportEvent e : events) {
            batch = batch.bind(values(e).values().stream().filter(v -> !(v instanceof Field)).toArray());
        }
        batch.execute();
    }

    /**
     * Totals of the live supports the filter selects, grouped by the dimensions in order: records, distinct households
     * reached and VND per group, groups sorted by their keys. A village key is the household's current village id.
     */
    public List<SupportTotal> totals(SupportFilter filter, List<SupportDimension> dimensions) {
        List<Field<?>> keys = new ArrayList<>();
        for (SupportDimension d : dimensions) {
            keys.add(keyField(d));
        }
        Field<Integer> events = DSL.count();
        Field<Integer> households = DSL.countDistinct(SUPPORT_EVENT.HOUSEHOLD_ID);
        Field<java.math.BigDecimal> vnd = DSL.sum(SUPPORT_EVENT.AMOUNT_VND);
        List<Field<?>> select = new ArrayList<>(keys);
        select.add(events);
        select.add(households);
        select.add(vnd);
        var query = dsl.select(select).from(SUPPORT_EVENT);
        var joined = dimensions.contains(SupportDimension.VILLAGE)
                ? query.join(HOUSEHOLD).on(HOUSEHOLD.ID.eq(SUPPORT_EVENT.HOUSEHOLD_ID)) : query;
        return joined.where(condition(filter)).groupBy(keys).orderBy(keys)
                .fetch(r -> toTotal(r, keys, events, households, vnd));
    }

    private static SupportTotal toTotal(Record r, List<Field<?>> keys, Field<Integer> events,
                                        Field<Integer> households, Field<java.math.BigDecimal> vnd) {
        List<String> values = new ArrayList<>();
        for (Field<?> key : keys) {
            Object v = r.get(key);
            values.add(v == null ? "" : v.toString());
        }
        java.math.BigDecimal sum = r.get(vnd);
        return new SupportTotal(values, r.get(events), r.get(households), sum == null ? 0 : sum.longValueExact());
    }

    private static Field<?> keyField(SupportDimension d) {
        return switch (d) {
            case PROGRAMME -> SUPPORT_EVENT.PROGRAMME_CODE;
            case KIND -> SUPPORT_EVENT.KIND_CODE;
            case SOURCE -> SUPPORT_EVENT.FUNDING_SOURCE;
            case FORM -> SUPPORT_EVENT.FORM;
            case YEAR -> DSL.year(SUPPORT_EVENT.EVENT_DATE).as("event_year");
            case VILLAGE -> HOUSEHOLD.VILLAGE_ID;
        };
    }

    private static Condition condition(SupportFilter filter) {
        Condition c = SUPPORT_EVENT.DELETED.isFalse();
        if (filter.communeCodes() != null) {
            c = c.and(SUPPORT_EVENT.OWNER_UNIT.in(filter.communeCodes()));
        }
        if (filter.year() != null) {
            c = c.and(SUPPORT_EVENT.EVENT_DATE.between(java.time.LocalDate.of(filter.year(), 1, 1),
                    java.time.LocalDate.of(filter.year(), 12, 31)));
        }
        if (filter.programmeCode() != null) {
            c = c.and(SUPPORT_EVENT.PROGRAMME_CODE.eq(filter.programmeCode()));
        }
        return c;
    }

    private static Map<Field<?>, Object> values(SupportEvent e) {
        SupportDetails d = e.details();
        Map<Field<?>, Object> values = META.values(e.meta());
        values.put(SUPPORT_EVENT.HOUSEHOLD_ID, e.householdId());
        values.put(SUPPORT_EVENT.BATCH_ID, e.batchId());
        values.put(SUPPORT_EVENT.EVENT_DATE, d.date());
        values.put(SUPPORT_EVENT.PROGRAMME_CODE, d.programmeCode());
        values.put(SUPPORT_EVENT.KIND_CODE, d.kindCode());
        values.put(SUPPORT_EVENT.FORM, d.form().name());
        values.put(SUPPORT_EVENT.AMOUNT_VND, d.amountVnd());
        values.put(SUPPORT_EVENT.ITEM, d.item());
        values.put(SUPPORT_EVENT.QUANTITY, d.quantity());
        values.put(SUPPORT_EVENT.UNIT, d.unit());
        values.put(SUPPORT_EVENT.FUNDING_SOURCE, d.source().name());
        values.put(SUPPORT_EVENT.PERIOD_FROM, d.periodFrom());
        values.put(SUPPORT_EVENT.PERIOD_TO, d.periodTo());
        Credit c = d.credit();
        values.put(SUPPORT_EVENT.CREDIT_TERM_MONTHS, c == null ? null : c.termMonths());
        values.put(SUPPORT_EVENT.CREDIT_MONTHLY_RATE, c == null ? null : c.monthlyRatePercent());
        values.put(SUPPORT_EVENT.CREDIT_OUTSTANDING_VND, c == null ? null : c.outstandingVnd());
        values.put(SUPPORT_EVENT.NOTE, d.note());
        return values;
    }

    /** Supports of the communes changed after {@code since} up to {@code upTo}, tombstones included. */
    public void forEachChanged(Collection<String> communes, long since, long upTo, Consumer<SupportEvent> action) {
        ChangeFeed.forEach(dsl, SUPPORT_EVENT, communes, since, upTo, SupportRepository::toEvent, action);
    }

    private static SupportEvent toEvent(SupportEventRecord r) {
        Credit credit = r.getCreditTermMonths() == null ? null
                : new Credit(r.getCreditTermMonths(), r.getCreditMonthlyRate(), r.getCreditOutstandingVnd());
        SupportDetails d = new SupportDetails(r.getEventDate(), r.getProgrammeCode(), r.getKindCode(),
                SupportForm.valueOf(r.getForm()), r.getAmountVnd(), r.getItem(), r.getQuantity(), r.getUnit(),
                FundingSource.valueOf(r.getFundingSource()), r.getPeriodFrom(), r.getPeriodTo(), credit, r.getNote());
        return new SupportEvent(META.read(r), r.getHouseholdId(), r.getBatchId(), d);
    }
}
