package vn.chungtay.app.support;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.chungtay.app.identity.AccessDeniedException;
import vn.chungtay.app.identity.Actor;
import vn.chungtay.app.settings.SettingsService;
import vn.chungtay.domain.household.Household;
import vn.chungtay.domain.household.HouseholdFilter;
import vn.chungtay.domain.household.HouseholdSummary;
import vn.chungtay.domain.record.ChangeStamp;
import vn.chungtay.domain.record.RecordMeta;
import vn.chungtay.domain.record.Uuids;
import vn.chungtay.domain.review.HouseholdState;
import vn.chungtay.domain.review.ReviewRound;
import vn.chungtay.domain.review.RoundHistory;
import vn.chungtay.domain.support.SupportDetails;
import vn.chungtay.domain.support.SupportDimension;
import vn.chungtay.domain.support.SupportEvent;
import vn.chungtay.domain.support.SupportFilter;
import vn.chungtay.domain.support.SupportRules;
import vn.chungtay.domain.support.SupportTotal;
import vn.chungtay.domain.unit.UnitTree;
import vn.chungtay.domain.validation.ValidationException;
import vn.chungtay.domain.validation.Violation;
import vn.chungtay.store.Repositories;
import vn.chungtay.store.Store;

/**
 * Recording the supports households receive (DOMAIN.md §3): one at a time, or one support for many households at
 * once — chosen by village, class in the latest review, DTTS, or by hand — saved all or nothing; a household's
 * timeline; and totals for the summary screen and the reports.
 */
public final class SupportService {

    private final Store store;
    private final Clock clock;
    private final Uuids uuids;
    private final SettingsService settings;

    public SupportService(Store store, Clock clock, Uuids uuids, SettingsService settings) {
        this.store = store;
        this.clock = clock;
        this.uuids = uuids;
        this.settings = settings;
    }

    /** A household's supports, newest first. */
    public List<SupportEvent> timeline(UUID householdId) {
        return store.reading().supports().ofHousehold(householdId);
    }

    /** What is wrong with the details for a new record, without saving (for forms that check as a person types). */
    public List<Violation> check(SupportDetails details) {
        return rules(store.reading()).violations(SupportRules.normalise(details), LocalDate.now(clock), true);
    }

    /** Records one support for a household. */
    public SupportEvent record(Actor actor, UUID householdId, SupportDetails typed) {
        return saveBatch(actor, typed, List.of(householdId)).events().get(0);
    }

    /** Corrects a recorded support. */
    public SupportEvent update(Actor actor, UUID eventId, SupportDetails typed) {
        SupportDetails details = SupportRules.normalise(typed);
        return store.inTransaction(repos -> {
            SupportEvent event = live(repos, eventId);
            checkScope(repos, actor, event.meta().ownerUnit());
            List<Violation> violations = rules(repos).violations(details, LocalDate.now(clock), false);
            if (!violations.isEmpty()) {
                throw new ValidationException(violations);
            }
            SupportEvent changed = new SupportEvent(event.meta().edited(uuids.next(), actor.stamp(clock.instant())),
                    event.householdId(), event.batchId(), details);
            repos.supports().save(changed);
            return changed;
        });
    }

    /** Deletes a recorded support as a tombstone, so the deletion travels like an edit. */
    public void delete(Actor actor, UUID eventId) {
        store.run(repos -> {
            SupportEvent event = live(repos, eventId);
            checkScope(repos, actor, event.meta().ownerUnit());
            repos.supports().save(new SupportEvent(event.meta().tombstoned(uuids.next(), actor.stamp(clock.instant())),
                    event.householdId(), event.batchId(), event.details()));
        });
    }

    /** The households a bulk support would reach, in list order. */
    public List<Recipient> recipients(Actor actor, RecipientCriteria criteria) {
        return store.inTransaction(repos -> {
            checkScope(repos, actor, criteria.communeCode());
            List<HouseholdSummary> households = repos.households().page(
                    new HouseholdFilter("", Set.of(criteria.communeCode()), criteria.villageId()), 0, Integer.MAX_VALUE);
            Map<UUID, HouseholdState> latest = latestStates(repos, criteria.communeCode());
            List<Recipient> out = new ArrayList<>();
            for (HouseholdSummary h : households) {
                if (criteria.picked() != null && !criteria.picked().contains(h.id())) {
                    continue;
                }
                HouseholdState state = latest.get(h.id());
                if (!criteria.classes().isEmpty() && (state == null
                        || !criteria.classes().contains(state.povertyClass()))) {
                    continue;
                }
                boolean minority = state != null ? state.categories().ethnicMinority()
                        : minorityByRule(repos, h.id());
                if (criteria.minorityOnly() && !minority) {
                    continue;
                }
                out.add(new Recipient(h, state == null ? null : state.povertyClass(), minority));
            }
            return out;
        });
    }

