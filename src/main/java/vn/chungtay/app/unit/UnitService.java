package vn.chungtay.app.unit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import vn.chungtay.app.identity.AccessDeniedException;
import vn.chungtay.app.identity.Actor;
import vn.chungtay.domain.household.HouseholdFilter;
import vn.chungtay.domain.record.RecordMeta;
import vn.chungtay.domain.record.Uuids;
import vn.chungtay.domain.text.VietnameseText;
import vn.chungtay.domain.unit.AdminUnit;
import vn.chungtay.domain.unit.UnitDetails;
import vn.chungtay.domain.unit.UnitLevel;
import vn.chungtay.domain.unit.UnitTree;
import vn.chungtay.domain.unit.Village;
import vn.chungtay.domain.validation.ValidationException;
import vn.chungtay.domain.validation.Violation;
import vn.chungtay.store.Repositories;
import vn.chungtay.store.Store;

/**
 * Keeping the administrative units and villages by hand. A person may change only units at or below their own unit,
 * and villages of communes there; this is checked here, whatever the screen allowed.
 */
public final class UnitService {

    private final Store store;
    private final Clock clock;
    private final Uuids uuids;

    public UnitService(Store store, Clock clock, Uuids uuids) {
        this.store = store;
        this.clock = clock;
        this.uuids = uuids;
    }

    /** The hierarchy as it stands today. */
    public UnitTree tree() {
        return new UnitTree(store.reading().units().all(), LocalDate.now(clock));
    }

    /** The live villages of the communes, by commune then Vietnamese order of names. */
    public List<Village> villagesOf(Collection<String> communeCodes) {
        if (communeCodes.isEmpty()) {
            return List.of();
        }
        return store.reading().villages().ofCommunes(communeCodes);
    }

    /**
     * Creates ({@code id} null) or edits a unit.
     *
     * @throws ValidationException naming each wrong field
     * @throws AccessDeniedException when the unit lies outside the actor's unit
     */
    public AdminUnit saveUnit(Actor actor, UUID id, UnitDetails typed) {
        UnitDetails details = typed.normalised();
        List<Violation> violations = new ArrayList<>(details.violations());
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        return store.inTransaction(repos -> {
            UnitTree tree = new UnitTree(repos.units().all(), LocalDate.now(clock));
            checkPlacement(tree, repos, id, details);
            AdminUnit existing = id == null ? null : repos.units().find(id).orElse(null);
            String anchor = existing != null ? existing.code() : details.parentCode();
            if (anchor == null || !tree.isWithin(anchor, actor.unitCode())) {
                throw new AccessDeniedException(anchor == null ? details.code() : anchor);
            }
            if (existing != null) {
                checkEdit(tree, repos, actor, existing, details);
            }
            RecordMeta meta = existing == null
                    ? RecordMeta.born(NewUnitIds.forCode(repos, uuids, details.code()), details.parentCode(), uuids.next(), actor.stamp(clock.instant()))
                    : existing.meta().edited(uuids.next(), actor.stamp(clock.instant()));
            AdminUnit saved = new AdminUnit(meta, details);
            repos.units().save(saved);
            return saved;
        });
    }

    /**
     * An edit may not move a unit out of the editor's reach, change its level, or change a code that records
     * already refer to: a code is permanent while its unit exists (DOMAIN.md §4).
     */
    private static void checkEdit(UnitTree tree, Repositories repos, Actor actor, AdminUnit existing,
                                  UnitDetails details) {
        if (details.level() != existing.level()) {
            throw new ValidationException(Violation.of("level", "validation.unit.level.fixed"));
        }
        String newParent = details.parentCode();
        if (newParent != null && !newParent.equals(existing.parentCode())
                && !tree.isWithin(newParent, actor.unitCode())) {
            throw new AccessDeniedException(newParent);
        }
        String oldCode = existing.code();
        if (!details.code().equals(oldCode)) {
            boolean referenced = !tree.children(oldCode).isEmpty()
                    || !repos.villages().ofCommunes(List.of(oldCode)).isEmpty()
                    || repos.households().countLive(oldCode) > 0
                    || repos.users().all().stream().anyMatch(u -> u.unitCode().equals(oldCode));
            if (referenced) {
                throw new ValidationException(Violation.of("code", "validation.unit.code.in-use", oldCode));
            }
        }
    }

