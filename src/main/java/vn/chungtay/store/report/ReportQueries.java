package vn.chungtay.store.report;

import static vn.chungtay.store.generated.Tables.HOUSEHOLD_REVIEW;
import static vn.chungtay.store.generated.Tables.MEMBER;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
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
        return groups(state, grouping, villageId, indicators, false, false).get(null);
    }

    /** As {@link #stateGroups}, also grouped by the ethnic group of the household's head (as the register has it). */
    public List<StateGroup> ethnicGroups(ReviewState state, Grouping grouping, UUID villageId,
                                         List<String> indicators) {
        return groups(state, grouping, villageId, indicators, true, false).get(null);
    }

    /**
     * The reviews of each of the rounds made on or before {@code asOf}, grouped by commune, class and DTTS: in one
     * pass, the states of many years whose communes stand on one round each (the trend over the years).
     */
    public Map<UUID, List<StateGroup>> stateGroupsByRound(Collection<UUID> rounds, LocalDate asOf, UUID villageId) {
        if (rounds.isEmpty()) {
            return Map.of();
        }
        return groups(new ReviewState(rounds.stream().map(List::of).toList(), asOf), Grouping.COMMUNE, villageId,
                List.of(), false, true);
    }

    private Map<UUID, List<StateGroup>> groups(ReviewState state, Grouping grouping, UUID villageId,
                                               List<String> indicators, boolean byEthnicity, boolean byRound) {
        Map<UUID, List<StateGroup>> out = new HashMap<>();
        out.put(null, new ArrayList<>());
        if (state.isEmpty()) {
            return out;
        }
        HouseholdReview r = HOUSEHOLD_REVIEW.as("r");
        List<Field<?>> keys = keys(r, grouping);
        if (byRound) {
            keys.add(r.ROUND_ID);
        }
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
        joined.where(where).groupBy(keys).forEach(rec -> {
            List<Long> lacks = new ArrayList<>();
            for (Field<BigDecimal> f : lacking) {
                lacks.add(number(rec, f));
            }
            UUID round = byRound ? rec.get(r.ROUND_ID) : null;
            out.computeIfAbsent(round, k -> new ArrayList<>()).add(new StateGroup(key(rec, r, grouping),
                    byEthnicity ? rec.get(ethnicity) : null,
                    PovertyClass.valueOf(rec.get(r.POVERTY_CLASS)), rec.get(r.ETHNIC_MINORITY),
                    rec.get(households), number(rec, persons), number(rec, noWork), number(rec, meritorious),
                    number(rec, female), lacks, number(rec, income), number(rec, withIncome)));
        });
        return out;
    }

    /**
     * The cells of the movement tables between two states (see {@link MovementCell}), both sides, keyed by commune,
     * village and area. A household's place before is its review in {@code before}, after its review in {@code after}
     * of the same commune.
     *
     * @param earlierRounds the rounds before the last round of {@code before} (for re-poor: poor in some round before
     *                      the previous one)
     * @param afterSide     also the "after" side; without it only outflows and starts are counted (enough to count
     *                      households that escaped)
     * @param villageId     only households in this village (before or after); {@code null} for all
     */
    public List<MovementCell> movementCells(ReviewState before, ReviewState after, Collection<UUID> earlierRounds,
                                            boolean afterSide, UUID villageId) {
        List<MovementCell> out = new ArrayList<>();
        if (!before.isEmpty()) {
            out.addAll(side(true, before, after, earlierRounds, villageId));
        }
        if (afterSide && !after.isEmpty()) {
            out.addAll(side(false, before, after, earlierRounds, villageId));
        }
        return out;
    }

    /**
     * One side: the households poor or near-poor in state {@code here} ("this" side), each joined to its review in the
     * other state of the same commune.
     */
    private List<MovementCell> side(boolean beforeSide, ReviewState before, ReviewState after,
                                    Collection<UUID> earlierRounds, UUID villageId) {
        HouseholdReview h = HOUSEHOLD_REVIEW.as(beforeSide ? "b" : "a");
        HouseholdReview o = HOUSEHOLD_REVIEW.as(beforeSide ? "a" : "b");
        // Only columns of household_review_lookup_ix are read from the other side (its household id, not its id), so
        // that H2 answers the lookup from that index alone.
        Field<Boolean> sameVillage = DSL.field(o.HOUSEHOLD_ID.isNotNull().and(o.VILLAGE_ID.eq(h.VILLAGE_ID)));
        Field<Boolean> sameArea = DSL.field(o.HOUSEHOLD_ID.isNotNull().and(o.AREA.eq(h.AREA)));
        List<Field<?>> keys = new ArrayList<>(List.of(h.OWNER_UNIT, h.VILLAGE_ID, h.AREA, h.POVERTY_CLASS,
                o.POVERTY_CLASS, sameVillage, sameArea));
        Field<Boolean> everPoor = null;
        Field<Boolean> everNear = null;
        if (!beforeSide) {
            // Only a household above the near-poor line before can be re-poor, so only then is its past looked up.
            // Grouped-by expressions carry their constants inline: H2 matches them to the select list by their text.
            Condition wasAbove = o.POVERTY_CLASS.in(inline(ABOVE));
            everPoor = DSL.field(wasAbove.and(earlier(h, earlierRounds, List.of(POOR))));
            everNear = DSL.field(wasAbove.and(earlier(h, earlierRounds, List.of(NEAR_POOR))));
            keys.add(everPoor);
            keys.add(everNear);
        }
        Field<Integer> households = DSL.count();
        Field<BigDecimal> persons = DSL.sum(h.PERSONS);
        Condition sameClass = o.POVERTY_CLASS.eq(h.POVERTY_CLASS);
        Field<BigDecimal> gained = DSL.sum(DSL.when(sameClass.and(o.PERSONS.gt(h.PERSONS)),
                o.PERSONS.minus(h.PERSONS)).otherwise(0));
        Field<BigDecimal> lost = DSL.sum(DSL.when(sameClass.and(o.PERSONS.lt(h.PERSONS)),
                h.PERSONS.minus(o.PERSONS)).otherwise(0));
        List<Field<?>> select = new ArrayList<>(keys);
        select.addAll(List.of(households, persons, gained, lost));
        Condition where = StateConditions.inState(h, beforeSide ? before : after).and(h.POVERTY_CLASS.in(TRACKED));
        if (villageId != null) {
            where = where.and(h.VILLAGE_ID.eq(villageId));
        }
        Field<Boolean> poorEarlier = everPoor;
        Field<Boolean> nearEarlier = everNear;
        return dsl.select(select).from(h)
                .leftJoin(o).on(o.HOUSEHOLD_ID.eq(h.HOUSEHOLD_ID), o.OWNER_UNIT.eq(h.OWNER_UNIT),
                        StateConditions.inStateLookedUp(o, beforeSide ? after : before))
                .where(where).groupBy(keys)
                .fetch(rec -> new MovementCell(new GroupKey(rec.get(h.OWNER_UNIT), rec.get(h.VILLAGE_ID),
                        Area.valueOf(rec.get(h.AREA))), beforeSide, PovertyClass.valueOf(rec.get(h.POVERTY_CLASS)),
                        classOrNull(rec.get(o.POVERTY_CLASS)), Boolean.TRUE.equals(rec.get(sameVillage)),
                        Boolean.TRUE.equals(rec.get(sameArea)),
                        poorEarlier != null && Boolean.TRUE.equals(rec.get(poorEarlier)),
                        nearEarlier != null && Boolean.TRUE.equals(rec.get(nearEarlier)),
                        rec.get(households), number(rec, persons), number(rec, gained), number(rec, lost)));
    }

    /** The household had one of the classes in one of the earlier rounds. */
    private static Condition earlier(HouseholdReview a, Collection<UUID> earlierRounds, List<String> classes) {
        if (earlierRounds.isEmpty()) {
            return DSL.falseCondition();
        }
        HouseholdReview e = HOUSEHOLD_REVIEW.as("e");
        // The round through an expression, so that H2 finds the household's reviews by the household (see
        // StateConditions.inStateLookedUp).
        return DSL.exists(DSL.selectOne().from(e).where(e.HOUSEHOLD_ID.eq(a.HOUSEHOLD_ID),
                e.OWNER_UNIT.eq(a.OWNER_UNIT), e.DELETED.isFalse(),
                DSL.coalesce(e.ROUND_ID, e.ROUND_ID).in(earlierRounds.stream().map(DSL::inline).toList()),
                e.POVERTY_CLASS.in(inline(classes))));
    }

    private static List<org.jooq.Param<String>> inline(List<String> values) {
        return values.stream().map(DSL::inline).toList();
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
