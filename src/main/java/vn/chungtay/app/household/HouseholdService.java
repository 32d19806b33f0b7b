package vn.chungtay.app.household;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.chungtay.app.identity.AccessDeniedException;
import vn.chungtay.app.identity.Actor;
import vn.chungtay.domain.ethnic.EthnicGroup;
import vn.chungtay.domain.household.Household;
import vn.chungtay.domain.household.HouseholdDraft;
import vn.chungtay.domain.household.HouseholdDraft.MemberDraft;
import vn.chungtay.domain.household.HouseholdFilter;
import vn.chungtay.domain.household.HouseholdRules;
import vn.chungtay.domain.household.HouseholdSearchEntry;
import vn.chungtay.domain.household.HouseholdSummary;
import vn.chungtay.domain.household.IdNumberHolder;
import vn.chungtay.domain.household.Member;
import vn.chungtay.domain.record.ChangeStamp;
import vn.chungtay.domain.record.RecordMeta;
import vn.chungtay.domain.record.Uuids;
import vn.chungtay.domain.unit.AdminUnit;
import vn.chungtay.domain.unit.UnitLevel;
import vn.chungtay.domain.unit.UnitTree;
import vn.chungtay.domain.unit.Village;
import vn.chungtay.domain.validation.ValidationException;
import vn.chungtay.domain.validation.Violation;
import vn.chungtay.store.Repositories;
import vn.chungtay.store.Store;

/**
 * The household register: listing and searching, loading, saving a household with its members in one transaction,
 * and deleting as a tombstone. Every save is normalised and validated here, whoever calls, and checked against the
 * actor's unit.
 */
public final class HouseholdService {

    private final Store store;
    private final Clock clock;
    private final Uuids uuids;
    private final List<EthnicGroup> ethnicGroups;
    private final HouseholdRules rules;
    private final HouseholdSearchIndex searchIndex;

    public HouseholdService(Store store, Clock clock, Uuids uuids) {
        this.store = store;
        this.clock = clock;
        this.uuids = uuids;
        this.ethnicGroups = store.reading().ethnicGroups().all();
        this.rules = new HouseholdRules(ethnicGroups.stream().map(EthnicGroup::code).collect(Collectors.toSet()));
        this.searchIndex = new HouseholdSearchIndex(store);
    }

    /** The ethnic groups a member may belong to, by code. */
    public List<EthnicGroup> ethnicGroups() {
        return ethnicGroups;
    }

    /** Today by the service's clock, the day forms judge dates against (no birth in the future). */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The rules drafts are checked against, for forms that validate as a person types. */
    public HouseholdRules rules() {
        return rules;
    }

    /**
     * The households matching the filter. The in-memory search index finds the ids once it is built (see
     * {@link #prepareSearch()}), and the database supplies each page's rows; until then a filter without typed text
     * is answered by the database alone, whose indexes cover the commune and village filters and the order.
     */
    public HouseholdResults search(HouseholdFilter typed) {
        HouseholdFilter filter = withoutRedundantScope(typed);
        if (HouseholdSearchEntry.terms(filter.text()).isEmpty() && !searchIndex.isCurrent()) {
            int size = store.reading().households().count(filter);
            return new HouseholdResults() {
                @Override
                public int size() {
                    return size;
                }

                @Override
                public List<HouseholdSummary> page(int offset, int limit) {
                    return store.reading().households().page(filter, offset, limit);
                }
            };
        }
        HouseholdSearchIndex.Matches matches = searchIndex.search(filter);
        return new HouseholdResults() {
            @Override
            public int size() {
                return matches.size();
            }

            @Override
            public List<HouseholdSummary> page(int offset, int limit) {
                int from = Math.min(offset, matches.size());
                return store.reading().households().summaries(
                        matches.ids(from, Math.min(from + limit, matches.size())));
            }
        };
    }

    /**
     * The filter without its commune list when that list holds every commune the register knows (a province clerk's
     * view): the database can then page in list order straight from its index instead of sorting the province.
     */
    private HouseholdFilter withoutRedundantScope(HouseholdFilter filter) {
        if (filter.communeCodes() == null) {
            return filter;
        }
        Set<String> all = new UnitTree(store.reading().units().all(), LocalDate.now(clock)).all().stream()
                .filter(u -> u.level() == UnitLevel.COMMUNE).map(AdminUnit::code).collect(Collectors.toSet());
        return filter.communeCodes().containsAll(all) ? new HouseholdFilter(filter.text(), null, filter.villageId())
                : filter;
    }

    /** Prepares search-as-you-type (reads the search entries of every household), ahead of the first keystroke. */
    public void prepareSearch() {
        searchIndex.warm();
    }

    /** The household with its live members; empty when unknown or deleted. */
    public Optional<Household> find(UUID id) {
        return store.reading().households().find(id).filter(h -> !h.meta().deleted());
    }

    /** Members of other households who hold this ID number (a warning for the form, never a block). */
    public List<IdNumberHolder> otherHoldersOf(String idNumber, UUID householdId) {
        if (idNumber == null || idNumber.isBlank()) {
            return List.of();
        }
        return store.reading().members().holdersOf(idNumber.strip()).stream()
                .filter(h -> !h.householdId().equals(householdId))
                .toList();
    }

