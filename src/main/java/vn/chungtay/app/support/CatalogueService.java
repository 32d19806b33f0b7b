package vn.chungtay.app.support;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.chungtay.app.identity.AccessDeniedException;
import vn.chungtay.app.identity.Actor;
import vn.chungtay.domain.record.RecordMeta;
import vn.chungtay.domain.record.Uuids;
import vn.chungtay.domain.support.Programme;
import vn.chungtay.domain.support.SupportForm;
import vn.chungtay.domain.support.SupportKind;
import vn.chungtay.domain.text.VietnameseText;
import vn.chungtay.domain.unit.UnitLevel;
import vn.chungtay.domain.unit.UnitTree;
import vn.chungtay.domain.validation.ValidationException;
import vn.chungtay.domain.validation.Violation;
import vn.chungtay.store.Repositories;
import vn.chungtay.store.Store;

/**
 * The catalogue of programmes and support kinds: shipped with the real ones, kept by clerks (district or province),
 * who add, rename and retire entries. An entry that support records use is never deleted; one nobody used may be.
 */
public final class CatalogueService {

    static final String NATIONAL = "00";

    private final Store store;
    private final Clock clock;
    private final Uuids uuids;

    public CatalogueService(Store store, Clock clock, Uuids uuids) {
        this.store = store;
        this.clock = clock;
        this.uuids = uuids;
    }

    /** Inserts shipped programmes and kinds that the database lacks (a code once used is never inserted again). */
    public void ensureShipped(Actor system) {
        store.run(repos -> {
            for (ShippedCatalogue.ShippedProgramme p : ShippedCatalogue.load()) {
                if (!repos.catalogue().programmeCodeTaken(p.code())) {
                    repos.catalogue().save(new Programme(shipped(system, "programme/" + p.code()), p.code(), p.name(),
                            p.nameEn(), p.legalBasis(), false));
                }
                for (ShippedCatalogue.ShippedKind k : p.kinds()) {
                    if (!repos.catalogue().kindCodeTaken(k.code())) {
                        repos.catalogue().save(new SupportKind(shipped(system, "support-kind/" + k.code()), k.code(),
                                p.code(), k.name(), k.nameEn(), k.form(), false));
                    }
                }
            }
        });
    }

    /**
     * The meta of a shipped entry: id and first revision derived from its code, the same in every installation, so
     * that two databases started apart hold the same catalogue records (same content digest, nothing to sync).
     */
    private RecordMeta shipped(Actor actor, String name) {
        UUID id = UUID.nameUUIDFromBytes(("chungtay/" + name).getBytes(StandardCharsets.UTF_8));
        UUID revision = UUID.nameUUIDFromBytes(("chungtay/" + name + "/revision/1").getBytes(StandardCharsets.UTF_8));
        return RecordMeta.born(id, NATIONAL, revision, actor.stamp(clock.instant()));
    }

    public List<Programme> programmes() {
        return store.reading().catalogue().programmes();
    }

    public List<SupportKind> kinds() {
        return store.reading().catalogue().kinds();
    }

    /** How many support records use a programme (the catalogue screen shows it; in use means never deleted). */
    public int usesOfProgramme(String code) {
        return store.reading().catalogue().usesOfProgramme(code);
    }

    public int usesOfKind(String code) {
        return store.reading().catalogue().usesOfKind(code);
    }

    /** Adds a programme; its code is permanent. */
    public Programme addProgramme(Actor actor, String code, String name, String nameEn, String legalBasis) {
        String c = code(code);
        String n = required(name, "name");
        return store.inTransaction(repos -> {
            checkClerk(repos, actor);
            if (repos.catalogue().programmeCodeTaken(c)) {
                throw new ValidationException(Violation.of("code", "validation.catalogue.code.taken", c));
            }
            Programme p = new Programme(RecordMeta.born(uuids.next(), actor.unitCode(), uuids.next(),
                    actor.stamp(clock.instant())), c, n, VietnameseText.clean(nameEn), VietnameseText.clean(legalBasis),
                    false);
            repos.catalogue().save(p);
            return p;
        });
    }

    /** Renames a programme or retires (or brings back) it; a retired programme takes no new records. */
    public Programme updateProgramme(Actor actor, String code, String name, String nameEn, String legalBasis,
                                     boolean retired) {
        String n = required(name, "name");
        return store.inTransaction(repos -> {
            checkClerk(repos, actor);
            Programme p = repos.catalogue().programme(code).orElseThrow(() -> unknown(code));
            Programme changed = new Programme(p.meta().edited(uuids.next(), actor.stamp(clock.instant())), code, n,
                    VietnameseText.clean(nameEn), VietnameseText.clean(legalBasis), retired);
            repos.catalogue().save(changed);
            return changed;
        });
    }

