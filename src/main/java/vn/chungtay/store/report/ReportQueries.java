package vn.chungtay.store.report;

import static vn.chungtay.store.generated.Tables.HOUSEHOLD_REVIEW;
import static vn.chungtay.store.generated.Tables.MEMBER;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import vn.chungtay.domain.household.Area;
import vn.chungtay.domain.household.Relationship;
import vn.chungtay.domain.review.PovertyClass;
import vn.chungtay.store.generated.tables.HouseholdReview;

/**
 * The aggregates behind the reports, each one GROUP BY over the reviews that make up a state (never the households
 * themselves in memory): figures per group, class and DTTS; the same per ethnic group of the head; and the cells of
 * the movement tables from two states joined household by household.
 */
public final class ReportQueries {

    private static final String POOR = PovertyClass.POOR.name();
    private static final String NEAR_POOR = PovertyClass.NEAR_POOR.name();
    private static final List<String> TRACKED = List.of(POOR, NEAR_POOR);
    private static final List<String> ABOVE = List.of(PovertyClass.AVERAGE.name(), PovertyClass.NOT_POOR.name());

    private final DSLContext dsl;

    public ReportQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * The state's reviews grouped by commune (and village and area as asked), class and DTTS, counting how many poor or
     * near-poor households lack each of {@code indicators}.
     *
     * @param villageId only this village's reviews; {@code null} for all of the state
     */
    public List<StateGroup> stateGroups(ReviewState state, Grouping grouping, UUID villageId,
                                        List<String> indicators) {
        return groups(state, grouping, villageId, indicators, false);
    }

    /** As {@link #stateGroups}, also grouped by the ethnic group of the household's head (as the register has it). */
    public List<StateGroup> ethnicGroups(ReviewState state, Grouping grouping, UUID villageId) {
        return groups(state, grouping, villageId, List.of(), true);
    }

    private List<StateGroup> groups(ReviewState state, Grouping grouping, UUID villageId, List<String> indicators,
                                    boolean byEthnicity) {
        if (state.isEmpty()) {
            return List.of();
        }
        HouseholdReview r = HOUSEHOLD_REVIEW.as("r");
        List<Field<?>> keys = keys(r, grouping);
        Field<String> ethnicity = MEMBER.ETHNICITY;
        if (byEthnicity) {
            keys.add(ethnicity);
        }
        keys.add(r.POVERTY_CLASS);
        keys.add(r.ETHNIC_MINORITY);
        List<Field<?>> select = new ArrayList<>(keys);
        Field<Integer> households = DSL.count();
        Field<BigDecimal> persons = DSL.sum(r.PERSONS);
        Field<BigDecimal> noWork = countIf(r.NO_WORK_CAPACITY.isTrue());
        Field<BigDecimal> meritorious = countIf(r.MERITORIOUS.isTrue());
        Field<BigDecimal> female = countIf(r.FEMALE_HEAD.isTrue());
        Field<BigDecimal> income = DSL.sum(DSL.when(r.INCOME.isNotNull(), r.INCOME.mul(r.PERSONS)).otherwise(0L));
        Field<BigDecimal> withIncome = DSL.sum(DSL.when(r.INCOME.isNotNull(), r.PERSONS).otherwise(0));
        select.addAll(List.of(households, persons, noWork, meritorious, female, income, withIncome));
        List<Field<BigDecimal>> lacking = new ArrayList<>();
        Field<String> padded = DSL.concat(DSL.inline(","), r.LACKING, DSL.inline(","));
        for (String code : indicators) {
            lacking.add(countIf(r.POVERTY_CLASS.in(TRACKED).and(padded.like("%," + code + ",%"))));
        }
        select.addAll(lacking);
        Condition where = StateConditions.inState(r, state);
        if (villageId != null) {
            where = where.and(r.VILLAGE_ID.eq(villageId));
        }
        var from = dsl.select(select).from(r);
        var joined = byEthnicity
                ? from.leftJoin(MEMBER).on(MEMBER.HOUSEHOLD_ID.eq(r.HOUSEHOLD_ID),
                        MEMBER.RELATIONSHIP.eq(Relationship.HEAD.name()), MEMBER.DELETED.isFalse())
                : from;
        return joined.where(where).groupBy(keys).fetch(rec -> {
            List<Long> lacks = new ArrayList<>();
            for (Field<BigDecimal> f : lacking) {
                lacks.add(number(rec, f));
            }
            return new StateGroup(key(rec, r, grouping), byEthnicity ? rec.get(ethnicity) : null,
                    PovertyClass.valueOf(rec.get(r.POVERTY_CLASS)), rec.get(r.ETHNIC_MINORITY),
                    rec.get(households), number(rec, persons), number(rec, noWork), number(rec, meritorious),
                    number(rec, female), lacks, number(rec, income), number(rec, withIncome));
        });
    }

