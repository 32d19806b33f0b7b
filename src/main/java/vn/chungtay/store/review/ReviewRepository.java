package vn.chungtay.store.review;

import vn.chungtay.store.ChangeFeed;
import static vn.chungtay.store.generated.Tables.HOUSEHOLD_REVIEW;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import vn.chungtay.domain.household.Area;
import vn.chungtay.domain.review.Evidence;
import vn.chungtay.domain.review.HouseholdCategories;
import vn.chungtay.domain.review.HouseholdReview;
import vn.chungtay.domain.review.PovertyClass;
import vn.chungtay.domain.review.ReviewDetails;
import vn.chungtay.domain.review.Transition;
import vn.chungtay.store.MetaColumns;
import vn.chungtay.store.generated.tables.records.HouseholdReviewRecord;
import vn.chungtay.store.InLists;

/** Household reviews: at most one per household and round. */
public final class ReviewRepository {

    private static final MetaColumns META = new MetaColumns(HOUSEHOLD_REVIEW);

    private final DSLContext dsl;

    public ReviewRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<HouseholdReview> find(UUID roundId, UUID householdId) {
        return dsl.selectFrom(HOUSEHOLD_REVIEW)
                .where(HOUSEHOLD_REVIEW.ROUND_ID.eq(roundId).and(HOUSEHOLD_REVIEW.HOUSEHOLD_ID.eq(householdId))
                        .and(HOUSEHOLD_REVIEW.DELETED.isFalse()))
                .fetchOptional(ReviewRepository::toReview);
    }

    /** The live reviews of the rounds. */
    public List<HouseholdReview> ofRounds(Collection<UUID> roundIds) {
        if (roundIds.isEmpty()) {
            return List.of();
        }
        return dsl.selectFrom(HOUSEHOLD_REVIEW)
                .where(InLists.in(HOUSEHOLD_REVIEW.ROUND_ID, roundIds).and(HOUSEHOLD_REVIEW.DELETED.isFalse()))
                .fetch(ReviewRepository::toReview);
    }

    /** A household's live reviews, oldest year first. */
    public List<HouseholdReview> ofHousehold(UUID householdId) {
        return dsl.selectFrom(HOUSEHOLD_REVIEW)
                .where(HOUSEHOLD_REVIEW.HOUSEHOLD_ID.eq(householdId).and(HOUSEHOLD_REVIEW.DELETED.isFalse()))
                .orderBy(HOUSEHOLD_REVIEW.REVIEW_YEAR, HOUSEHOLD_REVIEW.REVIEWED_ON)
                .fetch(ReviewRepository::toReview);
    }

    /** Streams every live review of the communes (all communes for {@code null}), in id order. */
    public void forEachLive(Collection<String> communeCodes, Consumer<HouseholdReview> action) {
        var condition = HOUSEHOLD_REVIEW.DELETED.isFalse();
        if (communeCodes != null) {
            condition = condition.and(HOUSEHOLD_REVIEW.OWNER_UNIT.in(communeCodes));
        }
        try (Cursor<HouseholdReviewRecord> cursor = dsl.selectFrom(HOUSEHOLD_REVIEW).where(condition)
                .orderBy(HOUSEHOLD_REVIEW.ID).fetchSize(2000).fetchLazy()) {
            for (HouseholdReviewRecord r : cursor) {
                action.accept(toReview(r));
            }
        }
    }

    /** How many live reviews each year has of each class, for the whole database or one commune. */
    public Map<Integer, Map<PovertyClass, Long>> countsByYearAndClass(String communeCode) {
        var condition = HOUSEHOLD_REVIEW.DELETED.isFalse();
        if (communeCode != null) {
            condition = condition.and(HOUSEHOLD_REVIEW.OWNER_UNIT.eq(communeCode));
        }
        Map<Integer, Map<PovertyClass, Long>> out = new LinkedHashMap<>();
        dsl.select(HOUSEHOLD_REVIEW.REVIEW_YEAR, HOUSEHOLD_REVIEW.POVERTY_CLASS, DSL.count())
                .from(HOUSEHOLD_REVIEW).where(condition)
                .groupBy(HOUSEHOLD_REVIEW.REVIEW_YEAR, HOUSEHOLD_REVIEW.POVERTY_CLASS)
                .orderBy(HOUSEHOLD_REVIEW.REVIEW_YEAR, HOUSEHOLD_REVIEW.POVERTY_CLASS)
                .forEach(r -> out.computeIfAbsent(r.value1(), y -> new LinkedHashMap<>())
                        .put(PovertyClass.valueOf(r.value2()), r.value3().longValue()));
        return out;
    }