    /** Adds a kind of support to a programme. */
    public SupportKind addKind(Actor actor, String programmeCode, String code, String name, String nameEn,
                               SupportForm usualForm) {
        String c = code(code);
        String n = required(name, "name");
        if (usualForm == null) {
            throw new ValidationException(Violation.of("form", "validation.support.form.required"));
        }
        return store.inTransaction(repos -> {
            checkClerk(repos, actor);
            repos.catalogue().programme(programmeCode).orElseThrow(() -> unknown(programmeCode));
            if (repos.catalogue().kindCodeTaken(c)) {
                throw new ValidationException(Violation.of("code", "validation.catalogue.code.taken", c));
            }
            SupportKind k = new SupportKind(RecordMeta.born(uuids.next(), actor.unitCode(), uuids.next(),
                    actor.stamp(clock.instant())), c, programmeCode, n, VietnameseText.clean(nameEn), usualForm, false);
            repos.catalogue().save(k);
            return k;
        });
    }

    /** Renames a kind or retires (or brings back) it. */
    public SupportKind updateKind(Actor actor, String code, String name, String nameEn, SupportForm usualForm,
                                  boolean retired) {
        String n = required(name, "name");
        return store.inTransaction(repos -> {
            checkClerk(repos, actor);
            SupportKind k = repos.catalogue().kind(code).orElseThrow(() -> unknown(code));
            SupportKind changed = new SupportKind(k.meta().edited(uuids.next(), actor.stamp(clock.instant())), code,
                    k.programmeCode(), n, VietnameseText.clean(nameEn), usualForm == null ? k.usualForm() : usualForm,
                    retired);
            repos.catalogue().save(changed);
            return changed;
        });
    }

    /**
     * Deletes a kind that no support record uses, as a tombstone. One in use is refused: retire it instead.
     */
    public void deleteKind(Actor actor, String code) {
        store.run(repos -> {
            checkClerk(repos, actor);
            SupportKind k = repos.catalogue().kind(code).orElseThrow(() -> unknown(code));
            int uses = repos.catalogue().usesOfKind(code);
            if (uses > 0) {
                throw new ValidationException(Violation.of("code", "validation.catalogue.in-use", uses));
            }
            repos.catalogue().save(new SupportKind(k.meta().tombstoned(uuids.next(), actor.stamp(clock.instant())),
                    k.code(), k.programmeCode(), k.name(), k.nameEn(), k.usualForm(), k.retired()));
        });
    }

    /** Deletes a programme that neither support records nor live kinds use, as a tombstone. */
    public void deleteProgramme(Actor actor, String code) {
        store.run(repos -> {
            checkClerk(repos, actor);
            Programme p = repos.catalogue().programme(code).orElseThrow(() -> unknown(code));
            int uses = repos.catalogue().usesOfProgramme(code);
            if (uses > 0) {
                throw new ValidationException(Violation.of("code", "validation.catalogue.in-use", uses));
            }
            if (repos.catalogue().kinds().stream().anyMatch(k -> k.programmeCode().equals(code))) {
                throw new ValidationException(Violation.of("code", "validation.catalogue.has-kinds"));
            }
            repos.catalogue().save(new Programme(p.meta().tombstoned(uuids.next(), actor.stamp(clock.instant())),
                    p.code(), p.name(), p.nameEn(), p.legalBasis(), p.retired()));
        });
    }

    private void checkClerk(Repositories repos, Actor actor) {
        var unit = new UnitTree(repos.units().all(), LocalDate.now(clock)).find(actor.unitCode());
        if (unit.isEmpty() || unit.get().level() == UnitLevel.COMMUNE) {
            throw new AccessDeniedException(actor.unitCode());
        }
    }

    private static String code(String typed) {
        String c = VietnameseText.clean(typed);
        List<Violation> out = new ArrayList<>();
        if (!c.matches("[A-Za-z0-9][A-Za-z0-9-]{1,39}")) {
            out.add(Violation.of("code", "validation.catalogue.code.format"));
            throw new ValidationException(out);
        }
        return c;
    }

    private static String required(String typed, String field) {
        String v = VietnameseText.clean(typed);
        if (v.isEmpty()) {
            throw new ValidationException(Violation.of(field, "validation.name.required"));
        }
        if (v.length() > 300) {
            throw new ValidationException(Violation.of(field, "validation.text.too-long", 300));
        }
        return v;
    }

    private static ValidationException unknown(String code) {
        return new ValidationException(Violation.of("code", "validation.catalogue.unknown", code));
    }
}
