package vn.chungtay.store.review;

import vn.chungtay.store.ChangeFeed;
import java.util.function.Consumer;
import static vn.chungtay.store.generated.Tables.REVIEW_ROUND;
import static vn.chungtay.store.generated.Tables.REVIEW_ROUND_LOG;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import vn.chungtay.domain.review.ReviewRound;
import vn.chungtay.domain.review.RoundEvent;
import vn.chungtay.domain.review.RoundKind;
import vn.chungtay.domain.review.RoundStatus;
import vn.chungtay.store.MetaColumns;
import vn.chungtay.store.generated.tables.records.ReviewRoundRecord;

/** Review rounds of communes, and the log of their opening, closing and reopening. */
public final class RoundRepository {

    private static final MetaColumns META = new MetaColumns(REVIEW_ROUND);

    private final DSLContext dsl;

    public RoundRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The live rounds of the communes, in chronological order. */
    public List<ReviewRound> ofCommunes(Collection<String> communeCodes) {
        return dsl.selectFrom(REVIEW_ROUND)
                .where(REVIEW_ROUND.COMMUNE_CODE.in(communeCodes).and(REVIEW_ROUND.DELETED.isFalse()))
                .orderBy(REVIEW_ROUND.REVIEW_YEAR, REVIEW_ROUND.OPENED_ON, REVIEW_ROUND.ID)
                .fetch(RoundRepository::toRound);
    }

    /** Every live round, in chronological order. */
    public List<ReviewRound> all() {
        return dsl.selectFrom(REVIEW_ROUND).where(REVIEW_ROUND.DELETED.isFalse())
                .orderBy(REVIEW_ROUND.REVIEW_YEAR, REVIEW_ROUND.OPENED_ON, REVIEW_ROUND.ID)
                .fetch(RoundRepository::toRound);
    }

    public Optional<ReviewRound> find(UUID id) {
        return dsl.selectFrom(REVIEW_ROUND).where(REVIEW_ROUND.ID.eq(id)).fetchOptional(RoundRepository::toRound);
    }

    public void save(ReviewRound round) {
        Map<Field<?>, Object> values = META.values(round.meta());
        values.put(REVIEW_ROUND.COMMUNE_CODE, round.communeCode());
        values.put(REVIEW_ROUND.REVIEW_YEAR, round.year());
        values.put(REVIEW_ROUND.KIND, round.kind().name());
        values.put(REVIEW_ROUND.STANDARD_CODE, round.standardCode());
        values.put(REVIEW_ROUND.OPENED_ON, round.openedOn());
        values.put(REVIEW_ROUND.STATUS, round.status().name());
        values.put(REVIEW_ROUND.CLOSED_ON, round.closedOn());
        int updated = dsl.update(REVIEW_ROUND).set(values).where(REVIEW_ROUND.ID.eq(round.id())).execute();
        if (updated == 0) {
            dsl.insertInto(REVIEW_ROUND).set(values).execute();
        }
    }

    public void log(UUID roundId, RoundEvent.Kind event, String userName, Instant at, String note) {
        dsl.insertInto(REVIEW_ROUND_LOG)
                .set(REVIEW_ROUND_LOG.ID, UUID.randomUUID())
                .set(REVIEW_ROUND_LOG.ROUND_ID, roundId)
                .set(REVIEW_ROUND_LOG.EVENT, event.name())
                .set(REVIEW_ROUND_LOG.USER_NAME, userName)
                .set(REVIEW_ROUND_LOG.HAPPENED_AT, at.atOffset(ZoneOffset.UTC))
                .set(REVIEW_ROUND_LOG.NOTE, note)
                .execute();
    }

    /** What happened to a round, oldest first. */
    public List<RoundEvent> events(UUID roundId) {
        return dsl.selectFrom(REVIEW_ROUND_LOG).where(REVIEW_ROUND_LOG.ROUND_ID.eq(roundId))
                .orderBy(REVIEW_ROUND_LOG.HAPPENED_AT)
                .fetch(r -> new RoundEvent(r.getRoundId(), RoundEvent.Kind.valueOf(r.getEvent()), r.getUserName(),
                        r.getHappenedAt().toInstant(), r.getNote()));
    }

    /** Rounds of the communes changed after {@code since} up to {@code upTo}, tombstones included. */
    public void forEachChanged(Collection<String> communes, long since, long upTo, Consumer<ReviewRound> action) {
        ChangeFeed.forEach(dsl, REVIEW_ROUND, communes, since, upTo, RoundRepository::toRound, action);
    }

    private static ReviewRound toRound(ReviewRoundRecord r) {
        return new ReviewRound(META.read(r), r.getCommuneCode(), r.getReviewYear(), RoundKind.valueOf(r.getKind()),
                r.getStandardCode(), r.getOpenedOn(), RoundStatus.valueOf(r.getStatus()), r.getClosedOn());
    }
}