    public void save(HouseholdReview review) {
        Map<Field<?>, Object> values = values(review);
        int updated = dsl.update(HOUSEHOLD_REVIEW).set(values).where(HOUSEHOLD_REVIEW.ID.eq(review.meta().id()))
                .execute();
        if (updated == 0) {
            dsl.insertInto(HOUSEHOLD_REVIEW).set(values).execute();
        }
    }

    /** Inserts many new reviews in JDBC batches (demo data, bulk imports). */
    public void insertAll(List<HouseholdReview> reviews) {
        if (reviews.isEmpty()) {
            return;
        }
        var batch = dsl.batch(dsl.insertInto(HOUSEHOLD_REVIEW).set(values(reviews.get(0))));
        for (HouseholdReview review : reviews) {
            batch = batch.bind(values(review).values().stream().filter(v -> !(v instanceof Field)).toArray());
        }
        batch.execute();
    }

    private static Map<Field<?>, Object> values(HouseholdReview review) {
        ReviewDetails d = review.details();
        Map<Field<?>, Object> values = META.values(review.meta());
        values.put(HOUSEHOLD_REVIEW.ROUND_ID, review.roundId());
        values.put(HOUSEHOLD_REVIEW.HOUSEHOLD_ID, review.householdId());
        values.put(HOUSEHOLD_REVIEW.REVIEW_YEAR, review.year());
        values.put(HOUSEHOLD_REVIEW.VILLAGE_ID, d.villageId());
        values.put(HOUSEHOLD_REVIEW.AREA, d.area().name());
        values.put(HOUSEHOLD_REVIEW.PERSONS, d.persons());
        values.put(HOUSEHOLD_REVIEW.INCOME, d.evidence() instanceof Evidence.Income i ? i.vndPerPersonMonth() : null);
        values.put(HOUSEHOLD_REVIEW.B1_SCORE, d.evidence() instanceof Evidence.B1Score b ? b.points() : null);
        values.put(HOUSEHOLD_REVIEW.LACKING, String.join(",", d.lacking()));
        HouseholdCategories c = d.categories();
        values.put(HOUSEHOLD_REVIEW.ETHNIC_MINORITY, c.ethnicMinority());
        values.put(HOUSEHOLD_REVIEW.NO_WORK_CAPACITY, c.noWorkCapacity());
        values.put(HOUSEHOLD_REVIEW.MERITORIOUS, c.meritorious());
        values.put(HOUSEHOLD_REVIEW.FEMALE_HEAD, c.femaleHead());
        values.put(HOUSEHOLD_REVIEW.POVERTY_CLASS, review.povertyClass().name());
        values.put(HOUSEHOLD_REVIEW.TRANSITION, review.transition().name());
        values.put(HOUSEHOLD_REVIEW.REVIEWER, d.reviewer());
        values.put(HOUSEHOLD_REVIEW.REVIEWED_ON, d.reviewedOn());
        values.put(HOUSEHOLD_REVIEW.NOTE, d.note());
        return values;
    }

    /** The stored reviews (tombstones included) among the ids. */
    public List<HouseholdReview> findAll(Collection<UUID> ids) {
        return dsl.selectFrom(HOUSEHOLD_REVIEW).where(InLists.in(HOUSEHOLD_REVIEW.ID, ids)).fetch(ReviewRepository::toReview);
    }

    public Optional<HouseholdReview> find(UUID id) {
        return dsl.selectFrom(HOUSEHOLD_REVIEW).where(HOUSEHOLD_REVIEW.ID.eq(id))
                .fetchOptional(ReviewRepository::toReview);
    }

    /** Reviews of the communes changed after {@code since} up to {@code upTo}, tombstones included. */
    public void forEachChanged(Collection<String> communes, long since, long upTo,
                               Consumer<HouseholdReview> action) {
        ChangeFeed.forEach(dsl, HOUSEHOLD_REVIEW, communes, since, upTo, ReviewRepository::toReview, action);
    }

    private static HouseholdReview toReview(HouseholdReviewRecord r) {
        Evidence evidence = r.getIncome() != null ? new Evidence.Income(r.getIncome())
                : new Evidence.B1Score(r.getB1Score());
        List<String> lacking = r.getLacking().isEmpty() ? List.of()
                : new ArrayList<>(Arrays.asList(r.getLacking().split(",")));
        HouseholdCategories categories = new HouseholdCategories(r.getEthnicMinority(), r.getNoWorkCapacity(),
                r.getMeritorious(), r.getFemaleHead());
        ReviewDetails details = new ReviewDetails(r.getVillageId(), Area.valueOf(r.getArea()), r.getPersons(),
                evidence, lacking, categories, r.getReviewer(), r.getReviewedOn(), r.getNote());
        return new HouseholdReview(META.read(r), r.getRoundId(), r.getHouseholdId(), r.getReviewYear(), details,
                PovertyClass.valueOf(r.getPovertyClass()), Transition.valueOf(r.getTransition()));
    }
}
