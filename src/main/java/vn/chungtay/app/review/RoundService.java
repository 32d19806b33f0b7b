package vn.chungtay.app.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.chungtay.app.identity.AccessDeniedException;
import vn.chungtay.app.identity.Actor;
import vn.chungtay.domain.household.HouseholdFilter;
import vn.chungtay.domain.record.RecordMeta;
import vn.chungtay.domain.record.Uuids;
import vn.chungtay.domain.review.PovertyStandard;
import vn.chungtay.domain.review.ReviewRound;
import vn.chungtay.domain.review.RoundEvent;
import vn.chungtay.domain.review.RoundHistory;
import vn.chungtay.domain.review.RoundKind;
import vn.chungtay.domain.review.RoundStatus;
import vn.chungtay.domain.unit.UnitTree;
import vn.chungtay.domain.unit.Village;
import vn.chungtay.domain.validation.ValidationException;
import vn.chungtay.domain.validation.Violation;
import vn.chungtay.store.Repositories;
import vn.chungtay.store.Store;

/**
 * Review rounds (Decision 24/2021/QĐ-TTg): opening one for a commune and year under the standard in force (or one
 * chosen), its movement tables, closing it (which locks it; a periodic round only once every household is reviewed)
 * and reopening it, explicitly and with a reason. Every event is logged.
 */
public final class RoundService {

    /** The first year any shipped standard covers. */
    static final int FIRST_YEAR = 2016;

    private final Store store;
    private final Clock clock;
    private final Uuids uuids;

    public RoundService(Store store, Clock clock, Uuids uuids) {
        this.store = store;
        this.clock = clock;
        this.uuids = uuids;
    }

    /** The rounds of the communes the actor covers, in chronological order. */
    public List<ReviewRound> rounds(Actor actor) {
        Set<String> communes = tree().communesUnder(actor.unitCode());
        return communes.isEmpty() ? List.of() : store.reading().rounds().ofCommunes(communes);
    }

    public ReviewRound round(UUID roundId) {
        return store.reading().rounds().find(roundId).filter(r -> !r.meta().deleted())
                .orElseThrow(() -> new ValidationException(Violation.of("round", "validation.review.round.gone")));
    }

    public List<RoundEvent> events(UUID roundId) {
        return store.reading().rounds().events(roundId);
    }

    /**
     * Opens a round.
     *
     * @param standardCode the standard to classify by; {@code null} for the one in force in that year
     */
    public ReviewRound open(Actor actor, String communeCode, int year, RoundKind kind, String standardCode) {
        LocalDate today = LocalDate.now(clock);
        if (year < FIRST_YEAR || year > today.getYear() + 1) {
            throw new ValidationException(Violation.of("year", "validation.review.year", FIRST_YEAR,
                    today.getYear() + 1));
        }
        return store.inTransaction(repos -> {
            UnitTree tree = new UnitTree(repos.units().all(), today);
            if (!tree.communesUnder(communeCode).contains(communeCode)) {
                throw new ValidationException(Violation.of("commune", "validation.unit.unknown", communeCode));
            }
            if (!tree.isWithin(communeCode, actor.unitCode())) {
                throw new AccessDeniedException(communeCode);
            }
            PovertyStandard standard = standardCode != null
                    ? repos.standards().find(standardCode).orElseThrow(() -> new ValidationException(
                            Violation.of("standard", "validation.standard.unknown", standardCode)))
                    : repos.standards().all().stream().filter(s -> s.details().appliesTo(year)).findFirst()
                            .orElseThrow(() -> new ValidationException(
                                    Violation.of("standard", "validation.review.standard.none-for-year", year)));
            List<ReviewRound> existing = repos.rounds().ofCommunes(List.of(communeCode));
            if (existing.stream().anyMatch(ReviewRound::isOpen)) {
                throw new ValidationException(Violation.of("round", "validation.review.round.open-exists"));
            }
            if (kind == RoundKind.PERIODIC && existing.stream()
                    .anyMatch(r -> r.kind() == RoundKind.PERIODIC && r.year() == year)) {
                throw new ValidationException(Violation.of("year", "validation.review.round.periodic-exists", year));
            }
            var at = clock.instant();
            ReviewRound round = new ReviewRound(RecordMeta.born(uuids.next(), communeCode, uuids.next(),
                    actor.stamp(at)), communeCode, year, kind, standard.code(), today, RoundStatus.OPEN, null);
            repos.rounds().save(round);
            repos.rounds().log(round.id(), RoundEvent.Kind.OPENED, actor.userName(), at, "");
            return round;
        });
    }

    /** The round's movement tables, for the commune and for each of its villages. */
    public RoundMovement movement(UUID roundId) {
        return store.inTransaction(repos -> movement(repos, find(repos, roundId)));
    }

