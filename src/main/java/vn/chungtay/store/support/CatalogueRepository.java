package vn.chungtay.store.support;

import static vn.chungtay.store.generated.Tables.PROGRAMME;
import static vn.chungtay.store.generated.Tables.SUPPORT_EVENT;
import static vn.chungtay.store.generated.Tables.SUPPORT_KIND;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.jooq.Field;
import vn.chungtay.domain.support.Programme;
import vn.chungtay.domain.support.SupportForm;
import vn.chungtay.domain.support.SupportKind;
import vn.chungtay.store.ChangeFeed;
import vn.chungtay.store.MetaColumns;
import vn.chungtay.store.generated.tables.records.ProgrammeRecord;
import vn.chungtay.store.generated.tables.records.SupportKindRecord;

/** The catalogue of programmes and support kinds, and how often support records use each. */
public final class CatalogueRepository {

    private static final MetaColumns PROGRAMME_META = new MetaColumns(PROGRAMME);
    private static final MetaColumns KIND_META = new MetaColumns(SUPPORT_KIND);

    private final DSLContext dsl;

    public CatalogueRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Live programmes, by code. */
    public List<Programme> programmes() {
        return dsl.selectFrom(PROGRAMME).where(PROGRAMME.DELETED.isFalse()).orderBy(PROGRAMME.CODE)
                .fetch(CatalogueRepository::toProgramme);
    }

    /** Live support kinds, by programme and code. */
    public List<SupportKind> kinds() {
        return dsl.selectFrom(SUPPORT_KIND).where(SUPPORT_KIND.DELETED.isFalse())
                .orderBy(SUPPORT_KIND.PROGRAMME_CODE, SUPPORT_KIND.CODE)
                .fetch(CatalogueRepository::toKind);
    }

    public Optional<Programme> programme(String code) {
        return programmes().stream().filter(p -> p.code().equals(code)).findFirst();
    }

    public Optional<SupportKind> kind(String code) {
        return kinds().stream().filter(k -> k.code().equals(code)).findFirst();
    }

    /** True when a code is taken by any programme or kind row, live or deleted (codes are never reused). */
    public boolean programmeCodeTaken(String code) {
        return dsl.fetchExists(PROGRAMME, PROGRAMME.CODE.eq(code));
    }

    public boolean kindCodeTaken(String code) {
        return dsl.fetchExists(SUPPORT_KIND, SUPPORT_KIND.CODE.eq(code));
    }

    /** How many live support records use the programme. */
    public int usesOfProgramme(String code) {
        return dsl.fetchCount(SUPPORT_EVENT, SUPPORT_EVENT.PROGRAMME_CODE.eq(code).and(SUPPORT_EVENT.DELETED.isFalse()));
    }

    /** How many live support records use the kind. */
    public int usesOfKind(String code) {
        return dsl.fetchCount(SUPPORT_EVENT, SUPPORT_EVENT.KIND_CODE.eq(code).and(SUPPORT_EVENT.DELETED.isFalse()));
    }

    public void save(Programme p) {
        Map<Field<?>, Object> values = PROGRAMME_META.values(p.meta());
        values.put(PROGRAMME.CODE, p.code());
        values.put(PROGRAMME.NAME, p.name());
        values.put(PROGRAMME.NAME_EN, p.nameEn());
        values.put(PROGRAMME.LEGAL_BASIS, p.legalBasis());
        values.put(PROGRAMME.RETIRED, p.retired());
        if (dsl.update(PROGRAMME).set(values).where(PROGRAMME.ID.eq(p.meta().id())).execute() == 0) {
            dsl.insertInto(PROGRAMME).set(values).execute();
        }
    }

    public void save(SupportKind k) {
        Map<Field<?>, Object> values = KIND_META.values(k.meta());
        values.put(SUPPORT_KIND.CODE, k.code());
        values.put(SUPPORT_KIND.PROGRAMME_CODE, k.programmeCode());
        values.put(SUPPORT_KIND.NAME, k.name());
        values.put(SUPPORT_KIND.NAME_EN, k.nameEn());
        values.put(SUPPORT_KIND.USUAL_FORM, k.usualForm().name());
        values.put(SUPPORT_KIND.RETIRED, k.retired());
        if (dsl.update(SUPPORT_KIND).set(values).where(SUPPORT_KIND.ID.eq(k.meta().id())).execute() == 0) {
            dsl.insertInto(SUPPORT_KIND).set(values).execute();
        }
    }

    public Optional<Programme> findProgramme(UUID id) {
        return dsl.selectFrom(PROGRAMME).where(PROGRAMME.ID.eq(id)).fetchOptional(CatalogueRepository::toProgramme);
    }

    public Optional<SupportKind> findKind(UUID id) {
        return dsl.selectFrom(SUPPORT_KIND).where(SUPPORT_KIND.ID.eq(id)).fetchOptional(CatalogueRepository::toKind);
    }

    /** Programmes changed after {@code since} up to {@code upTo} (reference data: any owner). */
    public void forEachChangedProgramme(long since, long upTo, Consumer<Programme> action) {
        ChangeFeed.forEach(dsl, PROGRAMME, null, since, upTo, CatalogueRepository::toProgramme, action);
    }

    /** Support kinds changed after {@code since} up to {@code upTo} (reference data: any owner). */
    public void forEachChangedKind(long since, long upTo, Consumer<SupportKind> action) {
        ChangeFeed.forEach(dsl, SUPPORT_KIND, null, since, upTo, CatalogueRepository::toKind, action);
    }

    private static Programme toProgramme(ProgrammeRecord r) {
        return new Programme(PROGRAMME_META.read(r), r.getCode(), r.getName(), r.getNameEn(), r.getLegalBasis(),
                r.getRetired());
    }

    private static SupportKind toKind(SupportKindRecord r) {
        return new SupportKind(KIND_META.read(r), r.getCode(), r.getProgrammeCode(), r.getName(), r.getNameEn(),
                SupportForm.valueOf(r.getUsualForm()), r.getRetired());
    }
}
