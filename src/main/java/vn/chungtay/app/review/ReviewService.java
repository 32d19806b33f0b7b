package vn.chungtay.app.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.chungtay.app.settings.SettingsService;
import vn.chungtay.app.identity.Actor;
import vn.chungtay.domain.household.Area;
import vn.chungtay.domain.household.Household;
import vn.chungtay.domain.household.HouseholdFilter;
import vn.chungtay.domain.household.HouseholdSummary;
import vn.chungtay.domain.record.ChangeStamp;
import vn.chungtay.domain.record.RecordMeta;
import vn.chungtay.domain.record.Uuids;
import vn.chungtay.domain.review.Classification;
import vn.chungtay.domain.review.Evidence;
import vn.chungtay.domain.review.HouseholdCategories;
import vn.chungtay.domain.review.HouseholdReview;
import vn.chungtay.domain.review.PovertyClassifier;
import vn.chungtay.domain.review.PovertyStandard;
import vn.chungtay.domain.review.ReviewDetails;
import vn.chungtay.domain.review.ReviewRound;
import vn.chungtay.domain.review.RoundHistory;
import vn.chungtay.domain.review.StandardDetails;
import vn.chungtay.domain.review.Transition;
import vn.chungtay.domain.text.VietnameseText;
import vn.chungtay.domain.validation.ValidationException;
import vn.chungtay.domain.validation.Violation;
import vn.chungtay.store.Repositories;
import vn.chungtay.store.Store;

/**
 * Reviewing households in a round: the list with progress, the form's context, the class with its reason as a
 * person types, saving a review (class and transition computed here, whoever calls), and a household's history.
 */
public final class ReviewService {

    /** Larger incomes are typing mistakes (VND per person per month). */
    static final long MAX_INCOME = 1_000_000_000L;
    static final int MAX_B1 = 1000;

    private final Store store;
    private final Clock clock;
    private final Uuids uuids;
    private final RoundService rounds;
    private final SettingsService settings;

    public ReviewService(Store store, Clock clock, Uuids uuids, RoundService rounds, SettingsService settings) {
        this.store = store;
        this.clock = clock;
        this.uuids = uuids;
        this.rounds = rounds;
        this.settings = settings;
    }

    /** The round's households, each with its review in the round if it has one; optionally one village only. */
    public List<RoundRow> rows(UUID roundId, UUID villageId) {
        return store.inTransaction(repos -> {
            ReviewRound round = RoundService.find(repos, roundId);
            HouseholdFilter filter = new HouseholdFilter("", Set.of(round.communeCode()), villageId);
            List<HouseholdSummary> households = repos.households().page(filter, 0, Integer.MAX_VALUE);
            Map<UUID, HouseholdReview> reviews = new HashMap<>();
            repos.reviews().ofRounds(List.of(roundId)).forEach(r -> reviews.put(r.householdId(), r));
            return households.stream().map(h -> new RoundRow(h, reviews.get(h.id()))).toList();
        });
    }

    /** What the review form of a household in a round shows. */
    public ReviewContext context(UUID roundId, UUID householdId) {
        return store.inTransaction(repos -> {
            ReviewRound round = RoundService.find(repos, roundId);
            Household household = liveHousehold(repos, round, householdId);
            PovertyStandard standard = standard(repos, round.standardCode());
            RoundHistory history = RoundService.history(repos, round.communeCode());
            return new ReviewContext(round, standard, household,
                    repos.reviews().find(roundId, householdId).orElse(null),
                    history.stateBefore(roundId).get(householdId),
                    HouseholdCategories.suggested(household, settings.minorityRule()));
        });
    }

    /** The class and its reason for the inputs, without saving anything (the form's live answer). */
    public static Classification classify(StandardDetails standard, Area area, Evidence evidence,
                                          Collection<String> lacking) {
        return PovertyClassifier.classify(standard, area, evidence, lacking);
    }