    /** The result of a bulk entry. */
    public record Batch(UUID batchId, List<SupportEvent> events, long totalVnd) {
    }

    /**
     * Records the same support for every household, in one transaction: either all are saved or, on any problem
     * (an invalid detail, a household gone or outside the actor's unit), none.
     */
    public Batch saveBatch(Actor actor, SupportDetails typed, List<UUID> householdIds) {
        SupportDetails details = SupportRules.normalise(typed);
        List<UUID> ids = new ArrayList<>(new LinkedHashSet<>(householdIds));
        if (ids.isEmpty()) {
            throw new ValidationException(Violation.of("households", "validation.support.recipients.empty"));
        }
        return store.inTransaction(repos -> {
            List<Violation> violations = rules(repos).violations(details, LocalDate.now(clock), true);
            if (!violations.isEmpty()) {
                throw new ValidationException(violations);
            }
            UnitTree tree = new UnitTree(repos.units().all(), LocalDate.now(clock));
            ChangeStamp stamp = actor.stamp(clock.instant());
            UUID batchId = ids.size() > 1 ? uuids.next() : null;
            List<SupportEvent> events = new ArrayList<>(ids.size());
            for (int row = 0; row < ids.size(); row++) {
                UUID id = ids.get(row);
                Household household = recipient(repos, id, row);
                if (!tree.isWithin(household.communeCode(), actor.unitCode())) {
                    throw new AccessDeniedException(household.communeCode());
                }
                events.add(new SupportEvent(RecordMeta.born(uuids.next(), household.communeCode(), uuids.next(), stamp),
                        id, batchId, details));
            }
            repos.supports().insertAll(events);
            return new Batch(batchId, events, details.amountVnd() * events.size());
        });
    }

    /** Totals of the supports in the actor's unit that the filter selects, grouped by the dimensions. */
    public List<SupportTotal> totals(Actor actor, SupportFilter filter, List<SupportDimension> dimensions) {
        Set<String> scope = new UnitTree(store.reading().units().all(), LocalDate.now(clock))
                .communesUnder(actor.unitCode());
        Set<String> communes = filter.communeCodes() == null ? scope
                : filter.communeCodes().stream().filter(scope::contains).collect(java.util.stream.Collectors.toSet());
        return store.reading().supports().totals(new SupportFilter(communes, filter.year(), filter.programmeCode()),
                dimensions);
    }

    private Map<UUID, HouseholdState> latestStates(Repositories repos, String communeCode) {
        List<ReviewRound> rounds = repos.rounds().ofCommunes(List.of(communeCode));
        if (rounds.isEmpty()) {
            return Map.of();
        }
        RoundHistory history = new RoundHistory(rounds,
                repos.reviews().ofRounds(rounds.stream().map(ReviewRound::id).toList()));
        ReviewRound last = rounds.stream().max(ReviewRound.CHRONOLOGICAL).orElseThrow();
        return new HashMap<>(history.stateAfter(last.id()));
    }

    private boolean minorityByRule(Repositories repos, UUID householdId) {
        return repos.households().find(householdId).map(settings.minorityRule()::isMinorityHousehold).orElse(false);
    }

    /**
     * A household of a batch, which must still be there; a refusal names its row in the list and its number, so the
     * person can find it among hundreds (it was deleted since the preview, or never existed here).
     */
    private static Household recipient(Repositories repos, UUID id, int row) {
        Household household = repos.households().find(id).orElseThrow(() -> new ValidationException(
                Violation.of("households[" + row + "]", "validation.support.recipient.unknown", row + 1)));
        if (household.meta().deleted()) {
            throw new ValidationException(Violation.of("households[" + row + "]",
                    "validation.support.recipient.gone", row + 1, household.details().number()));
        }
        return household;
    }

    private static SupportEvent live(Repositories repos, UUID eventId) {
        return repos.supports().find(eventId).filter(e -> !e.meta().deleted())
                .orElseThrow(() -> new ValidationException(Violation.of("event", "validation.support.gone")));
    }

    private void checkScope(Repositories repos, Actor actor, String communeCode) {
        if (!new UnitTree(repos.units().all(), LocalDate.now(clock)).isWithin(communeCode, actor.unitCode())) {
            throw new AccessDeniedException(communeCode);
        }
    }

    private static SupportRules rules(Repositories repos) {
        return new SupportRules(repos.catalogue().programmes(), repos.catalogue().kinds());
    }
}