    /**
     * The cells of the movement tables between two states, both sides (see {@link MovementCell}), grouped by commune
     * and as asked. A household belongs to a group before by its review in {@code before} and after by its review in
     * {@code after} of the same commune.
     *
     * @param earlierRounds the rounds before the last round of {@code before} (for re-poor: poor in some round before
     *                      the previous one)
     * @param villageId     only households in this village (before or after); {@code null} for all
     */
    public List<MovementCell> movementCells(ReviewState before, ReviewState after, Collection<UUID> earlierRounds,
                                            Grouping grouping, UUID villageId) {
        List<MovementCell> out = new ArrayList<>();
        if (!before.isEmpty()) {
            out.addAll(beforeSide(before, after, grouping, villageId));
        }
        if (!after.isEmpty()) {
            out.addAll(afterSide(before, after, earlierRounds, grouping, villageId));
        }
        return out;
    }

    /** Households poor or near-poor in a group before, by what they are in that group after. */
    private List<MovementCell> beforeSide(ReviewState before, ReviewState after, Grouping grouping, UUID villageId) {
        HouseholdReview b = HOUSEHOLD_REVIEW.as("b");
        HouseholdReview a = HOUSEHOLD_REVIEW.as("a");
        Condition stays = a.ID.isNotNull().and(sameGroup(a, b, grouping));
        Field<String> counterpart = DSL.when(stays, a.POVERTY_CLASS).otherwise(DSL.inline((String) null));
        Condition sameClass = stays.and(a.POVERTY_CLASS.eq(b.POVERTY_CLASS));
        List<Field<?>> keys = keys(b, grouping);
        keys.add(b.POVERTY_CLASS);
        keys.add(counterpart);
        Field<Integer> households = DSL.count();
        Field<BigDecimal> persons = DSL.sum(b.PERSONS);
        Field<BigDecimal> gained = DSL.sum(DSL.when(sameClass.and(a.PERSONS.gt(b.PERSONS)),
                a.PERSONS.minus(b.PERSONS)).otherwise(0));
        Field<BigDecimal> lost = DSL.sum(DSL.when(sameClass.and(a.PERSONS.lt(b.PERSONS)),
                b.PERSONS.minus(a.PERSONS)).otherwise(0));
        List<Field<?>> select = new ArrayList<>(keys);
        select.addAll(List.of(households, persons, gained, lost));
        Condition where = StateConditions.inState(b, before).and(b.POVERTY_CLASS.in(TRACKED));
        if (villageId != null) {
            where = where.and(b.VILLAGE_ID.eq(villageId));
        }
        return dsl.select(select).from(b)
                .leftJoin(a).on(a.HOUSEHOLD_ID.eq(b.HOUSEHOLD_ID), a.OWNER_UNIT.eq(b.OWNER_UNIT),
                        StateConditions.inState(a, after))
                .where(where).groupBy(keys)
                .fetch(rec -> new MovementCell(key(rec, b, grouping), true,
                        PovertyClass.valueOf(rec.get(b.POVERTY_CLASS)), classOrNull(rec.get(counterpart)), false,
                        false, rec.get(households), number(rec, persons), number(rec, gained), number(rec, lost)));
    }