    /**
     * Saves the household's review in the round: checks the input, classifies it under the round's standard,
     * computes the transition from the previous round, and refreshes the stored transitions of the household's
     * reviews in later rounds, which depend on this one.
     */
    public HouseholdReview save(Actor actor, UUID roundId, UUID householdId, ReviewInput input) {
        List<Violation> violations = check(input);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        return store.inTransaction(repos -> {
            ReviewRound round = rounds.editable(repos, actor, roundId);
            Household household = liveHousehold(repos, round, householdId);
            StandardDetails standard = standard(repos, round.standardCode()).details();
            List<String> lacking = standard.indicators().stream().map(i -> i.code())
                    .filter(input.lacking()::contains).toList();
            Classification classification = PovertyClassifier.classify(standard, household.details().area(),
                    input.evidence(), input.lacking());
            HouseholdCategories categories = new HouseholdCategories(
                    settings.minorityRule().isMinorityHousehold(household), input.noWorkCapacity(),
                    input.meritorious(), input.femaleHead());
            String reviewer = VietnameseText.capitaliseWords(input.reviewer()).isEmpty()
                    ? actor.userName() : VietnameseText.capitaliseWords(input.reviewer());
            ReviewDetails details = new ReviewDetails(household.details().villageId(), household.details().area(),
                    household.members().size(), input.evidence(), lacking, categories, reviewer,
                    input.reviewedOn(), VietnameseText.clean(input.note()));
            ChangeStamp stamp = actor.stamp(clock.instant());
            HouseholdReview existing = repos.reviews().find(roundId, householdId).orElse(null);
            RecordMeta meta = existing == null
                    ? RecordMeta.born(uuids.next(), round.communeCode(), uuids.next(), stamp)
                    : existing.meta().edited(uuids.next(), stamp);
            RoundHistory history = RoundService.history(repos, round.communeCode());
            Transition transition = history.transition(roundId, householdId, classification.povertyClass());
            HouseholdReview saved = new HouseholdReview(meta, roundId, householdId, round.year(), details,
                    classification.povertyClass(), transition);
            repos.reviews().save(saved);
            refreshLaterTransitions(repos, round, householdId, stamp);
            return saved;
        });
    }

    private void refreshLaterTransitions(Repositories repos, ReviewRound round, UUID householdId, ChangeStamp stamp) {
        RoundHistory history = RoundService.history(repos, round.communeCode());
        boolean later = false;
        for (ReviewRound r : history.rounds()) {
            if (later) {
                repos.reviews().find(r.id(), householdId).ifPresent(review -> {
                    Transition now = history.transition(r.id(), householdId, review.povertyClass());
                    if (now != review.transition()) {
                        repos.reviews().save(new HouseholdReview(review.meta().edited(uuids.next(), stamp),
                                review.roundId(), householdId, review.year(), review.details(),
                                review.povertyClass(), now));
                    }
                });
            }
            later |= r.id().equals(round.id());
        }
    }

    private List<Violation> check(ReviewInput input) {
        List<Violation> out = new ArrayList<>();
        if (input.evidence() == null) {
            out.add(Violation.of("income", "validation.review.evidence.required"));
        } else if (input.evidence() instanceof Evidence.Income income) {
            if (income.vndPerPersonMonth() < 0) {
                out.add(Violation.of("income", "validation.review.income.negative"));
            } else if (income.vndPerPersonMonth() > MAX_INCOME) {
                out.add(Violation.of("income", "validation.review.income.too-large", MAX_INCOME));
            }
        } else if (input.evidence() instanceof Evidence.B1Score score
                && (score.points() < 0 || score.points() > MAX_B1)) {
            out.add(Violation.of("b1", "validation.review.b1.range", MAX_B1));
        }
        if (input.reviewedOn() == null) {
            out.add(Violation.of("reviewedOn", "validation.review.date.required"));
        } else if (input.reviewedOn().isAfter(LocalDate.now(clock))) {
            out.add(Violation.of("reviewedOn", "validation.review.date.future"));
        }
        if (input.reviewer().length() > 200) {
            out.add(Violation.of("reviewer", "validation.text.too-long", 200));
        }
        if (input.note().length() > 1000) {
            out.add(Violation.of("note", "validation.text.too-long", 1000));
        }
        return out;
    }

    /** A household's reviews in every round, oldest first, each with its round. */
    public List<HistoryEntry> history(UUID householdId) {
        return store.inTransaction(repos -> {
            List<HistoryEntry> out = new ArrayList<>();
            for (HouseholdReview review : repos.reviews().ofHousehold(householdId)) {
                repos.rounds().find(review.roundId()).ifPresent(round -> out.add(new HistoryEntry(round, review)));
            }
            out.sort(Comparator.comparing(HistoryEntry::round, ReviewRound.CHRONOLOGICAL));
            return out;
        });
    }

    /** One line of a household's history. */
    public record HistoryEntry(ReviewRound round, HouseholdReview review) {
    }

    private static Household liveHousehold(Repositories repos, ReviewRound round, UUID householdId) {
        Household household = repos.households().find(householdId).filter(h -> !h.meta().deleted())
                .orElseThrow(() -> new ValidationException(Violation.of("household", "validation.household.gone")));
        if (!household.communeCode().equals(round.communeCode())) {
            throw new ValidationException(Violation.of("household", "validation.review.household.other-commune"));
        }
        return household;
    }

    private static PovertyStandard standard(Repositories repos, String code) {
        return repos.standards().find(code).orElseThrow(() ->
                new ValidationException(Violation.of("standard", "validation.standard.unknown", code)));
    }
}