    private static void checkPlacement(UnitTree tree, Repositories repos, UUID id, UnitDetails details) {
        if (details.parentCode() != null) {
            AdminUnit parent = tree.find(details.parentCode()).orElse(null);
            if (parent == null) {
                throw new ValidationException(Violation.of("parentCode", "validation.unit.unknown", details.parentCode()));
            }
            if (parent.level().ordinal() >= details.level().ordinal()
                    || (details.level() == UnitLevel.DISTRICT && parent.level() != UnitLevel.PROVINCE)) {
                throw new ValidationException(Violation.of("parentCode", "validation.unit.parent.level"));
            }
        }
        boolean codeTaken = repos.units().withCode(details.code()).stream().anyMatch(u -> !u.meta().id().equals(id));
        if (codeTaken) {
            throw new ValidationException(Violation.of("code", "validation.unit.code.taken", details.code()));
        }
    }

    /**
     * Creates ({@code id} null) or edits a village of a commune.
     *
     * @throws ValidationException naming each wrong field, including a name the commune already has
     */
    public Village saveVillage(Actor actor, UUID id, String communeCode, String typedName, LocalDate validFrom,
                               LocalDate validTo) {
        String name = VietnameseText.clean(typedName);
        List<Violation> violations = Village.violations(name, validFrom, validTo);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        return store.inTransaction(repos -> {
            UnitTree tree = new UnitTree(repos.units().all(), LocalDate.now(clock));
            if (tree.find(communeCode).filter(u -> u.level() == UnitLevel.COMMUNE).isEmpty()) {
                throw new ValidationException(Violation.of("communeCode", "validation.unit.unknown", communeCode));
            }
            if (!tree.isWithin(communeCode, actor.unitCode())) {
                throw new AccessDeniedException(communeCode);
            }
            String key = VietnameseText.duplicateKey(name);
            boolean duplicate = repos.villages().ofCommunes(List.of(communeCode)).stream()
                    .anyMatch(v -> !v.meta().id().equals(id) && VietnameseText.duplicateKey(v.name()).equals(key));
            if (duplicate) {
                throw new ValidationException(Violation.of("name", "validation.village.duplicate", name));
            }
            Village existing = id == null ? null : repos.villages().find(id).orElse(null);
            RecordMeta meta = existing == null
                    ? RecordMeta.born(uuids.next(), communeCode, uuids.next(), actor.stamp(clock.instant()))
                    : existing.meta().edited(uuids.next(), actor.stamp(clock.instant()));
            Village saved = new Village(meta, communeCode, name, validFrom, validTo);
            repos.villages().save(saved);
            return saved;
        });
    }

    /**
     * Deletes a village that no live household lives in, as a tombstone.
     *
     * @throws ValidationException when households still live there
     */
    public void deleteVillage(Actor actor, UUID id) {
        store.run(repos -> {
            Village village = repos.villages().find(id).filter(v -> !v.meta().deleted())
                    .orElseThrow(() -> new ValidationException(Violation.of("village", "validation.village.gone")));
            UnitTree tree = new UnitTree(repos.units().all(), LocalDate.now(clock));
            if (!tree.isWithin(village.communeCode(), actor.unitCode())) {
                throw new AccessDeniedException(village.communeCode());
            }
            int households = repos.households().count(new HouseholdFilter("", null, id));
            if (households > 0) {
                throw new ValidationException(Violation.of("village", "validation.village.in-use", households));
            }
            RecordMeta meta = village.meta().tombstoned(uuids.next(), actor.stamp(clock.instant()));
            repos.villages().save(new Village(meta, village.communeCode(), village.name(), village.validFrom(),
                    village.validTo()));
        });
    }
}