    static RoundMovement movement(Repositories repos, ReviewRound round) {
        RoundHistory history = history(repos, round.communeCode());
        List<Village> villages = repos.villages().ofCommunes(List.of(round.communeCode()));
        List<RoundMovement.VillageMovement> perVillage = villages.stream()
                .map(v -> new RoundMovement.VillageMovement(v, history.movement(round.id(),
                        s -> v.meta().id().equals(s.villageId()))))
                .toList();
        return new RoundMovement(round, history.movement(round.id(), s -> true), perVillage);
    }

    /**
     * Closes the round, which locks it. A periodic round closes only when every household of the commune has been
     * reviewed in it; the tables must balance.
     */
    public ReviewRound close(Actor actor, UUID roundId) {
        return store.inTransaction(repos -> {
            ReviewRound round = editable(repos, actor, roundId);
            if (round.kind() == RoundKind.PERIODIC) {
                int households = repos.households().count(new HouseholdFilter("", Set.of(round.communeCode()), null));
                List<UUID> reviewedIds = repos.reviews().ofRounds(List.of(roundId)).stream()
                        .map(r -> r.householdId()).distinct().toList();
                // Only households still on the register count: the review of one deleted since stands in for none.
                long reviewed = repos.households().summaries(reviewedIds).size();
                if (reviewed < households) {
                    throw new ValidationException(Violation.of("round", "validation.review.round.unreviewed",
                            households - reviewed));
                }
            }
            if (!movement(repos, round).balances()) {
                throw new IllegalStateException("movement table of round " + roundId + " does not balance");
            }
            return changeStatus(repos, actor, round, RoundStatus.CLOSED, RoundEvent.Kind.CLOSED, "");
        });
    }

    /** Reopens a closed round; the reason is required and recorded. */
    public ReviewRound reopen(Actor actor, UUID roundId, String reason) {
        String note = reason == null ? "" : reason.strip();
        if (note.isEmpty()) {
            throw new ValidationException(Violation.of("reason", "validation.review.reopen.reason"));
        }
        return store.inTransaction(repos -> {
            ReviewRound round = find(repos, roundId);
            checkScope(repos, actor, round);
            if (round.isOpen()) {
                throw new ValidationException(Violation.of("round", "validation.review.round.already-open"));
            }
            if (repos.rounds().ofCommunes(List.of(round.communeCode())).stream().anyMatch(ReviewRound::isOpen)) {
                throw new ValidationException(Violation.of("round", "validation.review.round.open-exists"));
            }
            return changeStatus(repos, actor, round, RoundStatus.OPEN, RoundEvent.Kind.REOPENED, note);
        });
    }

    private ReviewRound changeStatus(Repositories repos, Actor actor, ReviewRound round, RoundStatus status,
                                     RoundEvent.Kind event, String note) {
        var at = clock.instant();
        ReviewRound changed = new ReviewRound(round.meta().edited(uuids.next(), actor.stamp(at)), round.communeCode(),
                round.year(), round.kind(), round.standardCode(), round.openedOn(), status,
                status == RoundStatus.CLOSED ? LocalDate.now(clock) : null);
        repos.rounds().save(changed);
        repos.rounds().log(round.id(), event, actor.userName(), at, note);
        return changed;
    }

    /** The round, open and within the actor's unit; otherwise a clear refusal. */
    ReviewRound editable(Repositories repos, Actor actor, UUID roundId) {
        ReviewRound round = find(repos, roundId);
        checkScope(repos, actor, round);
        if (!round.isOpen()) {
            throw new ValidationException(Violation.of("round", "validation.review.round.closed"));
        }
        return round;
    }

    private void checkScope(Repositories repos, Actor actor, ReviewRound round) {
        if (!new UnitTree(repos.units().all(), LocalDate.now(clock)).isWithin(round.communeCode(), actor.unitCode())) {
            throw new AccessDeniedException(round.communeCode());
        }
    }

    static ReviewRound find(Repositories repos, UUID roundId) {
        return repos.rounds().find(roundId).filter(r -> !r.meta().deleted())
                .orElseThrow(() -> new ValidationException(Violation.of("round", "validation.review.round.gone")));
    }

    /** The commune's rounds with their reviews. */
    static RoundHistory history(Repositories repos, String communeCode) {
        List<ReviewRound> rounds = repos.rounds().ofCommunes(List.of(communeCode));
        return new RoundHistory(rounds, repos.reviews().ofRounds(rounds.stream().map(ReviewRound::id).toList()));
    }

    private UnitTree tree() {
        return new UnitTree(store.reading().units().all(), LocalDate.now(clock));
    }
}