    /**
     * Saves a new or edited household of a commune. Only records whose content changed get a new revision, so that
     * an unchanged member does not travel again.
     *
     * @throws ValidationException with every violation, field by field
     * @throws AccessDeniedException when the commune lies outside the actor's unit
     */
    public Household save(Actor actor, String communeCode, HouseholdDraft typed) {
        HouseholdDraft draft = HouseholdRules.normalise(typed);
        LocalDate today = LocalDate.now(clock);
        List<Violation> violations = new ArrayList<>(rules.violations(draft, today));
        return store.inTransaction(repos -> {
            UnitTree tree = new UnitTree(repos.units().all(), today);
            if (!tree.isWithin(communeCode, actor.unitCode())) {
                throw new AccessDeniedException(communeCode);
            }
            Household existing = draft.id() == null ? null
                    : repos.households().find(draft.id()).filter(h -> !h.meta().deleted()).orElseThrow(() ->
                            new ValidationException(Violation.of("household", "validation.household.gone")));
            if (existing != null && !existing.communeCode().equals(communeCode)) {
                throw new AccessDeniedException(existing.communeCode());
            }
            checkAgainstRegister(repos, communeCode, draft, violations);
            if (!violations.isEmpty()) {
                throw new ValidationException(violations);
            }
            return write(repos, actor.stamp(clock.instant()), communeCode, draft, existing);
        });
    }

    private static void checkAgainstRegister(Repositories repos, String communeCode, HouseholdDraft draft,
                                             List<Violation> violations) {
        UUID villageId = draft.details().villageId();
        if (villageId != null) {
            Optional<Village> village = repos.villages().find(villageId).filter(v -> !v.meta().deleted());
            if (village.isEmpty() || !village.get().communeCode().equals(communeCode)) {
                violations.add(Violation.of("villageId", "validation.household.village.other-commune"));
            }
        }
        String number = draft.details().number();
        if (!number.isEmpty() && repos.households().numberTaken(communeCode, number, draft.id())) {
            violations.add(Violation.of("number", "validation.household.number.taken", number));
        }
    }

    private Household write(Repositories repos, ChangeStamp stamp, String communeCode, HouseholdDraft draft,
                            Household existing) {
        UUID householdId = existing != null ? existing.id() : uuids.next();
        Map<UUID, Member> before = new HashMap<>();
        if (existing != null) {
            existing.members().forEach(m -> before.put(m.id(), m));
        }
        List<Member> members = new ArrayList<>();
        List<Member> changed = new ArrayList<>();
        for (int i = 0; i < draft.members().size(); i++) {
            MemberDraft m = draft.members().get(i);
            Member old = m.id() == null ? null : before.remove(m.id());
            Member now;
            if (old == null) {
                UUID id = m.id() != null ? m.id() : uuids.next();
                now = new Member(RecordMeta.born(id, communeCode, uuids.next(), stamp), householdId, i, m.details());
            } else if (old.position() != i || !old.details().equals(m.details())) {
                now = new Member(old.meta().edited(uuids.next(), stamp), householdId, i, m.details());
            } else {
                now = old;
            }
            members.add(now);
            if (now != old) {
                changed.add(now);
            }
        }
        for (Member gone : before.values()) {
            changed.add(new Member(gone.meta().tombstoned(uuids.next(), stamp), gone.householdId(), gone.position(),
                    gone.details()));
        }
        boolean contentChanged = existing == null || !existing.details().equals(draft.details());
        RecordMeta meta = existing == null ? RecordMeta.born(householdId, communeCode, uuids.next(), stamp)
                : contentChanged ? existing.meta().edited(uuids.next(), stamp) : existing.meta();
        Household saved = new Household(meta, draft.details(), members);
        if (contentChanged || !changed.isEmpty()) {
            repos.households().save(saved, contentChanged, changed);
            searchIndex.written(repos, List.of(HouseholdSearchEntry.of(saved)), List.of());
        }
        return saved;
    }

    /**
     * Deletes a household and its members as tombstones, so that the deletion travels like an edit.
     *
     * @throws AccessDeniedException when the household lies outside the actor's unit
     */
    public void delete(Actor actor, UUID householdId) {
        store.run(repos -> {
            Household household = repos.households().find(householdId).filter(h -> !h.meta().deleted())
                    .orElseThrow(() -> new ValidationException(Violation.of("household", "validation.household.gone")));
            UnitTree tree = new UnitTree(repos.units().all(), LocalDate.now(clock));
            if (!tree.isWithin(household.communeCode(), actor.unitCode())) {
                throw new AccessDeniedException(household.communeCode());
            }
            ChangeStamp stamp = actor.stamp(clock.instant());
            List<Member> tombstones = household.members().stream()
                    .map(m -> new Member(m.meta().tombstoned(uuids.next(), stamp), m.householdId(), m.position(),
                            m.details()))
                    .toList();
            Household deleted = new Household(household.meta().tombstoned(uuids.next(), stamp), household.details(),
                    List.of());
            repos.households().save(deleted, true, tombstones);
            searchIndex.written(repos, List.of(), List.of(householdId));
        });
    }

    /** The communes the actor may see and edit. */
    public Set<String> communesOf(Actor actor) {
        return new UnitTree(store.reading().units().all(), LocalDate.now(clock)).communesUnder(actor.unitCode());
    }
}