    /** Households poor or near-poor in a group after, by what they were in that group before. */
    private List<MovementCell> afterSide(ReviewState before, ReviewState after, Collection<UUID> earlierRounds,
                                         Grouping grouping, UUID villageId) {
        HouseholdReview a = HOUSEHOLD_REVIEW.as("a");
        HouseholdReview b = HOUSEHOLD_REVIEW.as("b");
        Condition stayed = b.ID.isNotNull().and(sameGroup(a, b, grouping));
        Field<String> counterpart = DSL.when(stayed, b.POVERTY_CLASS).otherwise(DSL.inline((String) null));
        // Only a household that was above the near-poor line before can be re-poor, so only then is its past looked up.
        // Grouped-by expressions carry their constants inline: H2 matches them to the select list by their text.
        Condition wasAbove = stayed.and(b.POVERTY_CLASS.in(inline(ABOVE)));
        Field<Boolean> everPoor = DSL.field(wasAbove.and(earlier(a, earlierRounds, List.of(POOR))));
        Field<Boolean> everNear = DSL.field(wasAbove.and(earlier(a, earlierRounds, List.of(NEAR_POOR))));
        List<Field<?>> keys = keys(a, grouping);
        keys.addAll(List.of(a.POVERTY_CLASS, counterpart, everPoor, everNear));
        Field<Integer> households = DSL.count();
        Field<BigDecimal> persons = DSL.sum(a.PERSONS);
        List<Field<?>> select = new ArrayList<>(keys);
        select.addAll(List.of(households, persons));
        Condition where = StateConditions.inState(a, after).and(a.POVERTY_CLASS.in(TRACKED));
        if (villageId != null) {
            where = where.and(a.VILLAGE_ID.eq(villageId));
        }
        return dsl.select(select).from(a)
                .leftJoin(b).on(b.HOUSEHOLD_ID.eq(a.HOUSEHOLD_ID), b.OWNER_UNIT.eq(a.OWNER_UNIT),
                        StateConditions.inState(b, before))
                .where(where).groupBy(keys)
                .fetch(rec -> new MovementCell(key(rec, a, grouping), false,
                        PovertyClass.valueOf(rec.get(a.POVERTY_CLASS)), classOrNull(rec.get(counterpart)),
                        Boolean.TRUE.equals(rec.get(everPoor)), Boolean.TRUE.equals(rec.get(everNear)),
                        rec.get(households), number(rec, persons), 0, 0));
    }

    /** The household had one of the classes in one of the earlier rounds. */
    private static Condition earlier(HouseholdReview a, Collection<UUID> earlierRounds, List<String> classes) {
        if (earlierRounds.isEmpty()) {
            return DSL.falseCondition();
        }
        HouseholdReview e = HOUSEHOLD_REVIEW.as("e");
        return DSL.exists(DSL.selectOne().from(e).where(e.HOUSEHOLD_ID.eq(a.HOUSEHOLD_ID),
                e.OWNER_UNIT.eq(a.OWNER_UNIT), e.DELETED.isFalse(),
                e.ROUND_ID.in(earlierRounds.stream().map(DSL::inline).toList()), e.POVERTY_CLASS.in(inline(classes))));
    }

    private static List<org.jooq.Param<String>> inline(List<String> values) {
        return values.stream().map(DSL::inline).toList();
    }

    private static Condition sameGroup(HouseholdReview x, HouseholdReview y, Grouping grouping) {
        Condition c = DSL.trueCondition();
        if (grouping.village()) {
            c = c.and(x.VILLAGE_ID.eq(y.VILLAGE_ID));
        }
        if (grouping.area()) {
            c = c.and(x.AREA.eq(y.AREA));
        }
        return c;
    }

    private static List<Field<?>> keys(HouseholdReview r, Grouping grouping) {
        List<Field<?>> keys = new ArrayList<>();
        keys.add(r.OWNER_UNIT);
        if (grouping.village()) {
            keys.add(r.VILLAGE_ID);
        }
        if (grouping.area()) {
            keys.add(r.AREA);
        }
        return keys;
    }

    private static GroupKey key(Record rec, HouseholdReview r, Grouping grouping) {
        return new GroupKey(rec.get(r.OWNER_UNIT), grouping.village() ? rec.get(r.VILLAGE_ID) : null,
                grouping.area() ? Area.valueOf(rec.get(r.AREA)) : null);
    }

    private static Field<BigDecimal> countIf(Condition c) {
        return DSL.sum(DSL.when(c, 1).otherwise(0));
    }

    private static long number(Record rec, Field<BigDecimal> f) {
        Object v = rec.get(f);
        return v == null ? 0 : ((Number) v).longValue();
    }

    private static PovertyClass classOrNull(String name) {
        return name == null ? null : PovertyClass.valueOf(name);
    }
}
